class Solution {
    /**
     * a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
     * or a.length if there is none. Called once per query.
     */
    public int lowerBound(int[] a, int x) {
        return a.length;
    }
}
