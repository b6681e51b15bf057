import java.io.*;
import java.util.*;

class Solution {
    // Boyer-Moore voting: pair off different ballots, then verify the survivor.
    public int majorityVote(int[] votes) {
        int candidate = -1, count = 0;
        for (int v : votes) {
            if (count == 0) candidate = v;
            count += v == candidate ? 1 : -1;
        }
        long total = 0;
        for (int v : votes) if (v == candidate) total++;
        return 2 * total > votes.length ? candidate : -1;
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        FastIn in = new FastIn(System.in);
        int n = in.nextInt();
        int[] votes = new int[n];
        for (int i = 0; i < n; i++) votes[i] = in.nextInt();
        System.out.println(new Solution().majorityVote(votes));
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
