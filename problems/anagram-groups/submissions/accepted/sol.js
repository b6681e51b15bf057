"use strict";

/**
 * Key of a word: its letters in sorted order.
 */
function anagramGroups(words) {
    const count = new Map();
    let largest = 0;
    for (const w of words) {
        const key = w.split("").sort().join("");
        const c = (count.get(key) || 0) + 1;
        count.set(key, c);
        if (c > largest) largest = c;
    }
    return [count.size, largest];
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const [groups, largest] = anagramGroups(data.slice(1, 1 + n));
    console.log(`${groups} ${largest}`);
})();
