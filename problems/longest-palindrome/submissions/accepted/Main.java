import java.io.*;
import java.util.*;

class Solution {
    /** Return the leftmost longest palindromic substring of s. */
    public String longestPalindrome(String s) {
        int n = s.length(), bestLen = 0, bestStart = 0;
        for (int c = 0; c < 2 * n - 1; c++) {
            int l = c / 2, r = l + c % 2;
            while (l >= 0 && r < n && s.charAt(l) == s.charAt(r)) {
                l--;
                r++;
            }
            int len = r - l - 1;
            if (len > bestLen || (len == bestLen && l + 1 < bestStart)) {
                bestLen = len;
                bestStart = l + 1;
            }
        }
        return s.substring(bestStart, bestStart + bestLen);
    }
}

// ---- input/output (not part of your solution) ----
public class Main {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        String p = new Solution().longestPalindrome(in.next());
        System.out.println(p.length());
        System.out.println(p);
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
