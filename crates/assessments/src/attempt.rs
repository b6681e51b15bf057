//! The candidate's attempt: its view (the clock on the server's time, each
//! problem's saved code and best score), the sessions that open it (the
//! newest page edits, older ones watch), code set through the API, runs and
//! submissions while the clock runs, and finishing early.
//!
//! The caller is the holder of the attempt's token: `server` checks the
//! token names this attempt before calling in.

use serde::Serialize;
use store::assessments::Attempt;
use store::runs::{NewRun, Run};
use store::submissions::{NewSubmission, Submission};

use crate::grade::{best, score};
use crate::{
    AssessmentError, AssessmentResult, Assessments, CODE_FIELD, LANGUAGE_FIELD, document_name,
};

#[derive(Debug, Clone, Serialize)]
pub struct CodeView {
    pub language: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Best {
    pub verdict: String,
    pub score: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttemptProblem {
    pub slug: String,
    pub title: String,
    pub points: f64,
    pub code: CodeView,
    pub best: Option<Best>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttemptView {
    pub id: String,
    pub state: bus::AttemptState,
    pub title: String,
    pub instructions: String,
    pub started_at: i64,
    pub deadline: i64,
    pub ended_at: Option<i64>,
    /// The server's clock now: count down from `deadline` against it.
    pub server_now: i64,
    /// The public tag of the page that edits now (see [`Assessments::claim`]).
    pub session_tag: String,
    /// Languages allowed.
    pub languages: Vec<String>,
    pub problems: Vec<AttemptProblem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionClaim {
    /// Secret to this page: its editors connect with it.
    pub session: String,
    /// Public: events and the attempt's view name the current page by it.
    pub session_tag: String,
    /// Another page had the attempt: it is read-only now.
    pub taken_over: bool,
}

/// Longest session id a page may choose.
const MAX_SESSION: usize = 64;

impl Assessments {
    /// The attempt's view, with each problem's code as saved now.
    pub async fn attempt_view(&self, id: &str) -> AssessmentResult<AttemptView> {
        let t = self.load_attempt(id).await?;
        let a = self.load(&t.assessment_id).await?;
        let languages = self.languages_of(&a);
        let graded = self.store.attempt_graded(id).await?;
        let mut problems = Vec::new();
        for p in self.problem_lines(&a.id).await? {
            let doc = document_name(id, &p.slug);
            let text = self.collab.text(&doc, CODE_FIELD).await?;
            let language = self.collab.text(&doc, LANGUAGE_FIELD).await?;
            let best = best(graded.iter().filter(|g| g.problem == p.slug)).map(|(share, v)| Best {
                verdict: v,
                score: score(p.points, share),
            });
            problems.push(AttemptProblem {
                code: CodeView {
                    language: if languages.contains(&language) {
                        language
                    } else {
                        default_language(&languages)
                    },
                    text,
                },
                slug: p.slug,
                title: p.title,
                points: p.points,
                best,
            });
        }
        Ok(AttemptView {
            state: bus::AttemptState::parse(&t.state).unwrap_or(bus::AttemptState::Running),
            id: t.id,
            title: a.title,
            instructions: a.instructions,
            started_at: t.started_at,
            deadline: t.deadline,
            ended_at: t.ended_at,
            server_now: store::now_ms(),
            session_tag: crate::session_tag(&t.session),
            languages,
            problems,
        })
    }

    /// The attempt, if its clock still runs; a 409 saying so if not.
    async fn running(&self, id: &str) -> AssessmentResult<Attempt> {
        let t = self.load_attempt(id).await?;
        if t.state != "running" || store::now_ms() >= t.deadline {
            return Err(AssessmentError::Conflict(
                "time is up: the attempt has ended and its answers were submitted".into(),
            ));
        }
        Ok(t)
    }

    /// The same check inside a write, holding the attempt's row: the
    /// deadline job cannot end it between the check and the commit.
    async fn still_running(w: &mut store::Write, id: &str) -> AssessmentResult<()> {
        let t = w.attempt_for_update(id).await?;
        if t.state != "running" || store::now_ms() >= t.deadline {
            return Err(AssessmentError::Conflict(
                "time is up: the attempt has ended and its answers were submitted".into(),
            ));
        }
        Ok(())
    }

    async fn check_problem(&self, t: &Attempt, field: &str, slug: &str) -> AssessmentResult<()> {
        let problems = self.store.assessment_problems(&t.assessment_id).await?;
        if problems.iter().any(|p| p.slug == slug) {
            Ok(())
        } else {
            Err(AssessmentError::invalid(
                field,
                format!("{slug:?} is not a problem of this assessment"),
            ))
        }
    }

    async fn check_language(&self, t: &Attempt, language: &str) -> AssessmentResult<()> {
        let a = self.load(&t.assessment_id).await?;
        let allowed = self.languages_of(&a);
        if allowed.iter().any(|l| l == language) {
            Ok(())
        } else {
            Err(AssessmentError::invalid(
                "language",
                format!(
                    "{language:?} is not allowed in this assessment; one of: {}",
                    allowed.join(", ")
                ),
            ))
        }
    }

    /// A page claims the attempt: the newest claim edits. A page that
    /// reloads sends its session again and keeps it; another tab or device
    /// takes over, which is recorded as a signal and tells the older page.
    pub async fn claim(&self, id: &str, session: Option<&str>) -> AssessmentResult<SessionClaim> {
        let t = self.load_attempt(id).await?;
        if let Some(s) = session
            && (s.is_empty()
                || s.len() > MAX_SESSION
                || !s
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        {
            return Err(AssessmentError::invalid(
                "session",
                format!("must be 1 to {MAX_SESSION} letters, digits, '-' or '_'"),
            ));
        }
        if t.state != "running" || session.is_some_and(|s| s == t.session) {
            let session = session.unwrap_or_default().to_string();
            return Ok(SessionClaim {
                session_tag: crate::session_tag(&session),
                session,
                taken_over: false,
            });
        }
        let new = session.map_or_else(crate::random_id, str::to_string);
        let mut w = self.store.write().await?;
        // Read again, holding the row: two pages claiming at once are two
        // takeovers in turn, never one lost.
        let t = w.attempt_for_update(id).await?;
        let taken_over = !t.session.is_empty() && t.session != new;
        w.set_attempt_session(id, &new).await?;
        // Every takeover is recorded, up to the attempt's cap on signals.
        let record = taken_over && w.signal_count(id).await? < crate::signals::MAX_SIGNALS;
        let signal = if record {
            Some(
                self.record_signal(&mut w, &t, bus::IntegrityKind::SecondSession, None, None)
                    .await?,
            )
        } else {
            None
        };
        w.commit().await?;
        let tag = crate::session_tag(&new);
        if taken_over {
            self.bus.publish(
                &bus::attempt_topic(id),
                &bus::ServerEvent::AttemptSession {
                    attempt: id.to_string(),
                    session_tag: tag.clone(),
                },
            );
        }
        if let Some(signal) = signal {
            self.publish_signal(&t, signal).await;
        }
        Ok(SessionClaim {
            session: new,
            session_tag: tag,
            taken_over,
        })
    }

    /// May this page's connection edit the problem's document? Its current
    /// session, while the clock runs. Others connect read-only.
    pub async fn document_access(
        &self,
        id: &str,
        slug: &str,
        session: Option<&str>,
    ) -> AssessmentResult<bool> {
        let t = self.load_attempt(id).await?;
        self.check_problem(&t, "document", slug).await?;
        let running = t.state == "running" && store::now_ms() < t.deadline;
        Ok(running && session.is_some_and(|s| !s.is_empty() && s == t.session))
    }

    /// Set a problem's code (API clients; the web page edits the document),
    /// answering once it is in the database.
    pub async fn put_code(
        &self,
        id: &str,
        slug: &str,
        language: &str,
        code: &str,
    ) -> AssessmentResult<i64> {
        let t = self.running(id).await?;
        self.check_problem(&t, "slug", slug).await?;
        self.check_language(&t, language).await?;
        let doc = document_name(id, slug);
        let saved = match self.collab.set_text(&doc, CODE_FIELD, code, "api").await {
            Ok(()) => {
                self.collab
                    .set_text(&doc, LANGUAGE_FIELD, language, "api")
                    .await
            }
            Err(e) => Err(e),
        };
        if let Err(e) = saved {
            // The deadline froze the editor meanwhile: say so, as before it.
            self.running(id).await?;
            return Err(e.into());
        }
        // Acknowledged means on disk.
        self.collab.flush().await;
        Ok(store::now_ms())
    }

    /// Submit code for one problem while the clock runs. Every test runs
    /// (the score is the share passed).
    pub async fn submit(
        &self,
        id: &str,
        problem: &str,
        language: &str,
        code: &str,
        priority: i64,
    ) -> AssessmentResult<Submission> {
        let t = self.running(id).await?;
        self.check_problem(&t, "problem", problem).await?;
        self.check_language(&t, language).await?;
        let mut w = self.store.write().await?;
        Self::still_running(&mut w, id).await?;
        let sub = w
            .create_submission(&NewSubmission {
                user_id: t.user_id,
                problem,
                language,
                code,
                idempotency_key: None,
                room_id: None,
                duel_id: None,
                attempt_id: Some(id),
                priority,
                max_attempts: self.config.job_max_attempts,
            })
            .await?;
        w.commit().await?;
        let inv = t.invitation_id.clone();
        self.announce(&t.assessment_id, &inv).await;
        Ok(sub)
    }

    /// Run code on custom input while the clock runs.
    pub async fn run(
        &self,
        id: &str,
        language: &str,
        code: &str,
        stdin: &str,
        priority: i64,
    ) -> AssessmentResult<Run> {
        let t = self.running(id).await?;
        self.check_language(&t, language).await?;
        let mut w = self.store.write().await?;
        Self::still_running(&mut w, id).await?;
        let run = w
            .create_run(&NewRun {
                user_id: t.user_id,
                language,
                code,
                stdin,
                idempotency_key: None,
                room_id: None,
                priority,
                max_attempts: self.config.job_max_attempts,
            })
            .await?;
        w.commit().await?;
        Ok(run)
    }

    /// One of the attempt's runs (404 for anyone else's).
    pub async fn attempt_run(&self, id: &str, run: i64) -> AssessmentResult<Run> {
        let t = self.load_attempt(id).await?;
        match self.store.run(run).await {
            Ok(r) if r.user_id == t.user_id => Ok(r),
            Ok(_) | Err(store::StoreError::NotFound) => Err(AssessmentError::NotFound(format!(
                "no run {run} in this attempt"
            ))),
            Err(e) => Err(e.into()),
        }
    }

    /// The attempt's submissions, oldest first.
    pub async fn attempt_submissions(&self, id: &str) -> AssessmentResult<Vec<Submission>> {
        self.load_attempt(id).await?;
        Ok(self.store.attempt_submissions(id).await?)
    }

    /// End the attempt now, submitting what is saved (as the deadline would).
    pub async fn finish(&self, id: &str) -> AssessmentResult<AttemptView> {
        let t = self.load_attempt(id).await?;
        if t.state == "running" {
            self.end(id, bus::AttemptState::Submitted).await?;
        }
        self.attempt_view(id).await
    }

    /// The attempt's user account (for `/ws`: their runs and submissions).
    pub async fn attempt_user(&self, id: &str) -> AssessmentResult<i64> {
        Ok(self.load_attempt(id).await?.user_id)
    }
}

impl Assessments {
    /// A submission of an attempt was judged (after its verdict committed):
    /// the proctors see the candidate's new score.
    pub async fn submission_finished(&self, sub: &Submission) {
        let Some(id) = &sub.attempt_id else { return };
        match self.load_attempt(id).await {
            Ok(t) => self.announce(&t.assessment_id, &t.invitation_id).await,
            Err(e) => {
                tracing::warn!(attempt = id, submission = sub.id, error = %e, "cannot announce a verdict");
            }
        }
    }
}

/// The language an editor starts in: Python if allowed, else the first.
pub(crate) fn default_language(allowed: &[String]) -> String {
    if allowed.iter().any(|l| l == "python") {
        "python".into()
    } else {
        allowed.first().cloned().unwrap_or_default()
    }
}
