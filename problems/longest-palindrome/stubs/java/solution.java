class Solution {
    /** Return the leftmost longest palindromic substring of s. */
    public String longestPalindrome(String s) {
        return "";
    }
}
