import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt(), k = sc.nextInt();
        final long MOD = 1_000_000_007L;
        long[] dp = new long[n + 1];
        dp[0] = 1;
        long window = 1;
        for (int i = 1; i <= n; i++) {
            dp[i] = window;
            window = (window + dp[i]) % MOD;
            if (i - k >= 0) window = (window - dp[i - k] + MOD) % MOD;
        }
        System.out.println(dp[n]);
    }
}
