// Wrong: the encoder only writes a run when it sees the next, different letter, and
// forgets to write the final run of the string.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string op, s;
    while (t--) {
        cin >> op >> s;
        string out;
        if (op == "E") {
            int count = 1;
            for (size_t i = 1; i < s.size(); i++) {
                if (s[i] == s[i - 1]) {
                    count++;
                } else {
                    out += s[i - 1] + to_string(count);
                    count = 1;
                }
            }
        } else {
            for (size_t i = 0; i < s.size();) {
                char c = s[i++];
                long k = 0;
                while (i < s.size() && isdigit((unsigned char)s[i])) k = k * 10 + (s[i++] - '0');
                out.append(k, c);
            }
        }
        cout << out << '\n';
    }
}
