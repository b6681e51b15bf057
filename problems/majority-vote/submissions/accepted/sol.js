"use strict";

/**
 * Boyer-Moore voting: pair off different ballots, then verify the survivor.
 */
function majorityVote(votes) {
    let candidate = -1, count = 0;
    for (const v of votes) {
        if (count === 0) candidate = v;
        count += v === candidate ? 1 : -1;
    }
    let total = 0;
    for (const v of votes) if (v === candidate) total++;
    return 2 * total > votes.length ? candidate : -1;
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const votes = new Array(n);
    for (let i = 0; i < n; i++) votes[i] = Number(data[1 + i]);
    console.log(String(majorityVote(votes)));
})();
