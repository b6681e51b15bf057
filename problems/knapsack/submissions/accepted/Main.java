import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int cap = Integer.parseInt(st.nextToken());
        // two-dimensional table, to cover a different formulation than the other references
        long[][] dp = new long[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) {
            st = new StringTokenizer(br.readLine());
            int w = Integer.parseInt(st.nextToken());
            long v = Long.parseLong(st.nextToken());
            for (int c = 0; c <= cap; c++) {
                dp[i][c] = dp[i - 1][c];
                if (c >= w && dp[i - 1][c - w] + v > dp[i][c]) dp[i][c] = dp[i - 1][c - w] + v;
            }
        }
        System.out.println(dp[n][cap]);
    }
}
