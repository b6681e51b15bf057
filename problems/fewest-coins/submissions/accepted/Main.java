import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int amount = (int) st.nval;
        int[] coins = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            coins[i] = (int) st.nval;
        }
        int[] best = new int[amount + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int c : coins)
            for (int s = c; s <= amount; s++)
                if (best[s - c] != Integer.MAX_VALUE && best[s - c] + 1 < best[s]) best[s] = best[s - c] + 1;
        System.out.println(best[amount] == Integer.MAX_VALUE ? -1 : best[amount]);
    }
}
