// Return the leftmost longest palindromic substring of s.
string longestPalindrome(const string& s) {
    return "";
}
