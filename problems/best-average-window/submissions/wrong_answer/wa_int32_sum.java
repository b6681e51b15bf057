// Wrong: keeps the window sum in a 32-bit int, which overflows for large values.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedInputStream(System.in));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int k = (int) st.nval;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            a[i] = (int) st.nval;
        }
        int s = 0;
        for (int i = 0; i < k; i++) s += a[i];
        int best = s;
        for (int i = k; i < n; i++) {
            s += a[i] - a[i - k];
            best = Math.max(best, s);
        }
        System.out.println(String.format(Locale.ROOT, "%.6f", (double) best / k));
    }
}
