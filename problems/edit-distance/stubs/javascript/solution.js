/**
 * Return the minimum number of insertions, deletions and replacements that turn a into b.
 * @param {string} a
 * @param {string} b
 * @return {number}
 */
function editDistance(a, b) {
    return 0;
}
