
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in, 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        int[][] prereq = new int[m][2];
        for (int i = 0; i < m; i++) {
            st.nextToken();
            prereq[i][0] = (int) st.nval;
            st.nextToken();
            prereq[i][1] = (int) st.nval;
        }
        int[] order = new Solution().courseOrder(n, prereq);
        if (order.length == 0) {
            System.out.println("IMPOSSIBLE");
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(order[i]);
        }
        System.out.println(sb);
    }
}
