struct Solution {
    // add the fields you need
}

impl Solution {
    /// Computers are numbered 1..=n.
    fn new(n: usize) -> Self {
        Solution {}
    }

    /// A cable is laid between computers a and b.
    fn join(&mut self, a: usize, b: usize) {}

    /// Return true if computers a and b are currently linked.
    fn is_connected(&mut self, a: usize, b: usize) -> bool {
        false
    }

    /// Return the current number of separate networks.
    fn component_count(&self) -> usize {
        0
    }
}
