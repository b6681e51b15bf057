/// Item i weighs weights[i] and is worth values[i].
/// Return the maximum total value of items with total weight at most capacity.
fn max_value(capacity: usize, weights: &[usize], values: &[i64]) -> i64 {
    0
}
