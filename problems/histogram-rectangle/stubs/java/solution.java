class Solution {
    /** Return the largest banner area (it may not fit into an int). */
    public long largestRectangle(int[] heights) {
        return 0;
    }
}
