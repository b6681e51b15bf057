/**
 * @param {string[]} words
 * @return {number[]} [number of anagram groups, size of the largest group]
 */
function anagramGroups(words) {
    return [0, 0];
}
