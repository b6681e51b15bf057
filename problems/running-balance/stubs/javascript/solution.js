/**
 * changes[i-1] is the change on day i. Each query [l, r] asks for the total change
 * from day l to day r, both included (1-based).
 * @param {number[]} changes
 * @param {number[][]} queries
 * @return {number[]} the answers in query order
 */
function rangeSums(changes, queries) {
    return queries.map(() => 0);
}
