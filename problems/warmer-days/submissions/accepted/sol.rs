#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// For every day, the number of days until a strictly warmer day (0 if none).
fn days_until_warmer(temps: &[i32]) -> Vec<usize> {
    let mut ans = vec![0; temps.len()];
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..temps.len() {
        while let Some(&j) = stack.last() {
            if temps[j] >= temps[i] {
                break;
            }
            ans[j] = i - j;
            stack.pop();
        }
        stack.push(i);
    }
    ans
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let temps: Vec<i32> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let ans = days_until_warmer(&temps);
    let line: Vec<String> = ans.iter().map(|x| x.to_string()).collect();
    let mut out = line.join(" ");
    out.push('\n');
    io::stdout().write_all(out.as_bytes()).unwrap();
}
