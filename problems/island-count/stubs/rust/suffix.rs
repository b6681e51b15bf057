
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let _m: usize = it.next().unwrap().parse().unwrap();
    let mut grid: Vec<Vec<u8>> = (0..n).map(|_| it.next().unwrap().as_bytes().to_vec()).collect();
    println!("{}", count_islands(&mut grid));
}
