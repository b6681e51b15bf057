/// Return how many stretches nums[l..=r] (l <= r) have a sum of exactly k.
fn count_subarrays(nums: &[i64], k: i64) -> i64 {
    0
}
