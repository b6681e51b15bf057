// nums is a rotated strictly increasing array. Return the index of target, or -1 if
// it does not occur. Called once per query.
int search(const vector<int>& nums, int target) {
    return -1;
}
