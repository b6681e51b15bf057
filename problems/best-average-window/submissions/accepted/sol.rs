#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Prefix sums: the best window sum is the best pre[i + k] - pre[i].
fn best_average(nums: &[i64], k: usize) -> f64 {
    let mut pre = vec![0i64; nums.len() + 1];
    for (i, &x) in nums.iter().enumerate() {
        pre[i + 1] = pre[i] + x;
    }
    let best = (0..=nums.len() - k).map(|i| pre[i + k] - pre[i]).max().unwrap();
    best as f64 / k as f64
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let k: usize = it.next().unwrap().parse().unwrap();
    let nums: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    println!("{:.6}", best_average(&nums, k));
}
