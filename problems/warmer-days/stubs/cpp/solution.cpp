// For every day, the number of days until a strictly warmer day (0 if none).
vector<int> daysUntilWarmer(const vector<int>& temps) {
    return vector<int>(temps.size(), 0);
}
