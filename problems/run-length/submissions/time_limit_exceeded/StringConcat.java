// Too slow: builds the decoded string with String += inside the loop, which copies the
// whole string for every appended letter: quadratic in the decoded length.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(br.readLine().trim());
        StringBuilder all = new StringBuilder();
        for (int q = 0; q < t; q++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            String op = st.nextToken(), s = st.nextToken();
            String out = "";
            if (op.equals("E")) {
                for (int i = 0; i < s.length(); ) {
                    int j = i;
                    while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
                    out += s.charAt(i) + Integer.toString(j - i);
                    i = j;
                }
            } else {
                for (int i = 0; i < s.length(); ) {
                    char c = s.charAt(i++);
                    int k = 0;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) k = k * 10 + (s.charAt(i++) - '0');
                    for (int r = 0; r < k; r++) out += c;
                }
            }
            all.append(out).append('\n');
        }
        System.out.print(all);
    }
}
