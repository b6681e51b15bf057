// a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
// or a.size() if there is none. Called once per query.
int lowerBound(const vector<int>& a, int x) {
    return a.size();
}
