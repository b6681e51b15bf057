import java.io.*;
import java.util.*;

class Solution {
    // Two pointers: the lower of the two end walls can never do better with a closer partner.
    public long maxWater(int[] heights) {
        int i = 0, j = heights.length - 1;
        long best = 0;
        while (i < j) {
            best = Math.max(best, (long) (j - i) * Math.min(heights[i], heights[j]));
            if (heights[i] < heights[j]) i++;
            else j--;
        }
        return best;
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        FastIn in = new FastIn(System.in);
        int n = in.nextInt();
        int[] heights = new int[n];
        for (int i = 0; i < n; i++) heights[i] = in.nextInt();
        System.out.println(new Solution().maxWater(heights));
    }

    /** Fast whitespace-separated token reader for standard input. */
    static final class FastIn {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int len = 0, pos = 0;

        FastIn(InputStream in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        private int skipBlanks() throws IOException {
            int c = read();
            while (c != -1 && c <= ' ') c = read();
            return c;
        }

        long nextLong() throws IOException {
            int c = skipBlanks();
            boolean neg = c == '-';
            if (neg) c = read();
            long x = 0;
            while (c >= '0' && c <= '9') {
                x = x * 10 + (c - '0');
                c = read();
            }
            return neg ? -x : x;
        }

        int nextInt() throws IOException {
            return (int) nextLong();
        }

        String next() throws IOException {
            int c = skipBlanks();
            StringBuilder sb = new StringBuilder();
            while (c > ' ') {
                sb.append((char) c);
                c = read();
            }
            return sb.toString();
        }
    }
}
