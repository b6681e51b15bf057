/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]} [i, j]: 1-based positions with i < j and nums[i-1] + nums[j-1] === target,
 *                    or [] if there is no such pair
 */
function pairWithSum(nums, target) {
    return [];
}
