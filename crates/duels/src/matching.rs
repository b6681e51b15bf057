//! Pairing the queue, in waves (Lichess's pools are the model): every
//! [`WAVE_MS`] the matchmaker looks at everyone waiting and pairs the closest
//! ratings it may. How far apart two players may be grows with the longer
//! wait of the two ([`window`]), so nobody waits forever and nobody gets a
//! far stronger opponent while a close one is about to arrive. Pure: the
//! service feeds it the queue and the clock, the tests and the benchmark feed
//! it made-up ones.

/// How often the queue is paired.
pub const WAVE_MS: i64 = 2_000;
/// The rating gap accepted at once…
pub const BASE_WINDOW: f64 = 50.0;
/// …growing this much per second of waiting…
pub const WINDOW_PER_SEC: f64 = 5.0;
/// …up to this.
pub const MAX_WINDOW: f64 = 500.0;

/// Someone in the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Seeker {
    pub user_id: i64,
    pub rating: f64,
    /// `None` takes any difficulty.
    pub difficulty: Option<String>,
    /// Joined the queue at (ms).
    pub since: i64,
}

/// The rating gap a player who has waited `waited_ms` accepts.
pub fn window(waited_ms: i64) -> f64 {
    (BASE_WINDOW + WINDOW_PER_SEC * waited_ms.max(0) as f64 / 1000.0).min(MAX_WINDOW)
}

/// A pair the wave made, and the difficulty they agreed on (`None`: any).
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    pub first: i64,
    pub second: i64,
    pub difficulty: Option<String>,
    pub gap: f64,
}

/// One wave: disjoint pairs, closest ratings first (ties: who waited
/// longest). Two players match when they agree on the difficulty and their
/// gap is within the window of the one who waited longer. Nobody is paired
/// with themself, even if listed twice.
pub fn pair(seekers: &[Seeker], now: i64) -> Vec<Pairing> {
    let mut candidates = Vec::new();
    for (i, a) in seekers.iter().enumerate() {
        for b in &seekers[i + 1..] {
            if a.user_id == b.user_id {
                continue;
            }
            let difficulty = match (&a.difficulty, &b.difficulty) {
                (Some(x), Some(y)) if x != y => continue,
                (Some(x), _) | (_, Some(x)) => Some(x.clone()),
                (None, None) => None,
            };
            let gap = (a.rating - b.rating).abs();
            let longest = now - a.since.min(b.since);
            if gap <= window(longest) {
                candidates.push((gap, a.since.min(b.since), a, b, difficulty));
            }
        }
    }
    candidates.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    let mut taken = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for (gap, _, a, b, difficulty) in candidates {
        if taken.contains(&a.user_id) || taken.contains(&b.user_id) {
            continue;
        }
        taken.insert(a.user_id);
        taken.insert(b.user_id);
        // The one who waited longer takes seat 0.
        let (first, second) = if (a.since, a.user_id) <= (b.since, b.user_id) {
            (a.user_id, b.user_id)
        } else {
            (b.user_id, a.user_id)
        };
        pairs.push(Pairing {
            first,
            second,
            difficulty,
            gap,
        });
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(user_id: i64, rating: f64, since_s: i64) -> Seeker {
        Seeker {
            user_id,
            rating,
            difficulty: None,
            since: since_s * 1000,
        }
    }

    /// Players with given ratings arriving at given times: who is paired in
    /// which wave, and how far apart.
    #[test]
    fn waves_pair_close_ratings_first_and_widen_with_waiting() {
        // 0 s: 1500 and 1530 (gap 30 ≤ 50) pair at once; 1800 waits.
        let mut queue = vec![s(1, 1500.0, 0), s(2, 1530.0, 0), s(3, 1800.0, 0)];
        let w = pair(&queue, 0);
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].first, w[0].second, w[0].gap), (1, 2, 30.0));
        queue.retain(|x| x.user_id == 3);
        // 2 s: 1650 arrives; gap 150 > window(2 s) = 60: nobody pairs.
        queue.push(s(4, 1650.0, 2));
        assert!(pair(&queue, 2_000).is_empty());
        // 1800 has waited 20 s at 20 s: window 150 covers the gap.
        assert!(pair(&queue, 18_000).is_empty());
        let w = pair(&queue, 20_000);
        assert_eq!(w.len(), 1);
        assert_eq!((w[0].first, w[0].second, w[0].gap), (3, 4, 150.0));
    }

    #[test]
    fn the_closest_pairs_win_and_nobody_is_used_twice() {
        let queue = vec![
            s(1, 1500.0, 0),
            s(2, 1510.0, 0),
            s(3, 1520.0, 0),
            s(4, 1700.0, 0),
        ];
        let w = pair(&queue, 0);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].gap, 10.0);
        // With time, the last two pair as well.
        let rest: Vec<_> = queue
            .iter()
            .filter(|x| x.user_id != w[0].first && x.user_id != w[0].second)
            .cloned()
            .collect();
        let later = pair(&rest, 40_000);
        assert_eq!(later.len(), 1);
        assert_eq!(later[0].gap, if w[0].first == 1 { 180.0 } else { 200.0 });
    }

    #[test]
    fn difficulties_must_agree_and_nobody_meets_themself() {
        let mut a = s(1, 1500.0, 0);
        a.difficulty = Some("easy".into());
        let mut b = s(2, 1500.0, 0);
        b.difficulty = Some("hard".into());
        assert!(pair(&[a.clone(), b.clone()], 0).is_empty());
        let c = s(3, 1500.0, 0);
        let w = pair(&[a.clone(), c], 0);
        assert_eq!(w[0].difficulty.as_deref(), Some("easy"));
        assert!(pair(&[a.clone(), a], 600_000).is_empty());
    }

    #[test]
    fn the_window_grows_then_stops() {
        assert_eq!(window(0), 50.0);
        assert_eq!(window(10_000), 100.0);
        assert_eq!(window(3_600_000), MAX_WINDOW);
    }
}
