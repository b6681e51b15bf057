#include <bits/stdc++.h>
using namespace std;

// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
string encode(const string& s) {
    string out;
    for (size_t i = 0; i < s.size();) {
        size_t j = i;
        while (j < s.size() && s[j] == s[i]) j++;
        out += s[i];
        out += to_string(j - i);
        i = j;
    }
    return out;
}

// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
string decode(const string& e) {
    string out;
    for (size_t i = 0; i < e.size();) {
        char c = e[i++];
        size_t k = 0;
        while (i < e.size() && isdigit((unsigned char)e[i])) k = k * 10 + (e[i++] - '0');
        out.append(k, c);
    }
    return out;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string op, arg, out;
    for (int i = 0; i < t; i++) {
        cin >> op >> arg;
        out += op == "E" ? encode(arg) : decode(arg);
        out += '\n';
    }
    cout << out;
    return 0;
}
