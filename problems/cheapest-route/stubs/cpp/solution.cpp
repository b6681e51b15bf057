class Solution {
public:
    // Towns are numbered 1..n. Road edges[i] = {u, v, w} goes from u to v and costs w.
    // Return a vector of n values: element j - 1 is the cheapest cost from town 1 to town j,
    // or -1 if town j is unreachable.
    vector<long long> cheapestRoutes(int n, vector<vector<int>>& edges) {
        return vector<long long>(n, -1);
    }
};
