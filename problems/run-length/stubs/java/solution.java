class Solution {
    /** Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2". */
    public String encode(String s) {
        return "";
    }

    /** Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy". */
    public String decode(String e) {
        return "";
    }
}
