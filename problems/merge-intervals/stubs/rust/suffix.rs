
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let intervals: Vec<(i64, i64)> = (0..n)
        .map(|_| {
            let l = it.next().unwrap();
            let r = it.next().unwrap();
            (l, r)
        })
        .collect();
    let merged = merge_intervals(intervals);
    let mut out = String::with_capacity(merged.len() * 24 + 8);
    out.push_str(&format!("{}\n", merged.len()));
    for (l, r) in merged {
        out.push_str(&format!("{} {}\n", l, r));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
