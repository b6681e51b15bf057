/// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
fn encode(s: &str) -> String {
    let _ = s;
    String::new()
}

/// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
fn decode(e: &str) -> String {
    let _ = e;
    String::new()
}
