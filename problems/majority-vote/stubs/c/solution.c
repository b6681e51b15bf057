/*
 * votes[0..n-1] are the candidate numbers on the ballots.
 * Return the candidate named on more than n / 2 ballots, or -1 if there is none.
 */
int majority_vote(const int *votes, int n) {
    return -1;
}
