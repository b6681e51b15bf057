//! The assessment's clock, owned by the server: each attempt's deadline and
//! each assessment's close are durable jobs scheduled for their moment, so a
//! restart delays them by a poll at most and a server that was down at the
//! deadline ends the attempt when it starts. Each step re-reads its rows and
//! does nothing if they moved on (a deadline moved later by extra time, an
//! attempt already ended), so a step delivered twice is harmless.

use bus::{AttemptState, ServerEvent, attempt_topic};
use serde::{Deserialize, Serialize};
use serde_json::json;
use store::jobs::NewJob;
use store::submissions::NewSubmission;

use crate::attempt::default_language;
use crate::{AssessmentResult, Assessments, CODE_FIELD, LANGUAGE_FIELD, document_name};

/// The job kind of every clock step.
pub const CLOCK_KIND: &str = "assessment_clock";

/// A clock job's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ClockJob {
    /// The attempt's time is up (if its deadline has not moved since).
    Deadline { attempt: String },
    /// The window closed: once no attempt runs, email the owner the results
    /// (linking to `public_url`, the scheduling server's: a worker has none).
    Close {
        assessment: String,
        #[serde(default)]
        public_url: String,
    },
}

/// Clock steps go before judging work: a late deadline is a visible bug.
const PRIORITY: i64 = 200;
/// The deadline job's own submissions: judged like any other.
const SUBMIT_PRIORITY: i64 = 100;
/// While an attempt with extra time still runs after the close, look again
/// this long after its deadline.
const CLOSE_GRACE_MS: i64 = 5_000;

/// `2026-12-03 18:00 UTC`, for emails.
pub(crate) fn format_time(ms: i64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms.max(0) as u64);
    let s = humantime::format_rfc3339_seconds(t).to_string();
    // 2026-12-03T18:00:00Z → 2026-12-03 18:00 UTC
    match (s.get(..10), s.get(11..16)) {
        (Some(day), Some(hm)) => format!("{day} {hm} UTC"),
        _ => s,
    }
}

impl Assessments {
    async fn schedule(
        &self,
        w: &mut store::Write,
        job: &ClockJob,
        at: i64,
    ) -> AssessmentResult<()> {
        let job = NewJob {
            kind: CLOCK_KIND.into(),
            payload: serde_json::to_string(job).unwrap_or_default(),
            priority: PRIORITY,
            max_attempts: self.config.job_max_attempts,
        };
        w.schedule(&job, at).await?;
        Ok(())
    }

    pub(crate) async fn schedule_deadline(
        &self,
        w: &mut store::Write,
        attempt: &str,
        at: i64,
    ) -> AssessmentResult<()> {
        let job = ClockJob::Deadline {
            attempt: attempt.to_string(),
        };
        self.schedule(w, &job, at).await
    }

    pub(crate) async fn schedule_close(
        &self,
        w: &mut store::Write,
        assessment: &str,
        at: i64,
    ) -> AssessmentResult<()> {
        let job = ClockJob::Close {
            assessment: assessment.to_string(),
            public_url: self.config.public_url.clone(),
        };
        self.schedule(w, &job, at).await
    }

    /// Run one clock step (the `assessment_clock` job's handler).
    pub async fn tick(&self, job: &ClockJob) -> AssessmentResult<()> {
        match job {
            ClockJob::Deadline { attempt } => {
                let t = match self.store.attempt(attempt).await {
                    Ok(t) => t,
                    Err(store::StoreError::NotFound) => return Ok(()),
                    Err(e) => return Err(e.into()),
                };
                // Early: time was added since this step was scheduled, and
                // the new deadline has a step of its own.
                if t.state == "running" && store::now_ms() >= t.deadline {
                    self.end(attempt, AttemptState::Expired).await?;
                }
                Ok(())
            }
            ClockJob::Close {
                assessment,
                public_url,
            } => self.close(assessment, public_url).await,
        }
    }

    /// End a running attempt: submit each problem's code as it was saved at
    /// the end (read from the document's log up to then: nothing typed after
    /// the deadline counts, even before the editors froze) unless it was
    /// already submitted as it stands, make the editors read-only and tell
    /// everyone. Once: `false` if it had already ended (or, at the deadline,
    /// if time was added meanwhile).
    pub(crate) async fn end(&self, id: &str, state: AttemptState) -> AssessmentResult<bool> {
        let t = self.load_attempt(id).await?;
        if t.state != "running" {
            return Ok(false);
        }
        let a = self.load(&t.assessment_id).await?;
        let allowed = self.languages_of(&a);
        let problems = self.store.assessment_problems(&a.id).await?;
        let (at, due_by) = match state {
            AttemptState::Expired => (t.deadline, Some(store::now_ms())),
            _ => (store::now_ms(), None),
        };
        if due_by.is_some_and(|now| t.deadline > now) {
            return Ok(false);
        }
        let mut saved = Vec::new();
        for p in problems {
            let doc = document_name(id, &p.slug);
            let code = self.collab.text_at(&doc, CODE_FIELD, at).await?;
            let language = self.collab.text_at(&doc, LANGUAGE_FIELD, at).await?;
            let language = if allowed.contains(&language) {
                language
            } else {
                default_language(&allowed)
            };
            saved.push((p.slug, language, code));
        }
        let earlier = self.store.attempt_submissions(id).await?;
        let mut w = self.store.write().await?;
        if !w.end_attempt(id, state.as_str(), at, due_by).await? {
            return Ok(false);
        }
        for (slug, language, code) in &saved {
            if code.trim().is_empty() {
                continue;
            }
            if code.len() > self.config.max_code_bytes {
                tracing::warn!(
                    attempt = id,
                    slug,
                    bytes = code.len(),
                    "saved code too large to submit"
                );
                continue;
            }
            // Already graded as it stands: the latest submission is this code.
            let latest = earlier.iter().rev().find(|s| &s.problem == slug);
            if latest.is_some_and(|s| &s.code == code && &s.language == language) {
                continue;
            }
            let submitted = w
                .create_submission(&NewSubmission {
                    user_id: t.user_id,
                    problem: slug,
                    language,
                    code,
                    idempotency_key: None,
                    room_id: None,
                    duel_id: None,
                    attempt_id: Some(id),
                    priority: SUBMIT_PRIORITY,
                    max_attempts: self.config.job_max_attempts,
                })
                .await;
            match submitted {
                Ok(_) => {}
                // The problem was deleted from the bank: nothing to judge
                // against (its statement is gone too). The attempt still ends.
                Err(store::StoreError::NotFound) => {
                    tracing::warn!(attempt = id, slug, "problem deleted: not submitted");
                }
                Err(e) => return Err(e.into()),
            }
        }
        w.commit().await?;
        for (slug, ..) in &saved {
            self.collab.freeze(&document_name(id, slug));
        }
        tracing::info!(attempt = id, state = state.as_str(), "attempt ended");
        self.bus.publish(
            &attempt_topic(id),
            &ServerEvent::AttemptEnded {
                attempt: id.to_string(),
                state,
            },
        );
        self.announce(&a.id, &t.invitation_id).await;
        Ok(true)
    }

    /// The window closed: when every attempt has ended, email the owner the
    /// results once.
    async fn close(&self, id: &str, public_url: &str) -> AssessmentResult<()> {
        let a = match self.store.assessment(id).await {
            Ok(a) => a,
            Err(store::StoreError::NotFound) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        let now = store::now_ms();
        if a.reported_at.is_some() || now < a.closes_at {
            // Sent, or the window moved later (its own step is scheduled).
            return Ok(());
        }
        let attempts = self.store.attempts_of(id).await?;
        if let Some(last) = attempts
            .iter()
            .filter(|t| t.state == "running")
            .map(|t| t.deadline)
            .max()
        {
            let mut w = self.store.write().await?;
            let again = ClockJob::Close {
                assessment: id.to_string(),
                public_url: public_url.to_string(),
            };
            self.schedule(&mut w, &again, last.max(now) + CLOSE_GRACE_MS)
                .await?;
            w.commit().await?;
            return Ok(());
        }
        let rows = self.rows(&a).await?;
        if rows.is_empty() {
            return Ok(());
        }
        let max_points: f64 = self
            .store
            .assessment_problems(id)
            .await?
            .iter()
            .map(|p| p.points)
            .sum();
        let owner = self.store.user(a.owner_id).await?;
        let mut w = self.store.write().await?;
        if !w.mark_assessment_reported(id).await? {
            return Ok(());
        }
        if self.config.email {
            let candidates: Vec<_> = rows
                .iter()
                .map(|r| {
                    json!({"email": r.email, "status": r.status.as_str(), "total": r.total,
                           "high": r.signals.high})
                })
                .collect();
            let submitted = rows
                .iter()
                .filter(|r| r.status == bus::InvitationStatus::Submitted)
                .count();
            let vars = json!({
                "title": a.title,
                "invited": rows.len(),
                "submitted": submitted,
                "max_points": max_points,
                "candidates": candidates,
                "url": format!("{}/assessments/{id}?tab=report", public_url.trim_end_matches('/')),
                "public_url": public_url,
            });
            notify::EmailJob::new(&owner.email, notify::Template::AssessmentResults, vars)
                .enqueue(&mut w, self.config.job_max_attempts)
                .await?;
        }
        w.commit().await?;
        Ok(())
    }
}
