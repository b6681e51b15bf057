
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let votes: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    println!("{}", majority_vote(&votes));
}
