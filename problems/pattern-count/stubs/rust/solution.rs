/// Return the number of (possibly overlapping) occurrences of pattern in text.
fn count_occurrences(text: &str, pattern: &str) -> usize {
    let _ = (text, pattern);
    0
}
