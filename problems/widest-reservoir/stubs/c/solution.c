/*
 * heights[0..n-1] are the wall heights (wall i is heights[i-1]).
 * Return the maximum of (j - i) * min(h_i, h_j) over all pairs of walls i < j.
 */
long long max_water(const int *heights, int n) {
    return 0;
}
