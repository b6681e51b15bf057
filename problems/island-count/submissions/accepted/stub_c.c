#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int countIslands(char **grid, int n, int m) {
    int *stack = malloc(sizeof(int) * n * m);
    int islands = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            if (grid[i][j] != '#') continue;
            islands++;
            grid[i][j] = '.';
            int top = 0;
            stack[top++] = i * m + j;
            while (top > 0) {
                int cell = stack[--top], r = cell / m, c = cell % m;
                int nr[4] = {r + 1, r - 1, r, r}, nc[4] = {c, c, c + 1, c - 1};
                for (int d = 0; d < 4; d++)
                    if (nr[d] >= 0 && nr[d] < n && nc[d] >= 0 && nc[d] < m && grid[nr[d]][nc[d]] == '#') {
                        grid[nr[d]][nc[d]] = '.';
                        stack[top++] = nr[d] * m + nc[d];
                    }
            }
        }
    free(stack);
    return islands;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    char **grid = malloc(sizeof(char *) * n);
    for (int i = 0; i < n; i++) {
        grid[i] = malloc(m + 2);
        scanf("%s", grid[i]);
    }
    printf("%d\n", countIslands(grid, n, m));
    for (int i = 0; i < n; i++) free(grid[i]);
    free(grid);
    return 0;
}
