#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Two pointers: nums[0..k-1] is the distinct prefix built so far.
    int removeDuplicates(vector<int>& nums) {
        int k = 0;
        for (int i = 0; i < (int)nums.size(); i++)
            if (k == 0 || nums[i] != nums[k - 1]) nums[k++] = nums[i];
        return k;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    int k = Solution().removeDuplicates(nums);
    string out = to_string(k) + "\n";
    for (int i = 0; i < k; i++) {
        if (i) out += ' ';
        out += to_string(nums[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
