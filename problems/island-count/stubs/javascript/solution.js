/**
 * grid[i][j] is '.' (water) or '#' (land).
 * Return the number of 4-connected islands of land.
 * @param {string[]} grid
 * @return {number}
 */
function countIslands(grid) {
    return 0;
}
