// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
func encode(s string) string {
	return ""
}

// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
func decode(e string) string {
	return ""
}
