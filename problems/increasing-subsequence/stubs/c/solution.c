/* a has n elements. Return the length of its longest strictly increasing subsequence. */
int longestIncreasing(const int *a, int n) {
    return 0;
}
