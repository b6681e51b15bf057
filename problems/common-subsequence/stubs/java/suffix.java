
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder all = new StringBuilder();
        String line;
        while ((line = br.readLine()) != null) all.append(line).append('\n');
        StringTokenizer st = new StringTokenizer(all.toString());
        String a = st.nextToken(), b = st.nextToken();
        System.out.println(new Solution().longestCommonSubsequence(a, b));
    }
}
