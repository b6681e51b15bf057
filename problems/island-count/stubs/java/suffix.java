
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        char[][] grid = new char[n][];
        for (int i = 0; i < n; i++) {
            String line = br.readLine().trim();
            while (line.isEmpty()) line = br.readLine().trim();
            grid[i] = line.toCharArray();
        }
        System.out.println(new Solution().countIslands(grid));
    }
}
