/* Return the number of ways to climb n steps with strides of 1..k, modulo 1000000007. */
int countWays(int n, int k) {
    return 0;
}
