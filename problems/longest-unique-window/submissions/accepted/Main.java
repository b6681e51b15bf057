import java.io.*;
import java.util.*;

class Solution {
    // Sliding window [left, right]; last[c] is the latest position of letter c.
    public int[] longestUniqueWindow(String s) {
        int[] last = new int[26];
        Arrays.fill(last, -1);
        int left = 0, best = 0, bestStart = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'a';
            if (last[c] >= left) left = last[c] + 1;
            last[c] = right;
            if (right - left + 1 > best) {
                best = right - left + 1;
                bestStart = left;
            }
        }
        return new int[] {best, bestStart + 1};
    }
}

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String line = in.readLine();
        String s = line == null ? "" : line.trim();
        int[] res = new Solution().longestUniqueWindow(s);
        System.out.println(res[0] + " " + res[1]);
    }
}
