class Solution {
    // Return the candidate named on more than n / 2 ballots, or -1 if there is none.
    public int majorityVote(int[] votes) {
        return -1;
    }
}
