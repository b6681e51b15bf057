/// Return the leftmost longest palindromic substring of s.
fn longest_palindrome(s: &str) -> String {
    let _ = s;
    String::new()
}
