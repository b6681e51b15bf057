// weights are the crate weights in loading order. Return the minimum ferry capacity
// that carries all crates within `days` trips.
long long minCapacity(const vector<int>& weights, int days) {
    return 0;
}
