// Return true if s (made of ()[]{} only) is balanced.
bool isBalanced(const string& s) {
    return false;
}
