class Solution {
public:
    // grid[i][j] is '.' (water) or '#' (land); you may modify it.
    // Return the number of 4-connected islands of land.
    int countIslands(vector<string>& grid) {
        return 0;
    }
};
