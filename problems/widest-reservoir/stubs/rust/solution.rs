/// Return the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j.
fn max_water(heights: &[i64]) -> i64 {
    0
}
