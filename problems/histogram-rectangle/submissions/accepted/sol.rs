#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// Return the largest banner area.
fn largest_rectangle(heights: &[i64]) -> i64 {
    let n = heights.len();
    let mut stack: Vec<usize> = Vec::new();
    let mut best = 0i64;
    for i in 0..=n {
        let h = if i < n { heights[i] } else { 0 };
        while let Some(&j) = stack.last() {
            if heights[j] < h {
                break;
            }
            stack.pop();
            let left = match stack.last() {
                Some(&k) => k + 1,
                None => 0,
            };
            best = best.max(heights[j] * (i - left) as i64);
        }
        stack.push(i);
    }
    best
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let heights: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let out = format!("{}\n", largest_rectangle(&heights));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
