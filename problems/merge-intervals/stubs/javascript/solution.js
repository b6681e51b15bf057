/**
 * @param {number[][]} intervals  each one [start, end], closed
 * @return {number[][]} the merged intervals in increasing order of start
 */
function mergeIntervals(intervals) {
    return [];
}
