// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
string encode(const string& s) {
    return "";
}

// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
string decode(const string& e) {
    return "";
}
