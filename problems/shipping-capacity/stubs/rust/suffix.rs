
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
