class Solution {
    /** Return true if s (made of ()[]{} only) is balanced. */
    public boolean isBalanced(String s) {
        return false;
    }
}
