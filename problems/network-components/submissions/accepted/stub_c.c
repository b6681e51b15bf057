#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

static int *parent, components;

static int find(int x) {
    while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
    return x;
}

void networkInit(int n) {
    parent = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i <= n; i++) parent[i] = i;
    components = n;
}

void join(int a, int b) {
    int ra = find(a), rb = find(b);
    if (ra != rb) { parent[ra] = rb; components--; }
}

bool isConnected(int a, int b) {
    return find(a) == find(b);
}

int componentCount(void) {
    return components;
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    networkInit(n);
    char op[16];
    for (int i = 0; i < q; i++) {
        int a, b;
        if (scanf("%15s %d %d", op, &a, &b) != 3) break;
        if (strcmp(op, "union") == 0) join(a, b);
        else puts(isConnected(a, b) ? "YES" : "NO");
    }
    printf("%d\n", componentCount());
    return 0;
}
