import java.io.*;
import java.util.*;

class Solution {
    /** For every day, the number of days until a strictly warmer day (0 if none). */
    public int[] daysUntilWarmer(int[] temps) {
        int n = temps.length;
        int[] ans = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temps[stack[top - 1]] < temps[i]) {
                int j = stack[--top];
                ans[j] = i - j;
            }
            stack[top++] = i;
        }
        return ans;
    }
}

// ---- input/output (not part of your solution) ----
public class Main {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int n = in.nextInt();
        int[] temps = new int[n];
        for (int i = 0; i < n; i++) temps[i] = in.nextInt();
        int[] ans = new Solution().daysUntilWarmer(temps);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ans.length; i++) {
            if (i > 0) out.append(' ');
            out.append(ans[i]);
        }
        out.append('\n');
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(out);
        pw.flush();
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
