#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Two pointers: nums[..k] is the distinct prefix built so far.
fn remove_duplicates(nums: &mut Vec<i64>) -> usize {
    let mut k = 0;
    for i in 0..nums.len() {
        if k == 0 || nums[i] != nums[k - 1] {
            nums[k] = nums[i];
            k += 1;
        }
    }
    k
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let mut nums: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let k = remove_duplicates(&mut nums);
    let line: Vec<String> = nums[..k].iter().map(|x| x.to_string()).collect();
    let out = format!("{}\n{}\n", k, line.join(" "));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
