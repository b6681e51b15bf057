
// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let t: usize = it.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let op = it.next().unwrap();
        let arg = it.next().unwrap();
        out.push_str(&if op == "E" { encode(arg) } else { decode(arg) });
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
