/* grid has n rows of m characters ('.' water, '#' land); you may modify it.
   Return the number of 4-connected islands of land. */
int countIslands(char **grid, int n, int m) {
    return 0;
}
