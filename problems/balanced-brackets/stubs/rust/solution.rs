/// Return true if s (made of ()[]{} only) is balanced.
fn is_balanced(s: &str) -> bool {
    let _ = s;
    false
}
