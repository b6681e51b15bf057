import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in, 1 << 16));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int m = (int) st.nval;
        int[] head = new int[n + 1], next = new int[m], to = new int[m], indeg = new int[n + 1];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            st.nextToken();
            int a = (int) st.nval;
            st.nextToken();
            int b = (int) st.nval;
            to[i] = b;
            next[i] = head[a];
            head[a] = i;
            indeg[b]++;
        }
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v = 1; v <= n; v++) if (indeg[v] == 0) pq.add(v);
        StringBuilder sb = new StringBuilder();
        int taken = 0;
        while (!pq.isEmpty()) {
            int u = pq.poll();
            if (taken++ > 0) sb.append(' ');
            sb.append(u);
            for (int e = head[u]; e != -1; e = next[e])
                if (--indeg[to[e]] == 0) pq.add(to[e]);
        }
        System.out.println(taken == n ? sb.toString() : "IMPOSSIBLE");
    }
}
