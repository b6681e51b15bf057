
// ---- input/output (not part of your solution) ----
public class Main {
    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader(System.in);
        int t = Integer.parseInt(in.next());
        Solution sol = new Solution();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t; i++) {
            out.append(sol.isBalanced(in.next()) ? "YES\n" : "NO\n");
        }
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
}
