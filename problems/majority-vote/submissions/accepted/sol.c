#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Boyer-Moore voting: pair off different ballots, then verify the survivor. */
int majority_vote(const int *votes, int n) {
    int candidate = -1;
    long count = 0;
    for (int i = 0; i < n; i++) {
        if (count == 0) candidate = votes[i];
        count += votes[i] == candidate ? 1 : -1;
    }
    long total = 0;
    for (int i = 0; i < n; i++) total += votes[i] == candidate;
    return 2 * total > n ? candidate : -1;
}

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
