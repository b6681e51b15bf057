#include <bits/stdc++.h>
using namespace std;

// Return true if s (made of ()[]{} only) is balanced.
bool isBalanced(const string& s) {
    string stack;
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            stack.push_back(c);
        } else {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (stack.empty() || stack.back() != want) return false;
            stack.pop_back();
        }
    }
    return stack.empty();
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s, out;
    for (int i = 0; i < t; i++) {
        cin >> s;
        out += isBalanced(s) ? "YES\n" : "NO\n";
    }
    cout << out;
    return 0;
}
