// Return the largest banner area (it may not fit into 32 bits).
long long largestRectangle(const vector<int>& heights) {
    return 0;
}
