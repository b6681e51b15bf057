/**
 * For every day, the number of days until a strictly warmer day (0 if none).
 * @param {number[]} temps
 * @return {number[]}
 */
function daysUntilWarmer(temps) {
    return new Array(temps.length).fill(0);
}
