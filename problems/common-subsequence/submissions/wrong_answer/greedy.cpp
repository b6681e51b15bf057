// Greedy: match each character of a with the next unused occurrence in b.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string a, b;
    cin >> a >> b;
    size_t pos = 0;
    int count = 0;
    for (char c : a) {
        size_t f = b.find(c, pos);
        if (f != string::npos) {
            count++;
            pos = f + 1;
        }
    }
    cout << count << "\n";
}
