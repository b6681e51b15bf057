/**
 * Return true if s (made of ()[]{} only) is balanced.
 * @param {string} s
 * @return {boolean}
 */
function isBalanced(s) {
    return false;
}
