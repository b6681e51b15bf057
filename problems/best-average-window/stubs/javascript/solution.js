/**
 * @param {number[]} nums
 * @param {number} k  1 <= k <= nums.length
 * @return {number} the highest average of k consecutive values
 */
function bestAverage(nums, k) {
    return 0;
}
