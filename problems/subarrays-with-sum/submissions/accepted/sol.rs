#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Count pairs of prefix sums with P[r] - P[l-1] == k.
fn count_subarrays(nums: &[i64], k: i64) -> i64 {
    let mut seen: HashMap<i64, i64> = HashMap::with_capacity(nums.len() + 1);
    seen.insert(0, 1);
    let (mut s, mut total) = (0i64, 0i64);
    for &x in nums {
        s += x;
        total += seen.get(&(s - k)).copied().unwrap_or(0);
        *seen.entry(s).or_insert(0) += 1;
    }
    total
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let k: i64 = it.next().unwrap().parse().unwrap();
    let nums: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    println!("{}", count_subarrays(&nums, k));
}
