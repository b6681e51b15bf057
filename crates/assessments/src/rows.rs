//! A candidate as the proctor's dashboard and the report's table show them:
//! status, clock, per-problem progress, total and signal counts — built from
//! the rows, and published whenever one of them changes.

use bus::{
    CandidateRow, InvitationStatus, ProblemProgress, ServerEvent, Severity, SignalCounts,
    assessment_topic,
};
use store::assessments::{Assessment, AssessmentProblem, Attempt, Graded, Invitation, Signal};

use crate::grade::{best, score};
use crate::{AssessmentResult, Assessments, extra_ms};

/// Where an invitation is at `now`.
pub(crate) fn status_of(
    a: &Assessment,
    inv: &Invitation,
    attempt: Option<&Attempt>,
    now: i64,
) -> InvitationStatus {
    if let Some(t) = attempt {
        return if t.state == "running" {
            InvitationStatus::Started
        } else {
            InvitationStatus::Submitted
        };
    }
    if inv.revoked_at.is_some() {
        return InvitationStatus::Revoked;
    }
    let extra = extra_ms(a.duration_secs, inv.extra_minutes, inv.extra_percent);
    if now >= a.closes_at + extra {
        InvitationStatus::Expired
    } else {
        InvitationStatus::Invited
    }
}

/// Signals by severity.
pub(crate) fn counts<'a>(signals: impl IntoIterator<Item = &'a Signal>) -> SignalCounts {
    let mut c = SignalCounts::default();
    for s in signals {
        match Severity::parse(&s.severity) {
            Some(Severity::Low) => c.low += 1,
            Some(Severity::Medium) => c.medium += 1,
            Some(Severity::High) => c.high += 1,
            None => {}
        }
    }
    c
}

/// Per problem: points, score of the best submission, its verdict, how many.
pub(crate) fn progress(problems: &[AssessmentProblem], graded: &[&Graded]) -> Vec<ProblemProgress> {
    problems
        .iter()
        .map(|p| {
            let mine: Vec<&Graded> = graded
                .iter()
                .copied()
                .filter(|g| g.problem == p.slug)
                .collect();
            let best = best(mine.iter().copied());
            ProblemProgress {
                slug: p.slug.clone(),
                points: p.points,
                score: best
                    .as_ref()
                    .map_or(0.0, |(share, _)| score(p.points, *share)),
                verdict: best.map(|(_, v)| v),
                submissions: mine.len() as u32,
            }
        })
        .collect()
}

/// Everything one candidate's row is made of.
pub(crate) struct Parts<'a> {
    pub assessment: &'a Assessment,
    pub problems: &'a [AssessmentProblem],
    pub invitation: &'a Invitation,
    pub attempt: Option<&'a Attempt>,
    pub graded: Vec<&'a Graded>,
    pub signals: Vec<&'a Signal>,
}

pub(crate) fn row(p: &Parts<'_>, now: i64) -> CandidateRow {
    let problems = progress(p.problems, &p.graded);
    let total = (problems.iter().map(|q| q.score).sum::<f64>() * 100.0).round() / 100.0;
    CandidateRow {
        invitation: p.invitation.id.clone(),
        email: p.invitation.email.clone(),
        status: status_of(p.assessment, p.invitation, p.attempt, now),
        attempt: p.attempt.map(|t| t.id.clone()),
        started_at: p.attempt.map(|t| t.started_at),
        deadline: p.attempt.map(|t| t.deadline),
        submitted_at: p.attempt.and_then(|t| t.ended_at),
        extra_minutes: p.invitation.extra_minutes,
        extra_percent: p.invitation.extra_percent,
        problems,
        total,
        signals: counts(p.signals.iter().copied()),
    }
}

impl Assessments {
    /// Every candidate of an assessment, in invitation order.
    pub(crate) async fn rows(&self, a: &Assessment) -> AssessmentResult<Vec<CandidateRow>> {
        let problems = self.store.assessment_problems(&a.id).await?;
        let invitations = self.store.invitations(&a.id).await?;
        let attempts = self.store.attempts_of(&a.id).await?;
        let graded = self.store.assessment_graded(&a.id).await?;
        let signals = self.store.assessment_signals(&a.id).await?;
        let now = store::now_ms();
        Ok(invitations
            .iter()
            .map(|inv| {
                let attempt = attempts.iter().find(|t| t.invitation_id == inv.id);
                let id = attempt.map(|t| t.id.as_str());
                row(
                    &Parts {
                        assessment: a,
                        problems: &problems,
                        invitation: inv,
                        attempt,
                        graded: graded
                            .iter()
                            .filter(|g| Some(g.attempt_id.as_str()) == id)
                            .collect(),
                        signals: signals
                            .iter()
                            .filter(|s| Some(s.attempt_id.as_str()) == id)
                            .collect(),
                    },
                    now,
                )
            })
            .collect())
    }

    /// One candidate's row.
    pub(crate) async fn row_of(
        &self,
        a: &Assessment,
        inv: &Invitation,
    ) -> AssessmentResult<CandidateRow> {
        let problems = self.store.assessment_problems(&a.id).await?;
        let attempt = self.store.attempt_of_invitation(&inv.id).await?;
        let (graded, signals) = match &attempt {
            Some(t) => (
                self.store.attempt_graded(&t.id).await?,
                self.store.attempt_signals(&t.id).await?,
            ),
            None => (Vec::new(), Vec::new()),
        };
        Ok(row(
            &Parts {
                assessment: a,
                problems: &problems,
                invitation: inv,
                attempt: attempt.as_ref(),
                graded: graded.iter().collect(),
                signals: signals.iter().collect(),
            },
            store::now_ms(),
        ))
    }

    /// Tell the proctors a candidate's row as it is now. Best effort, after
    /// the change committed: a row that cannot be read now is logged, and
    /// the dashboard reads it on its next event or reload.
    pub(crate) async fn announce(&self, assessment: &str, invitation: &str) {
        let row = async {
            let a = self.load(assessment).await?;
            let inv = self.store.invitation(invitation).await?;
            self.row_of(&a, &inv).await
        };
        match row.await {
            Ok(candidate) => self.bus.publish(
                &assessment_topic(assessment),
                &ServerEvent::AssessmentCandidate {
                    assessment: assessment.to_string(),
                    candidate,
                    server_now: store::now_ms(),
                },
            ),
            Err(e) => {
                tracing::warn!(assessment, invitation, error = %e, "cannot announce a candidate's row");
            }
        }
    }

    /// What a proctor's dashboard starts from (the `/ws` `watch_assessment`).
    pub async fn watch(&self, me: &store::User, id: &str) -> AssessmentResult<ServerEvent> {
        let a = self.owned(me, id).await?;
        if !me.role.is_staff() {
            return Err(crate::AssessmentError::NotFound(format!(
                "no assessment {id:?}"
            )));
        }
        Ok(ServerEvent::AssessmentWatching {
            assessment: a.id.clone(),
            candidates: self.rows(&a).await?,
            server_now: store::now_ms(),
        })
    }
}
