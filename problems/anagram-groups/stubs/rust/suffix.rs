
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let words: Vec<&str> = it.take(n).collect();
    let (groups, largest) = anagram_groups(&words);
    println!("{} {}", groups, largest);
}
