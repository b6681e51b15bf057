
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
