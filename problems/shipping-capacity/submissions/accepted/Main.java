import java.io.*;
import java.util.*;

class Solution {
    /**
     * weights are the crate weights in loading order. Return the minimum ferry capacity
     * that carries all crates within `days` trips.
     */
    public long minCapacity(int[] weights, int days) {
        long lo = 0, hi = 0;
        for (int w : weights) {
            lo = Math.max(lo, w);
            hi += w;
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (trips(weights, mid) <= days) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private int trips(int[] weights, long cap) {
        int t = 1;
        long load = 0;
        for (int w : weights) {
            if (load + w > cap) {
                t++;
                load = 0;
            }
            load += w;
        }
        return t;
    }
}

// ---- input/output (not part of your solution) ----
public class Main {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int n = in.nextInt();
        int days = in.nextInt();
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) weights[i] = in.nextInt();
        System.out.println(new Solution().minCapacity(weights, days));
    }
}

class FastReader {
    private final DataInputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int len = 0, pos = 0;

    FastReader(InputStream is) {
        in = new DataInputStream(is);
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    String next() throws IOException {
        int c = read();
        while (c != -1 && c <= ' ') c = read();
        StringBuilder sb = new StringBuilder();
        while (c != -1 && c > ' ') {
            sb.append((char) c);
            c = read();
        }
        return sb.toString();
    }

    long nextLong() throws IOException {
        int c = read();
        while (c != -1 && c <= ' ') c = read();
        boolean neg = false;
        if (c == '-') {
            neg = true;
            c = read();
        }
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }

    int nextInt() throws IOException {
        return (int) nextLong();
    }
}
