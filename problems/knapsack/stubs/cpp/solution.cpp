class Solution {
public:
    // Item i weighs weights[i] and is worth values[i].
    // Return the maximum total value of items with total weight at most capacity.
    long long maxValue(int capacity, vector<int>& weights, vector<long long>& values) {
        return 0;
    }
};
