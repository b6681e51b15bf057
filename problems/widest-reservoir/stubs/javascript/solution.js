/**
 * @param {number[]} heights
 * @return {number} the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j
 */
function maxWater(heights) {
    return 0;
}
