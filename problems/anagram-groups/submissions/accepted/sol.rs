#![allow(unused_imports, dead_code)]
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::io::{self, Read, Write};

/// Key of a word: how many times each letter occurs.
fn anagram_groups(words: &[&str]) -> (usize, usize) {
    let mut count: HashMap<[u8; 26], usize> = HashMap::with_capacity(words.len());
    let mut largest = 0;
    for w in words {
        let mut key = [0u8; 26];
        for b in w.bytes() {
            key[(b - b'a') as usize] += 1;
        }
        let c = count.entry(key).or_insert(0);
        *c += 1;
        largest = largest.max(*c);
    }
    (count.len(), largest)
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let words: Vec<&str> = it.take(n).collect();
    let (groups, largest) = anagram_groups(&words);
    println!("{} {}", groups, largest);
}
