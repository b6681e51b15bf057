/* Courses are numbered 1..n; prereq[i][0] must be taken before prereq[i][1] (0 <= i < m).
   If a valid order exists, write the lexicographically smallest one into order[0..n-1] and
   return 1; otherwise return 0. */
int courseOrder(int n, int m, int prereq[][2], int *order) {
    return 0;
}
