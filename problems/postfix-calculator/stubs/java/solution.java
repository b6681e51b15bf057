class Solution {
    /**
     * tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
     * literals such as "12" or "-7". Return its value (division truncates toward zero).
     */
    public long evaluate(String[] tokens) {
        return 0;
    }
}
