class Solution {
    // grid[i][j] is '.' (water) or '#' (land); you may modify it.
    // Return the number of 4-connected islands of land.
    public int countIslands(char[][] grid) {
        return 0;
    }
}
