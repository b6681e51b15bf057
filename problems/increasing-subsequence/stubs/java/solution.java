class Solution {
    // Return the length of the longest strictly increasing subsequence of a.
    public int longestIncreasing(int[] a) {
        return 0;
    }
}
