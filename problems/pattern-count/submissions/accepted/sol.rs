#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// Return the number of (possibly overlapping) occurrences of pattern in text.
fn count_occurrences(text: &str, pattern: &str) -> usize {
    let (t, p) = (text.as_bytes(), pattern.as_bytes());
    let m = p.len();
    if m > t.len() {
        return 0;
    }
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && p[k] != p[i] {
            k = fail[k - 1];
        }
        if p[k] == p[i] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut found = 0;
    k = 0;
    for &c in t {
        while k > 0 && p[k] != c {
            k = fail[k - 1];
        }
        if p[k] == c {
            k += 1;
        }
        if k == m {
            found += 1;
            k = fail[k - 1];
        }
    }
    found
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let text = it.next().unwrap();
    let pattern = it.next().unwrap();
    let out = format!("{}\n", count_occurrences(text, pattern));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
