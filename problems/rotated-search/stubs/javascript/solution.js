/**
 * nums is a rotated strictly increasing array. Return the index of target, or -1 if
 * it does not occur. Called once per query.
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
function search(nums, target) {
    return -1;
}
