#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Sliding window [left, right]; last[c] is one past the latest position of letter c.
fn longest_unique_window(s: &str) -> (usize, usize) {
    let mut last = [0usize; 26];
    let (mut left, mut best, mut best_start) = (0, 0, 0);
    for (right, b) in s.bytes().enumerate() {
        let c = (b - b'a') as usize;
        if last[c] > left {
            left = last[c];
        }
        last[c] = right + 1;
        if right + 1 - left > best {
            best = right + 1 - left;
            best_start = left;
        }
    }
    (best, best_start + 1)
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let s = input.trim();
    let (length, start) = longest_unique_window(s);
    println!("{} {}", length, start);
}
