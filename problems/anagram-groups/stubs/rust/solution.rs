/// Return (number of anagram groups, size of the largest group).
fn anagram_groups(words: &[&str]) -> (usize, usize) {
    (0, 0)
}
