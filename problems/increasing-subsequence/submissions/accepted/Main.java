import java.io.*;
import java.util.*;

public class Main {
    // Fenwick tree over compressed values: best[v] = longest increasing subsequence ending with value rank v.
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = nextInt(in);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[m++] = sorted[i];
        int[] tree = new int[m + 1];
        int answer = 0;
        for (int x : a) {
            int r = Arrays.binarySearch(sorted, 0, m, x); // 0-based rank; strictly smaller values have rank < r
            int best = 0;
            for (int i = r; i > 0; i -= i & -i) best = Math.max(best, tree[i]);
            best++;
            answer = Math.max(answer, best);
            for (int i = r + 1; i <= m; i += i & -i) tree[i] = Math.max(tree[i], best);
        }
        System.out.println(answer);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b != '-' && (b < '0' || b > '9')) b = in.read();
        boolean neg = b == '-';
        if (neg) b = in.read();
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return neg ? -ret : ret;
    }
}
