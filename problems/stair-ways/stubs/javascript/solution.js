/**
 * Return the number of ways to climb n steps with strides of 1..k, modulo 1000000007.
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
function countWays(n, k) {
    return 0;
}
