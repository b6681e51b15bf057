import java.io.*;
import java.util.*;

class Solution {
    /** Return the largest banner area (it may not fit into an int). */
    public long largestRectangle(int[] heights) {
        int n = heights.length;
        int[] stack = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? heights[i] : 0;
            while (top > 0 && heights[stack[top - 1]] >= h) {
                int j = stack[--top];
                int left = top > 0 ? stack[top - 1] + 1 : 0;
                best = Math.max(best, (long) heights[j] * (i - left));
            }
            stack[top++] = i;
        }
        return best;
    }
}

// ---- input/output (not part of your solution) ----
public class Main {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int n = in.nextInt();
        int[] heights = new int[n];
        for (int i = 0; i < n; i++) heights[i] = in.nextInt();
        System.out.println(new Solution().largestRectangle(heights));
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
