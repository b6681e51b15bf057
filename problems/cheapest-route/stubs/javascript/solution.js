/**
 * Towns are numbered 1..n. Road [u, v, w] goes from u to v and costs w.
 * Return an array of n values: element j - 1 is the cheapest cost from town 1 to town j,
 * or -1 if town j is unreachable. (All costs stay below 2^53, so plain numbers are exact.)
 * @param {number} n
 * @param {number[][]} edges
 * @return {number[]}
 */
function cheapestRoutes(n, edges) {
    return new Array(n).fill(-1);
}
