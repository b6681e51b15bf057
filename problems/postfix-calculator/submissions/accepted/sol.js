"use strict";

/**
 * tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
 * literals such as "12" or "-7". Return its value as a BigInt (values can exceed
 * 2^53, so plain numbers are not exact; BigInt division truncates toward zero).
 * @param {string[]} tokens
 * @return {bigint}
 */
function evaluate(tokens) {
    const stack = [];
    for (const t of tokens) {
        if (t === "+" || t === "-" || t === "*" || t === "/") {
            const b = stack.pop();
            const a = stack.pop();
            if (t === "+") stack.push(a + b);
            else if (t === "-") stack.push(a - b);
            else if (t === "*") stack.push(a * b);
            else stack.push(a / b);
        } else {
            stack.push(BigInt(t));
        }
    }
    return stack[0];
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const tokens = data.slice(1, 1 + n);
process.stdout.write(String(evaluate(tokens)) + "\n");
