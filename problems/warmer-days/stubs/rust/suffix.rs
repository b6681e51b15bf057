
// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let temps: Vec<i32> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let ans = days_until_warmer(&temps);
    let line: Vec<String> = ans.iter().map(|x| x.to_string()).collect();
    let mut out = line.join(" ");
    out.push('\n');
    io::stdout().write_all(out.as_bytes()).unwrap();
}
