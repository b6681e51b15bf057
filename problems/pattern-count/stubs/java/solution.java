class Solution {
    /** Return the number of (possibly overlapping) occurrences of pattern in text. */
    public int countOccurrences(String text, String pattern) {
        return 0;
    }
}
