class Solution {
    /** Computers are numbered 1..n. @param {number} n */
    constructor(n) {
    }

    /** A cable is laid between computers a and b. @param {number} a @param {number} b */
    join(a, b) {
    }

    /** Return true if computers a and b are currently linked. @return {boolean} */
    isConnected(a, b) {
        return false;
    }

    /** Return the current number of separate networks. @return {number} */
    componentCount() {
        return 0;
    }
}
