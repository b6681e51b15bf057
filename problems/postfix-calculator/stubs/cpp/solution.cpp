// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
// literals such as "12" or "-7". Return its value (division truncates toward zero).
long long evaluate(const vector<string>& tokens) {
    return 0;
}
