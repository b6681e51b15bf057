/// Return Some((i, j)): 1-based positions with i < j and nums[i-1] + nums[j-1] == target,
/// or None if there is no such pair.
fn pair_with_sum(nums: &[i64], target: i64) -> Option<(usize, usize)> {
    None
}
