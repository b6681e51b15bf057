
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
        System.out.println(new Solution().fewestCoins(coins, amount));
    }
}
