/// nums is sorted in non-decreasing order. Rearrange it in place so that nums[..k]
/// holds each different value exactly once, in increasing order, and return k.
fn remove_duplicates(nums: &mut Vec<i64>) -> usize {
    0
}
