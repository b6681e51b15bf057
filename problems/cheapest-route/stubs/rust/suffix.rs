
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let m = it.next().unwrap() as usize;
    let edges: Vec<(usize, usize, i64)> = (0..m)
        .map(|_| {
            let u = it.next().unwrap() as usize;
            let v = it.next().unwrap() as usize;
            (u, v, it.next().unwrap())
        })
        .collect();
    let dist = cheapest_routes(n, &edges);
    let out: Vec<String> = dist.iter().map(|d| d.to_string()).collect();
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    writeln!(w, "{}", out.join(" ")).unwrap();
}
