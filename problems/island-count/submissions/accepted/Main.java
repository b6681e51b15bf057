import java.io.*;
import java.util.*;

public class Main {
    // Union-find over land cells, as an alternative to a graph search.
    static int[] parent;

    static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken()), m = Integer.parseInt(st.nextToken());
        char[][] g = new char[n][];
        for (int i = 0; i < n; i++) {
            String line = br.readLine().trim();
            while (line.isEmpty()) line = br.readLine().trim();
            g[i] = line.toCharArray();
        }
        parent = new int[n * m];
        int islands = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                if (g[i][j] != '#') continue;
                int id = i * m + j;
                parent[id] = id;
                islands++;
                if (i > 0 && g[i - 1][j] == '#') {
                    int a = find(id), b = find(id - m);
                    if (a != b) { parent[a] = b; islands--; }
                }
                if (j > 0 && g[i][j - 1] == '#') {
                    int a = find(id), b = find(id - 1);
                    if (a != b) { parent[a] = b; islands--; }
                }
            }
        System.out.println(islands);
    }
}
