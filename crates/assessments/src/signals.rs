//! Integrity signals: what the candidate's page reports (and a second
//! session, which the server notices), graded by `grade.rs`, stored with the
//! attempt and streamed to the proctors. Never acted on: a signal changes no
//! score and blocks nobody.

use bus::{IntegrityKind, IntegritySignal, ServerEvent, Severity, assessment_topic};
use store::assessments::{Attempt, Signal};

use crate::grade::{Earlier, PASTE_AFTER_ABSENCE_MS, severity};
use crate::{AssessmentError, AssessmentResult, Assessments};

/// A signal as the page reports it.
#[derive(Debug, Clone, Copy)]
pub struct SignalInput {
    pub kind: IntegrityKind,
    pub duration_ms: Option<i64>,
    pub length: Option<i64>,
}

/// Most signals one attempt keeps (a page gone wrong must not fill the disk).
pub const MAX_SIGNALS: i64 = 5_000;
const MAX_DURATION_MS: i64 = 24 * 3600 * 1000;
const MAX_LENGTH: i64 = 10 << 20;

pub(crate) fn typed(s: &Signal) -> IntegritySignal {
    IntegritySignal {
        id: s.id,
        at: s.at,
        kind: IntegrityKind::parse(&s.kind).unwrap_or(IntegrityKind::FullscreenExit),
        severity: Severity::parse(&s.severity).unwrap_or(Severity::Low),
        duration_ms: s.duration_ms,
        length: s.length,
    }
}

impl Assessments {
    /// Record what the candidate's page reported.
    pub async fn signal(&self, id: &str, input: SignalInput) -> AssessmentResult<()> {
        if input.kind == IntegrityKind::SecondSession {
            return Err(AssessmentError::invalid(
                "kind",
                "second_session is noticed by the server, not reported",
            ));
        }
        if input
            .duration_ms
            .is_some_and(|d| !(0..=MAX_DURATION_MS).contains(&d))
        {
            return Err(AssessmentError::invalid(
                "duration_ms",
                "must be between 0 and a day in milliseconds",
            ));
        }
        if input.length.is_some_and(|l| !(0..=MAX_LENGTH).contains(&l)) {
            return Err(AssessmentError::invalid(
                "length",
                format!("must be between 0 and {MAX_LENGTH}"),
            ));
        }
        let t = self.load_attempt(id).await?;
        if t.state != "running" {
            return Err(AssessmentError::Conflict(
                "the attempt has ended: nothing more is recorded".into(),
            ));
        }
        let mut w = self.store.write().await?;
        if w.signal_count(id).await? >= MAX_SIGNALS {
            return Err(AssessmentError::Conflict(format!(
                "this attempt has {MAX_SIGNALS} signals, the most it keeps"
            )));
        }
        let signal = self
            .record_signal(&mut w, &t, input.kind, input.duration_ms, input.length)
            .await?;
        w.commit().await?;
        self.publish_signal(&t, signal).await;
        Ok(())
    }

    /// Grade and store a signal in `w`.
    pub(crate) async fn record_signal(
        &self,
        w: &mut store::Write,
        t: &Attempt,
        kind: IntegrityKind,
        duration_ms: Option<i64>,
        length: Option<i64>,
    ) -> AssessmentResult<IntegritySignal> {
        let at = store::now_ms();
        let earlier: Vec<Earlier> = w
            .signals_since(&t.id, at - PASTE_AFTER_ABSENCE_MS)
            .await?
            .iter()
            .filter_map(|s| {
                Some(Earlier {
                    kind: IntegrityKind::parse(&s.kind)?,
                    at: s.at,
                    duration_ms: s.duration_ms,
                })
            })
            .collect();
        let mut s = Signal {
            id: 0,
            attempt_id: t.id.clone(),
            at,
            kind: kind.as_str().into(),
            severity: severity(kind, duration_ms, length, at, &earlier)
                .as_str()
                .into(),
            duration_ms,
            length,
        };
        s.id = w.insert_signal(&s).await?;
        Ok(typed(&s))
    }

    /// Tell the proctors (after the commit).
    pub(crate) async fn publish_signal(&self, t: &Attempt, signal: IntegritySignal) {
        self.bus.publish(
            &assessment_topic(&t.assessment_id),
            &ServerEvent::AssessmentSignal {
                assessment: t.assessment_id.clone(),
                invitation: t.invitation_id.clone(),
                signal,
            },
        );
        self.announce(&t.assessment_id, &t.invitation_id).await;
    }
}
