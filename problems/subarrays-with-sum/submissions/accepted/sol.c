#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Open-addressing hash map from prefix sum to how often it occurred. */
typedef struct {
    long long key;
    long long count;
    bool used;
} Slot;

static unsigned long long mix(long long key) {
    unsigned long long x = (unsigned long long)key + 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

static Slot *find_slot(Slot *table, size_t mask, long long key) {
    size_t i = mix(key) & mask;
    while (table[i].used && table[i].key != key) i = (i + 1) & mask;
    return &table[i];
}

/* Count pairs of prefix sums with P[r] - P[l-1] == k. */
long long count_subarrays(const int *nums, int n, long long k) {
    size_t cap = 1;
    while (cap < 2 * (size_t)(n + 1)) cap <<= 1;
    Slot *table = calloc(cap, sizeof(Slot));
    Slot *zero = find_slot(table, cap - 1, 0);
    zero->used = true;
    zero->key = 0;
    zero->count = 1;
    long long s = 0, total = 0;
    for (int i = 0; i < n; i++) {
        s += nums[i];
        Slot *want = find_slot(table, cap - 1, s - k);
        if (want->used) total += want->count;
        Slot *mine = find_slot(table, cap - 1, s);
        mine->used = true;
        mine->key = s;
        mine->count++;
    }
    free(table);
    return total;
}

int main(void) {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 0;
    printf("%lld\n", count_subarrays(nums, n, k));
    free(nums);
    return 0;
}
