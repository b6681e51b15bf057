#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Two pointers: the lower of the two end walls can never do better with a closer partner. */
long long max_water(const int *heights, int n) {
    int i = 0, j = n - 1;
    long long best = 0;
    while (i < j) {
        long long low = heights[i] < heights[j] ? heights[i] : heights[j];
        long long area = (long long)(j - i) * low;
        if (area > best) best = area;
        if (heights[i] < heights[j])
            i++;
        else
            j--;
    }
    return best;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *heights = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &heights[i]) != 1) return 0;
    printf("%lld\n", max_water(heights, n));
    free(heights);
    return 0;
}
