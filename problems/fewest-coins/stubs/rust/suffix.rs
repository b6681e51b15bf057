
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<usize> = input.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
    let (n, amount) = (v[0], v[1]);
    let coins: Vec<usize> = v[2..2 + n].to_vec();
    println!("{}", fewest_coins(&coins, amount));
}
