// Wrong: keeps the values in 32-bit ints, which overflow on large products.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            String t = st.nextToken();
            if (t.length() == 1 && "+-*/".indexOf(t.charAt(0)) >= 0) {
                int b = stack[--top];
                int a = stack[--top];
                switch (t.charAt(0)) {
                    case '+': stack[top++] = a + b; break;
                    case '-': stack[top++] = a - b; break;
                    case '*': stack[top++] = a * b; break;
                    default: stack[top++] = a / b; break;
                }
            } else {
                stack[top++] = Integer.parseInt(t);
            }
        }
        System.out.println(stack[0]);
    }
}
