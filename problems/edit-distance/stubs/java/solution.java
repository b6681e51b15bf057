class Solution {
    // Return the minimum number of insertions, deletions and replacements that turn a into b.
    public int editDistance(String a, String b) {
        return 0;
    }
}
