/// Return the length of the longest strictly increasing subsequence of a.
fn longest_increasing(a: &[i64]) -> usize {
    0
}
