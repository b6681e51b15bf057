class Solution {
public:
    // Courses are numbered 1..n; prereq[i] = {a, b} means a must be taken before b.
    // Return the lexicographically smallest valid order of all n courses,
    // or an empty vector if no valid order exists.
    vector<int> courseOrder(int n, vector<vector<int>>& prereq) {
        return {};
    }
};
