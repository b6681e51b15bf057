"use strict";

/**
 * Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
 * @param {string} s
 * @return {string}
 */
function encode(s) {
    const parts = [];
    for (let i = 0; i < s.length; ) {
        let j = i;
        while (j < s.length && s[j] === s[i]) j++;
        parts.push(s[i] + (j - i));
        i = j;
    }
    return parts.join("");
}

/**
 * Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
 * @param {string} e
 * @return {string}
 */
function decode(e) {
    const parts = [];
    for (const [, c, k] of e.matchAll(/([a-z])(\d+)/g)) parts.push(c.repeat(Number(k)));
    return parts.join("");
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const t = parseInt(data[0], 10);
const out = [];
for (let i = 0; i < t; i++) {
    const op = data[1 + 2 * i];
    const arg = data[2 + 2 * i];
    out.push(op === "E" ? encode(arg) : decode(arg));
}
process.stdout.write(out.join("\n") + "\n");
