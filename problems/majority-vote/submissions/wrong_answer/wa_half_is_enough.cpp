// Wrong: accepts a candidate with exactly half of the ballots (>= instead of >).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    unordered_map<int, int> count;
    vector<int> a(n);
    for (auto& x : a) {
        scanf("%d", &x);
        count[x]++;
    }
    for (int x : a)
        if (2 * count[x] >= n) {
            printf("%d\n", x);
            return 0;
        }
    printf("-1\n");
}
