/// changes[i-1] is the change on day i. Each query (l, r) asks for the total change
/// from day l to day r, both included (1-based). Return the answers in query order.
fn range_sums(changes: &[i64], queries: &[(usize, usize)]) -> Vec<i64> {
    vec![0; queries.len()]
}
