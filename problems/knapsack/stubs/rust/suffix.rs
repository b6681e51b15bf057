
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let capacity: usize = it.next().unwrap().parse().unwrap();
    let mut weights = Vec::with_capacity(n);
    let mut values = Vec::with_capacity(n);
    for _ in 0..n {
        weights.push(it.next().unwrap().parse::<usize>().unwrap());
        values.push(it.next().unwrap().parse::<i64>().unwrap());
    }
    println!("{}", max_value(capacity, &weights, &values));
}
