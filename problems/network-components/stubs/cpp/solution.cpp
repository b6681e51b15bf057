class Solution {
public:
    // Computers are numbered 1..n.
    Solution(int n) {
    }

    // A cable is laid between computers a and b.
    void join(int a, int b) {
    }

    // Return true if computers a and b are currently linked.
    bool isConnected(int a, int b) {
        return false;
    }

    // Return the current number of separate networks.
    int componentCount() {
        return 0;
    }
};
