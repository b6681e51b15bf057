
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int capacity = (int) st.nval;
        int[] weights = new int[n];
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            weights[i] = (int) st.nval;
            st.nextToken();
            values[i] = (long) st.nval;
        }
        System.out.println(new Solution().maxValue(capacity, weights, values));
    }
}
