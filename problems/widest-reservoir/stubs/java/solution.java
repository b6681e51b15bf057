class Solution {
    // Return the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j.
    public long maxWater(int[] heights) {
        return 0;
    }
}
