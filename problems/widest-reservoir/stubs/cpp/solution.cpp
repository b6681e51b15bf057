class Solution {
public:
    // Return the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j.
    long long maxWater(vector<int>& heights) {
        return 0;
    }
};
