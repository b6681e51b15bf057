import java.io.*;
import java.util.*;

public class Main {
    static int[] parent;

    static int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        int components = n;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            String op = st.nextToken();
            int ra = find(Integer.parseInt(st.nextToken())), rb = find(Integer.parseInt(st.nextToken()));
            if (op.equals("union")) {
                if (ra != rb) {
                    parent[ra] = rb;
                    components--;
                }
            } else {
                sb.append(ra == rb ? "YES\n" : "NO\n");
            }
        }
        sb.append(components).append('\n');
        System.out.print(sb);
    }
}
