
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let mut nums: Vec<i64> = (0..n).map(|_| it.next().unwrap().parse().unwrap()).collect();
    let k = remove_duplicates(&mut nums);
    let line: Vec<String> = nums[..k].iter().map(|x| x.to_string()).collect();
    let out = format!("{}\n{}\n", k, line.join(" "));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
