/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number} how many stretches nums[l..r] (l <= r) have a sum of exactly k
 */
function countSubarrays(nums, k) {
    return 0;
}
