/* Towns are numbered 1..n. Road i goes from edges[i][0] to edges[i][1] and costs edges[i][2].
   Fill dist[j - 1] with the cheapest cost from town 1 to town j, or -1 if unreachable. */
void cheapestRoutes(int n, int m, int edges[][3], long long *dist) {
    for (int j = 0; j < n; j++) dist[j] = -1;
}
