/// Return the largest banner area.
fn largest_rectangle(heights: &[i64]) -> i64 {
    let _ = heights;
    0
}
