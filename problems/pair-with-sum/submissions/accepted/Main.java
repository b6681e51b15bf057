import java.io.*;
import java.util.*;

class Solution {
    // One pass: remember the first position of every amount seen so far.
    public int[] pairWithSum(int[] nums, long target) {
        HashMap<Long, Integer> seen = new HashMap<>(nums.length * 2);
        for (int j = 0; j < nums.length; j++) {
            Integer i = seen.get(target - nums[j]);
            if (i != null) return new int[] {i + 1, j + 1};
            seen.putIfAbsent((long) nums[j], j);
        }
        return new int[0];
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        FastIn in = new FastIn(System.in);
        int n = in.nextInt();
        long target = in.nextLong();
        int[] nums = new int[n];
        for (int k = 0; k < n; k++) nums[k] = in.nextInt();
        int[] res = new Solution().pairWithSum(nums, target);
        System.out.println(res.length == 2 ? res[0] + " " + res[1] : "-1");
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
