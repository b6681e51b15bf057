#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Sort by start; an interval joins the last merged one if it starts before that one ends.
fn merge_intervals(mut intervals: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    intervals.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (l, r) in intervals {
        match merged.last_mut() {
            Some(last) if l <= last.1 => last.1 = last.1.max(r),
            _ => merged.push((l, r)),
        }
    }
    merged
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let intervals: Vec<(i64, i64)> = (0..n)
        .map(|_| {
            let l = it.next().unwrap();
            let r = it.next().unwrap();
            (l, r)
        })
        .collect();
    let merged = merge_intervals(intervals);
    let mut out = String::with_capacity(merged.len() * 24 + 8);
    out.push_str(&format!("{}\n", merged.len()));
    for (l, r) in merged {
        out.push_str(&format!("{} {}\n", l, r));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
