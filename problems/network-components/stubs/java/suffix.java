
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
        Solution network = new Solution(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            String op = st.nextToken();
            int a = Integer.parseInt(st.nextToken()), b = Integer.parseInt(st.nextToken());
            if (op.equals("union")) network.join(a, b);
            else sb.append(network.isConnected(a, b) ? "YES\n" : "NO\n");
        }
        sb.append(network.componentCount()).append('\n');
        System.out.print(sb);
    }
}
