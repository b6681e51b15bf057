class Solution {
public:
    // Return the fewest coins that add up to amount, or -1 if impossible.
    int fewestCoins(vector<int>& coins, int amount) {
        return -1;
    }
};
