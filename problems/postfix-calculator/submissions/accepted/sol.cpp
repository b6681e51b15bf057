#include <bits/stdc++.h>
using namespace std;

// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
// literals such as "12" or "-7". Return its value (division truncates toward zero).
long long evaluate(const vector<string>& tokens) {
    vector<long long> st;
    for (const string& t : tokens) {
        if (t.size() == 1 && string("+-*/").find(t[0]) != string::npos) {
            long long b = st.back();
            st.pop_back();
            long long a = st.back();
            st.pop_back();
            if (t[0] == '+') st.push_back(a + b);
            else if (t[0] == '-') st.push_back(a - b);
            else if (t[0] == '*') st.push_back(a * b);
            else st.push_back(a / b);
        } else {
            st.push_back(stoll(t));
        }
    }
    return st.back();
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> tokens(n);
    for (auto& t : tokens) cin >> t;
    cout << evaluate(tokens) << '\n';
    return 0;
}
