class Solution {
    // Return {L, p}: the length of the longest window of s without a repeated letter and
    // the 1-based position where the leftmost such window begins.
    public int[] longestUniqueWindow(String s) {
        return new int[] {0, 1};
    }
}
