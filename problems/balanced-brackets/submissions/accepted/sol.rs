#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// Return true if s (made of ()[]{} only) is balanced.
fn is_balanced(s: &str) -> bool {
    let mut stack: Vec<u8> = Vec::new();
    for c in s.bytes() {
        match c {
            b'(' | b'[' | b'{' => stack.push(c),
            _ => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                if stack.pop() != Some(want) {
                    return false;
                }
            }
        }
    }
    stack.is_empty()
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let t: usize = it.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let s = it.next().unwrap();
        out.push_str(if is_balanced(s) { "YES\n" } else { "NO\n" });
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
