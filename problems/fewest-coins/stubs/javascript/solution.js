/**
 * Return the fewest coins that add up to amount, or -1 if impossible.
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
function fewestCoins(coins, amount) {
    return -1;
}
