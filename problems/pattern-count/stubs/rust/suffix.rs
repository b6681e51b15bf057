
// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let text = it.next().unwrap();
    let pattern = it.next().unwrap();
    let out = format!("{}\n", count_occurrences(text, pattern));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
