/// Return the minimum number of insertions, deletions and replacements that turn a into b
/// (both lowercase ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    0
}
