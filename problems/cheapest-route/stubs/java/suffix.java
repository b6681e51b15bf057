
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in, 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        int[][] edges = new int[m][3];
        for (int i = 0; i < m; i++)
            for (int k = 0; k < 3; k++) {
                st.nextToken();
                edges[i][k] = (int) st.nval;
            }
        long[] dist = new Solution().cheapestRoutes(n, edges);
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < dist.length; j++) {
            if (j > 0) sb.append(' ');
            sb.append(dist[j]);
        }
        System.out.println(sb);
    }
}
