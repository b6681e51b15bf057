class Solution {
    /** For every day, the number of days until a strictly warmer day (0 if none). */
    public int[] daysUntilWarmer(int[] temps) {
        return new int[temps.length];
    }
}
