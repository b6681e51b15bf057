
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
