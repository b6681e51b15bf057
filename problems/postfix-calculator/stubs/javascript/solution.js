/**
 * tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
 * literals such as "12" or "-7". Return its value as a BigInt (values can exceed
 * 2^53, so plain numbers are not exact; BigInt division truncates toward zero).
 * @param {string[]} tokens
 * @return {bigint}
 */
function evaluate(tokens) {
    return 0n;
}
