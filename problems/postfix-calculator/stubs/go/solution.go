// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
// literals such as "12" or "-7". Return its value (int is 64-bit here; Go's integer
// division already truncates toward zero).
func evaluate(tokens []string) int {
	return 0
}
