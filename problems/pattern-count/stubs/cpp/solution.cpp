// Return the number of (possibly overlapping) occurrences of pattern in text.
int countOccurrences(const string& text, const string& pattern) {
    return 0;
}
