class Solution {
public:
    // Return the candidate named on more than n / 2 ballots, or -1 if there is none.
    int majorityVote(vector<int>& votes) {
        return -1;
    }
};
