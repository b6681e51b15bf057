/**
 * weights are the crate weights in loading order. Return the minimum ferry capacity
 * that carries all crates within `days` trips.
 * @param {number[]} weights
 * @param {number} days
 * @return {number}
 */
function minCapacity(weights, days) {
    return 0;
}
