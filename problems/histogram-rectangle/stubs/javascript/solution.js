/**
 * Return the largest banner area (at most 10^14, exact as a JS number).
 * @param {number[]} heights
 * @return {number}
 */
function largestRectangle(heights) {
    return 0;
}
