/* Item i (0 <= i < n) weighs weights[i] and is worth values[i].
   Return the maximum total value of items with total weight at most capacity. */
long long maxValue(int capacity, const int *weights, const long long *values, int n) {
    return 0;
}
