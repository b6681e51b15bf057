//! Who won, from the duel's submissions alone — so a verdict that arrives
//! late, twice, or out of order changes nothing. Pure, like the matchmaker.
//!
//! - Only submissions received by `ends_at` count (the API refuses later
//!   ones; this holds even if one slipped in).
//! - The first accepted submission (by the time it was received) wins, but
//!   not while an earlier one of the opponent is still being judged.
//! - At the deadline, once nothing received in time is still being judged,
//!   the best share of tests wins; equal shares go to whoever reached it
//!   first; nothing passed by either is a draw.

use bus::{DuelProgress, DuelReason};

/// One submission of a duel.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub user_id: i64,
    /// Received at (ms).
    pub at: i64,
    /// `None` while it is being judged.
    pub outcome: Option<Outcome>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub passed: u32,
    pub accepted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// Not decided yet.
    Open,
    Win {
        user_id: i64,
        reason: DuelReason,
    },
    Draw,
    /// Nobody played it out (both players left; never returned by
    /// [`decide`], which only reads submissions).
    Abandoned,
}

/// Decide the duel of `players` at `now`.
pub fn decide(players: [i64; 2], attempts: &[Attempt], ends_at: i64, now: i64) -> Decision {
    let mut counted: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.at <= ends_at && players.contains(&a.user_id))
        .collect();
    counted.sort_by_key(|a| a.at);
    let pending_before = |t: i64| counted.iter().any(|a| a.outcome.is_none() && a.at <= t);
    if let Some(first) = counted
        .iter()
        .find(|a| a.outcome.is_some_and(|o| o.accepted))
    {
        // An earlier submission still being judged could be the first AC.
        if pending_before(first.at) {
            return Decision::Open;
        }
        return Decision::Win {
            user_id: first.user_id,
            reason: DuelReason::Solved,
        };
    }
    if now < ends_at || pending_before(ends_at) {
        return Decision::Open;
    }
    let best = |user: i64| -> (u32, i64) {
        let mut best = (0u32, i64::MAX);
        for a in counted.iter().filter(|a| a.user_id == user) {
            let passed = a.outcome.map_or(0, |o| o.passed);
            if passed > best.0 {
                best = (passed, a.at);
            }
        }
        best
    };
    let (a, b) = (best(players[0]), best(players[1]));
    let winner = if a.0 == 0 && b.0 == 0 {
        None
    } else if a.0 != b.0 {
        Some(if a.0 > b.0 { players[0] } else { players[1] })
    } else if a.1 != b.1 {
        Some(if a.1 < b.1 { players[0] } else { players[1] })
    } else {
        None
    };
    match winner {
        Some(user_id) => Decision::Win {
            user_id,
            reason: DuelReason::Score,
        },
        None => Decision::Draw,
    }
}

/// A player's progress as the opponent sees it: the best count of passed
/// tests among judged submissions received in time, and every attempt.
pub fn progress(
    user_id: i64,
    attempts: &[Attempt],
    total: u32,
    ends_at: Option<i64>,
) -> DuelProgress {
    let mine = attempts.iter().filter(|a| a.user_id == user_id);
    let passed = mine
        .clone()
        .filter(|a| ends_at.is_none_or(|e| a.at <= e))
        .filter_map(|a| a.outcome.map(|o| o.passed))
        .max()
        .unwrap_or(0);
    DuelProgress {
        passed,
        total,
        attempts: mine.count() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: [i64; 2] = [1, 2];

    fn judged(user_id: i64, at: i64, passed: u32, accepted: bool) -> Attempt {
        Attempt {
            user_id,
            at,
            outcome: Some(Outcome { passed, accepted }),
        }
    }

    fn pending(user_id: i64, at: i64) -> Attempt {
        Attempt {
            user_id,
            at,
            outcome: None,
        }
    }

    fn win(user_id: i64, reason: DuelReason) -> Decision {
        Decision::Win { user_id, reason }
    }

    #[test]
    fn the_first_accepted_wins_at_once() {
        let a = [judged(1, 10, 3, false), judged(2, 20, 10, true)];
        assert_eq!(decide(P, &a, 1000, 30), win(2, DuelReason::Solved));
    }

    #[test]
    fn an_earlier_submission_being_judged_holds_the_decision() {
        let a = [pending(1, 10), judged(2, 20, 10, true)];
        assert_eq!(decide(P, &a, 1000, 30), Decision::Open);
        let a = [judged(1, 10, 10, true), judged(2, 20, 10, true)];
        assert_eq!(decide(P, &a, 1000, 30), win(1, DuelReason::Solved));
    }

    #[test]
    fn at_the_deadline_the_best_score_wins_then_the_earlier() {
        let a = [judged(1, 10, 3, false), judged(2, 20, 5, false)];
        assert_eq!(decide(P, &a, 1000, 999), Decision::Open);
        assert_eq!(decide(P, &a, 1000, 1000), win(2, DuelReason::Score));
        let a = [
            judged(1, 10, 5, false),
            judged(2, 20, 5, false),
            judged(2, 5, 1, false),
        ];
        assert_eq!(decide(P, &a, 1000, 1000), win(1, DuelReason::Score));
    }

    #[test]
    fn nothing_passed_is_a_draw_and_late_submissions_never_count() {
        assert_eq!(decide(P, &[], 1000, 1000), Decision::Draw);
        let a = [judged(1, 10, 0, false), judged(2, 1001, 10, true)];
        assert_eq!(decide(P, &a, 1000, 2000), Decision::Draw);
    }

    #[test]
    fn the_deadline_waits_for_verdicts_received_in_time() {
        let a = [judged(1, 10, 2, false), pending(2, 990)];
        assert_eq!(decide(P, &a, 1000, 1500), Decision::Open);
        let a = [judged(1, 10, 2, false), judged(2, 990, 2, false)];
        assert_eq!(decide(P, &a, 1000, 1500), win(1, DuelReason::Score));
    }

    #[test]
    fn progress_counts_attempts_and_the_best_pass() {
        let a = [
            judged(1, 10, 2, false),
            judged(1, 20, 1, false),
            pending(1, 30),
        ];
        let p = progress(1, &a, 10, Some(1000));
        assert_eq!((p.passed, p.total, p.attempts), (2, 10, 3));
    }
}
