/* a[0..n-1] is sorted in non-decreasing order. Return the smallest index i with
 * a[i] >= x, or n if there is none. Called once per query. */
int lower_bound_index(const int *a, int n, int x) {
    (void)a;
    (void)x;
    return n;
}
