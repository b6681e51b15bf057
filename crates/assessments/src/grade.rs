//! The rules, pure: how much a signal is worth a proctor's look, and how a
//! problem scores. Written down in `docs/ASSESSMENTS.md`; change both
//! together.
//!
//! Signals are evidence for a human, never a verdict: nothing here rejects,
//! locks or scores anyone down.

use bus::{IntegrityKind, Severity};
use store::assessments::Graded;

/// An absence (hidden tab, blurred window) shorter than this is a glance.
pub const GLANCE_MS: i64 = 1_000;
/// An absence longer than this is long.
pub const LONG_ABSENCE_MS: i64 = 60_000;
/// A paste at least this long is large.
pub const LARGE_PASTE: i64 = 100;
/// A large paste this soon after an absence of at least `AWAY_BEFORE_PASTE_MS`
/// is graded high: code brought in from elsewhere.
pub const PASTE_AFTER_ABSENCE_MS: i64 = 60_000;
pub const AWAY_BEFORE_PASTE_MS: i64 = 15_000;

/// A signal seen earlier in the same attempt (to grade a new one).
#[derive(Debug, Clone, Copy)]
pub struct Earlier {
    pub kind: IntegrityKind,
    pub at: i64,
    pub duration_ms: Option<i64>,
}

/// Grade a signal reported at `at`.
pub fn severity(
    kind: IntegrityKind,
    duration_ms: Option<i64>,
    length: Option<i64>,
    at: i64,
    earlier: &[Earlier],
) -> Severity {
    match kind {
        IntegrityKind::TabHidden | IntegrityKind::WindowBlur => match duration_ms.unwrap_or(0) {
            d if d < GLANCE_MS => Severity::Low,
            d if d < LONG_ABSENCE_MS => Severity::Medium,
            _ => Severity::High,
        },
        IntegrityKind::Paste => {
            let len = length.unwrap_or(0);
            if len < LARGE_PASTE {
                return Severity::Low;
            }
            let after_absence = earlier.iter().any(|e| {
                matches!(e.kind, IntegrityKind::TabHidden | IntegrityKind::WindowBlur)
                    && e.duration_ms.unwrap_or(0) >= AWAY_BEFORE_PASTE_MS
                    && at - e.at <= PASTE_AFTER_ABSENCE_MS
            });
            if after_absence {
                Severity::High
            } else {
                Severity::Medium
            }
        }
        IntegrityKind::FullscreenExit => Severity::Low,
        IntegrityKind::SecondSession => Severity::Medium,
    }
}

/// The best of a problem's judged submissions: its share of tests passed
/// (0–100, every test is run for an assessment) and verdict. Ties go to the
/// earlier one.
pub fn best<'a>(subs: impl IntoIterator<Item = &'a Graded>) -> Option<(f64, String)> {
    let mut best: Option<(f64, String)> = None;
    for s in subs {
        if s.state != "finished" {
            continue;
        }
        let share = s
            .result
            .as_ref()
            .and_then(|r| r["score"].as_f64())
            .unwrap_or(0.0)
            .clamp(0.0, 100.0);
        let verdict = s.verdict.clone().unwrap_or_else(|| "IE".into());
        if best.as_ref().is_none_or(|(b, _)| share > *b) {
            best = Some((share, verdict));
        }
    }
    best
}

/// A problem's score: its points × the share of tests passed, to 2 decimals.
pub fn score(points: f64, share: f64) -> f64 {
    (points * share / 100.0 * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absences_are_graded_by_length() {
        let s = |d| severity(IntegrityKind::WindowBlur, Some(d), None, 0, &[]);
        assert_eq!(s(400), Severity::Low);
        assert_eq!(s(5_000), Severity::Medium);
        assert_eq!(s(120_000), Severity::High);
        assert_eq!(
            severity(IntegrityKind::TabHidden, Some(999), None, 0, &[]),
            Severity::Low
        );
    }

    #[test]
    fn a_large_paste_after_a_long_absence_is_high() {
        let away = Earlier {
            kind: IntegrityKind::TabHidden,
            at: 10_000,
            duration_ms: Some(40_000),
        };
        let paste = |len, at, earlier: &[Earlier]| {
            severity(IntegrityKind::Paste, None, Some(len), at, earlier)
        };
        assert_eq!(paste(20, 12_000, &[away]), Severity::Low);
        assert_eq!(paste(500, 12_000, &[]), Severity::Medium);
        assert_eq!(paste(500, 12_000, &[away]), Severity::High);
        // Long after the absence, it is just a paste.
        assert_eq!(paste(500, 200_000, &[away]), Severity::Medium);
        // A glance away does not make a paste suspicious.
        let glance = Earlier {
            duration_ms: Some(500),
            ..away
        };
        assert_eq!(paste(500, 12_000, &[glance]), Severity::Medium);
    }

    fn graded(state: &str, verdict: &str, score: f64, at: i64) -> Graded {
        Graded {
            attempt_id: "a".into(),
            problem: "p".into(),
            state: state.into(),
            verdict: Some(verdict.into()),
            result: Some(serde_json::json!({"score": score})),
            created_at: at,
        }
    }

    #[test]
    fn the_best_submission_counts() {
        let subs = [
            graded("finished", "WA", 40.0, 1),
            graded("finished", "AC", 100.0, 2),
            graded("finished", "WA", 60.0, 3),
            graded("queued", "AC", 100.0, 4),
        ];
        assert_eq!(best(&subs), Some((100.0, "AC".into())));
        assert_eq!(best(&subs[..1]), Some((40.0, "WA".into())));
        assert_eq!(best(&subs[3..]), None);
        assert_eq!(score(50.0, 40.0), 20.0);
        assert_eq!(score(30.0, 100.0 / 3.0), 10.0);
    }
}
