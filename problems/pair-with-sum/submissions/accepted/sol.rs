#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// One pass: remember the first position of every amount seen so far.
fn pair_with_sum(nums: &[i64], target: i64) -> Option<(usize, usize)> {
    let mut seen: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for (j, &x) in nums.iter().enumerate() {
        if let Some(&i) = seen.get(&(target - x)) {
            return Some((i + 1, j + 1));
        }
        seen.entry(x).or_insert(j);
    }
    None
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let target: i64 = it.next().unwrap().parse().unwrap();
    let nums: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    match pair_with_sum(&nums, target) {
        Some((i, j)) => println!("{} {}", i, j),
        None => println!("-1"),
    }
}
