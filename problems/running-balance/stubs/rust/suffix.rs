
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || it.next().unwrap();
    let n: usize = next().parse().unwrap();
    let q: usize = next().parse().unwrap();
    let changes: Vec<i64> = (0..n).map(|_| next().parse().unwrap()).collect();
    let queries: Vec<(usize, usize)> = (0..q)
        .map(|_| {
            let l: usize = next().parse().unwrap();
            let r: usize = next().parse().unwrap();
            (l, r)
        })
        .collect();
    let res = range_sums(&changes, &queries);
    let mut out = String::with_capacity(res.len() * 12);
    for s in res {
        out.push_str(&s.to_string());
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
