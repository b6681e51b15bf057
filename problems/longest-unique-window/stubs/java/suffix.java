
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String line = in.readLine();
        String s = line == null ? "" : line.trim();
        int[] res = new Solution().longestUniqueWindow(s);
        System.out.println(res[0] + " " + res[1]);
    }
}
