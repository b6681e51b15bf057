/*
 * changes[0..n-1] are the daily changes (day i is changes[i-1]).
 * Question t asks for the total change from day left[t] to day right[t], both included
 * (1-based days). Store the answer to question t in out[t], for t = 0..q-1.
 */
void range_sums(const int *changes, int n, const int *left, const int *right, int q, long long *out) {
    for (int t = 0; t < q; t++) out[t] = 0;
}
