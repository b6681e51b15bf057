/**
 * @param {number[]} votes
 * @return {number} the candidate named on more than n / 2 ballots, or -1 if there is none
 */
function majorityVote(votes) {
    return -1;
}
