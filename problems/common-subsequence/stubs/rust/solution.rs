/// Return the length of the longest common subsequence of a and b (lowercase ASCII).
fn longest_common_subsequence(a: &str, b: &str) -> usize {
    0
}
