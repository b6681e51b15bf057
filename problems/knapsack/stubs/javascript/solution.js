/**
 * Item i weighs weights[i] and is worth values[i].
 * Return the maximum total value of items with total weight at most capacity.
 * (Every possible answer is below 2^53, so plain numbers are exact.)
 * @param {number} capacity
 * @param {number[]} weights
 * @param {number[]} values
 * @return {number}
 */
function maxValue(capacity, weights, values) {
    return 0;
}
