#include <bits/stdc++.h>
using namespace std;

// nums is a rotated strictly increasing array. Return the index of target, or -1 if
// it does not occur. Called once per query.
int search(const vector<int>& nums, int target) {
    int lo = 0, hi = (int)nums.size() - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[lo] <= nums[mid]) {  // left half nums[lo..mid] is sorted
            if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else {  // right half nums[mid..hi] is sorted
            if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return -1;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> nums(n);
    for (auto& v : nums) cin >> v;
    int q;
    cin >> q;
    string out;
    for (int j = 0; j < q; j++) {
        int x;
        cin >> x;
        out += to_string(search(nums, x));
        out += '\n';
    }
    cout << out;
    return 0;
}
