class Solution {
    // Return the fewest coins that add up to amount, or -1 if impossible.
    public int fewestCoins(int[] coins, int amount) {
        return -1;
    }
}
