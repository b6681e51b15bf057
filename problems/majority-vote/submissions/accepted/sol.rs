#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Counting with a hash map.
fn majority_vote(votes: &[i64]) -> i64 {
    let mut count: HashMap<i64, usize> = HashMap::new();
    for &v in votes {
        let c = count.entry(v).or_insert(0);
        *c += 1;
        if 2 * *c > votes.len() {
            return v;
        }
    }
    -1
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let votes: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    println!("{}", majority_vote(&votes));
}
