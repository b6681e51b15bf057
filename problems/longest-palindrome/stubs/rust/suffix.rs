
// ---- input/output (not part of your solution) ----
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let s = input.split_ascii_whitespace().next().unwrap();
    let p = longest_palindrome(s);
    let out = format!("{}\n{}\n", p.len(), p);
    io::stdout().write_all(out.as_bytes()).unwrap();
}
