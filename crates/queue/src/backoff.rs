use std::time::Duration;

use rand::Rng;

/// The delay before retry number `attempt` (1 = the first retry): `base·2^(n-1)`
/// capped at `max`, then "equal jitter" (a random point in the upper half), so
/// jobs that failed together do not all come back at the same instant.
pub fn backoff(attempt: i64, base: Duration, max: Duration) -> Duration {
    let exp = attempt.clamp(1, 30) as u32 - 1;
    let full = base.saturating_mul(1u32 << exp.min(20)).min(max);
    let half = full / 2;
    let jitter_ms = rand::rng().random_range(0..=half.as_millis() as u64);
    half + Duration::from_millis(jitter_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_with_jitter_and_caps() {
        let base = Duration::from_millis(100);
        let max = Duration::from_secs(2);
        for attempt in 1..=10 {
            let full = (100u64 << (attempt - 1)).min(2000);
            for _ in 0..50 {
                let d = backoff(attempt, base, max).as_millis() as u64;
                assert!(
                    d >= full / 2 && d <= full,
                    "attempt {attempt}: {d} ms not in [{}, {full}]",
                    full / 2
                );
            }
        }
        // Huge attempt counts do not overflow.
        assert!(backoff(i64::MAX, base, max) <= max);
    }
}
