/*
 * words[0..n-1] are the words on the cards (lowercase, 1 to 10 letters each).
 * Store the number of anagram groups in *groups and the size of the largest group
 * in *largest.
 */
void anagram_groups(char **words, int n, int *groups, int *largest) {
    *groups = 0;
    *largest = 0;
}
