
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let s = input.trim();
    let (length, start) = longest_unique_window(s);
    println!("{} {}", length, start);
}
