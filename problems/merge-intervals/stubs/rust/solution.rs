/// Each interval is (start, end), closed. Return the merged intervals in increasing
/// order of start.
fn merge_intervals(intervals: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    Vec::new()
}
