
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *votes = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &votes[i]) != 1) return 0;
    printf("%d\n", majority_vote(votes, n));
    free(votes);
    return 0;
}
