class Solution {
    // Computers are numbered 1..n.
    public Solution(int n) {
    }

    // A cable is laid between computers a and b.
    public void join(int a, int b) {
    }

    // Return true if computers a and b are currently linked.
    public boolean isConnected(int a, int b) {
        return false;
    }

    // Return the current number of separate networks.
    public int componentCount() {
        return 0;
    }
}
