#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// Return the leftmost longest palindromic substring of s.
fn longest_palindrome(s: &str) -> String {
    let b = s.as_bytes();
    let n = b.len() as i64;
    let (mut best_len, mut best_start) = (0i64, 0i64);
    for c in 0..(2 * n - 1) {
        let (mut l, mut r) = (c / 2, c / 2 + c % 2);
        while l >= 0 && r < n && b[l as usize] == b[r as usize] {
            l -= 1;
            r += 1;
        }
        let len = r - l - 1;
        if len > best_len || (len == best_len && l + 1 < best_start) {
            best_len = len;
            best_start = l + 1;
        }
    }
    s[best_start as usize..(best_start + best_len) as usize].to_string()
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let s = input.split_ascii_whitespace().next().unwrap();
    let p = longest_palindrome(s);
    let out = format!("{}\n{}\n", p.len(), p);
    io::stdout().write_all(out.as_bytes()).unwrap();
}
