/// nums is a rotated strictly increasing array. Return the index of target, or -1 if
/// it does not occur. Called once per query.
fn search(nums: &[i64], target: i64) -> i64 {
    let _ = (nums, target);
    -1
}
