#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
fn encode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let mut j = i;
        while j < b.len() && b[j] == b[i] {
            j += 1;
        }
        out.push(b[i] as char);
        out.push_str(&(j - i).to_string());
        i = j;
    }
    out
}

/// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
fn decode(e: &str) -> String {
    let b = e.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        i += 1;
        let mut k = 0usize;
        while i < b.len() && b[i].is_ascii_digit() {
            k = k * 10 + (b[i] - b'0') as usize;
            i += 1;
        }
        out.extend(std::iter::repeat(c).take(k));
    }
    out
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let t: usize = it.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let op = it.next().unwrap();
        let arg = it.next().unwrap();
        out.push_str(&if op == "E" { encode(arg) } else { decode(arg) });
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
