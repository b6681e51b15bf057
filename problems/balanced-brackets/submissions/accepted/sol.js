"use strict";

/**
 * Return true if s (made of ()[]{} only) is balanced.
 * @param {string} s
 * @return {boolean}
 */
function isBalanced(s) {
    const match = { ")": "(", "]": "[", "}": "{" };
    const stack = [];
    for (const c of s) {
        if (c in match) {
            if (stack.length === 0 || stack.pop() !== match[c]) return false;
        } else {
            stack.push(c);
        }
    }
    return stack.length === 0;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const t = parseInt(data[0], 10);
const out = [];
for (let i = 0; i < t; i++) {
    out.push(isBalanced(data[1 + i]) ? "YES" : "NO");
}
process.stdout.write(out.join("\n") + "\n");
