import java.io.*;
import java.util.*;

class Solution {
    // Sort the prefix sums together with their positions; for each prefix P[r], count the
    // earlier prefixes equal to P[r] - k by binary search over (value, position) pairs.
    public long countSubarrays(int[] nums, long k) {
        int n = nums.length;
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + nums[i];
        Integer[] order = new Integer[n + 1];
        for (int i = 0; i <= n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> pre[a] != pre[b] ? Long.compare(pre[a], pre[b]) : Integer.compare(a, b));
        long[] vals = new long[n + 1];
        int[] pos = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            vals[i] = pre[order[i]];
            pos[i] = order[i];
        }
        long total = 0;
        for (int r = 1; r <= n; r++) {
            long want = pre[r] - k;
            // entries with value == want and position < r form the range [lo(want, 0), lo(want, r))
            total += lowerBound(vals, pos, want, r) - lowerBound(vals, pos, want, 0);
        }
        return total;
    }

    // First index whose (value, position) is >= (v, p).
    private static int lowerBound(long[] vals, int[] pos, long v, int p) {
        int lo = 0, hi = vals.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vals[mid] < v || (vals[mid] == v && pos[mid] < p)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        FastIn in = new FastIn(System.in);
        int n = in.nextInt();
        long k = in.nextLong();
        int[] nums = new int[n];
        for (int i = 0; i < n; i++) nums[i] = in.nextInt();
        System.out.println(new Solution().countSubarrays(nums, k));
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
