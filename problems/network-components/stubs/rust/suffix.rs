
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let q: usize = it.next().unwrap().parse().unwrap();
    let mut network = Solution::new(n);
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    for _ in 0..q {
        let op = it.next().unwrap();
        let a: usize = it.next().unwrap().parse().unwrap();
        let b: usize = it.next().unwrap().parse().unwrap();
        if op == "union" {
            network.join(a, b);
        } else {
            writeln!(w, "{}", if network.is_connected(a, b) { "YES" } else { "NO" }).unwrap();
        }
    }
    writeln!(w, "{}", network.component_count()).unwrap();
}
