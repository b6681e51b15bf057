class Solution {
    // Item i weighs weights[i] and is worth values[i].
    // Return the maximum total value of items with total weight at most capacity.
    public long maxValue(int capacity, int[] weights, long[] values) {
        return 0;
    }
}
