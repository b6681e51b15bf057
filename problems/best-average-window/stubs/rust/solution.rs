/// Return the highest average of k consecutive values of nums (1 <= k <= nums.len()).
fn best_average(nums: &[i64], k: usize) -> f64 {
    0.0
}
