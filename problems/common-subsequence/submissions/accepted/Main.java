import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        String a = st.nextToken();
        st = new StringTokenizer(br.readLine());
        String b = st.nextToken();
        int m = b.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            for (int j = 1; j <= m; j++)
                cur[j] = c == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            int[] t = prev; prev = cur; cur = t;
        }
        System.out.println(prev[m]);
    }
}
