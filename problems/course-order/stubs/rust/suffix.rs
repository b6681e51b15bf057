
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<usize>().unwrap());
    let n = it.next().unwrap();
    let m = it.next().unwrap();
    let prereq: Vec<(usize, usize)> = (0..m).map(|_| (it.next().unwrap(), it.next().unwrap())).collect();
    let order = course_order(n, &prereq);
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    if order.is_empty() {
        writeln!(w, "IMPOSSIBLE").unwrap();
    } else {
        let out: Vec<String> = order.iter().map(|c| c.to_string()).collect();
        writeln!(w, "{}", out.join(" ")).unwrap();
    }
}
