/*
 * intervals[0..n-1] are the windows, in no particular order.
 * Merge them in place: afterwards intervals[0..m-1] must hold the merged intervals in
 * increasing order of start. Return m.
 * (qsort from <stdlib.h> is available.)
 */
int merge_intervals(Interval *intervals, int n) {
    return 0;
}
