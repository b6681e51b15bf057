/// grid[i][j] is b'.' (water) or b'#' (land); you may modify it.
/// Return the number of 4-connected islands of land.
fn count_islands(grid: &mut Vec<Vec<u8>>) -> usize {
    0
}
