#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

/// weights are the crate weights in loading order. Return the minimum ferry capacity
/// that carries all crates within `days` trips.
fn min_capacity(weights: &[i64], days: usize) -> i64 {
    let trips = |cap: i64| -> usize {
        let (mut t, mut load) = (1usize, 0i64);
        for &w in weights {
            if load + w > cap {
                t += 1;
                load = 0;
            }
            load += w;
        }
        t
    };
    let mut lo = *weights.iter().max().unwrap();
    let mut hi: i64 = weights.iter().sum();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if trips(mid) <= days {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let days: usize = it.next().unwrap().parse().unwrap();
    let weights: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let out = format!("{}\n", min_capacity(&weights, days));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
