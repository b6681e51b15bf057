/// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
/// literals such as "12" or "-7". Return its value (division truncates toward zero).
fn evaluate(tokens: &[&str]) -> i64 {
    let _ = tokens;
    0
}
