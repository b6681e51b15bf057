#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Two pointers: the lower of the two end walls can never do better with a closer partner.
fn max_water(heights: &[i64]) -> i64 {
    let (mut i, mut j) = (0usize, heights.len() - 1);
    let mut best = 0i64;
    while i < j {
        best = best.max((j - i) as i64 * heights[i].min(heights[j]));
        if heights[i] < heights[j] {
            i += 1;
        } else {
            j -= 1;
        }
    }
    best
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let heights: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    println!("{}", max_water(&heights));
}
