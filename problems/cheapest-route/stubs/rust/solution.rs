/// Towns are numbered 1..=n. Road (u, v, w) goes from u to v and costs w.
/// Return n values: element j - 1 is the cheapest cost from town 1 to town j,
/// or -1 if town j is unreachable. (std::collections::BinaryHeap is a max-heap;
/// std::cmp::Reverse turns it into a min-heap.)
fn cheapest_routes(n: usize, edges: &[(usize, usize, i64)]) -> Vec<i64> {
    vec![-1; n]
}
