class Solution {
    // Towns are numbered 1..n. Road edges[i] = {u, v, w} goes from u to v and costs w.
    // Return n values: element j - 1 is the cheapest cost from town 1 to town j,
    // or -1 if town j is unreachable.
    public long[] cheapestRoutes(int n, int[][] edges) {
        long[] dist = new long[n];
        Arrays.fill(dist, -1);
        return dist;
    }
}
