// Wrong: uses the sum of the letter codes as the key (so "ad" and "bc" collide).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    unordered_map<int, int> count;
    int largest = 0;
    for (int i = 0; i < n; i++) {
        string w;
        cin >> w;
        int key = 0;
        for (char c : w) key += c;
        largest = max(largest, ++count[key]);
    }
    cout << count.size() << ' ' << largest << '\n';
}
