class Solution {
    /**
     * nums is a rotated strictly increasing array. Return the index of target, or -1
     * if it does not occur. Called once per query.
     */
    public int search(int[] nums, int target) {
        return -1;
    }
}
