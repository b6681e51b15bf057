/// Return the candidate named on more than n / 2 ballots, or -1 if there is none.
fn majority_vote(votes: &[i64]) -> i64 {
    -1
}
