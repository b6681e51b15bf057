use std::io::Read;

fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<usize> = s.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
    let (n, k) = (v[0], v[1]);
    const MOD: u64 = 1_000_000_007;
    let mut dp = vec![0u64; n + 1];
    dp[0] = 1;
    for i in 1..=n {
        let mut s = 0u64;
        for j in 1..=k.min(i) {
            s += dp[i - j];
        }
        dp[i] = s % MOD;
    }
    println!("{}", dp[n]);
}
