// Wrong: correct prefix-sum idea, but the answer is counted in a 32-bit int.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    scanf("%d %lld", &n, &k);
    unordered_map<long long, int> seen;
    seen[0] = 1;
    long long s = 0;
    unsigned total = 0;  // wraps around like a plain int counter
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        s += x;
        auto it = seen.find(s - k);
        if (it != seen.end()) total += it->second;
        seen[s]++;
    }
    printf("%d\n", (int)total);
}
