class Solution {
public:
    // Each interval is {start, end} (closed). Return the merged intervals in increasing
    // order of start.
    vector<pair<int, int>> mergeIntervals(vector<pair<int, int>>& intervals) {
        return {};
    }
};
