/// Courses are numbered 1..=n; (a, b) in prereq means a must be taken before b.
/// Return the lexicographically smallest valid order of all n courses,
/// or an empty vector if no valid order exists.
fn course_order(n: usize, prereq: &[(usize, usize)]) -> Vec<usize> {
    Vec::new()
}
