#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// nums is a rotated strictly increasing array. Return the index of target, or -1 if
/// it does not occur. Called once per query.
fn search(nums: &[i64], target: i64) -> i64 {
    // Find the rotation point: the index of the smallest element.
    let (mut lo, mut hi) = (0usize, nums.len() - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if nums[mid] > nums[hi] {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let pivot = lo;
    // Both nums[pivot..] and nums[..pivot] are sorted; search the right one.
    let (part, offset) = if target >= nums[pivot] && target <= nums[nums.len() - 1] {
        (&nums[pivot..], pivot)
    } else {
        (&nums[..pivot], 0)
    };
    match part.binary_search(&target) {
        Ok(i) => (i + offset) as i64,
        Err(_) => -1,
    }
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let nums: Vec<i64> = (0..n).map(|_| it.next().unwrap()).collect();
    let q = it.next().unwrap() as usize;
    let mut out = String::with_capacity(q * 7);
    for _ in 0..q {
        let x = it.next().unwrap();
        out.push_str(&search(&nums, x).to_string());
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
