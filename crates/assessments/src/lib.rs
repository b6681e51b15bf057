//! Assessments: an interviewer's set of problems with points, a duration and
//! an open window (`build.rs`); invitations by email with unique links and
//! per-candidate extra time (`invite.rs`); the candidate's attempt on a clock
//! the server owns, with code kept in a document per problem, runs and
//! submissions (`attempt.rs`); the deadline as a durable scheduled job that
//! submits the last saved code, and the results email when the assessment
//! closes (`clock.rs`); integrity signals graded for a proctor's eyes and
//! never acted on (`signals.rs`, rules in `grade.rs`); the proctor's rows,
//! reports and CSV (`report.rs`).
//!
//! Same conventions as `rooms` and `duels`: every action checks the caller,
//! changes rows in one [`store::Write`], commits, and only then publishes.

mod attempt;
mod build;
mod clock;
pub mod grade;
mod invite;
mod report;
mod rows;
mod signals;

use bus::Bus;
use collab::Collab;
use store::assessments::{Assessment, Attempt, Invitation};
use store::{Store, StoreError, User};

pub use attempt::{AttemptProblem, AttemptView, Best, CodeView, SessionClaim};
pub use build::{AssessmentDetail, AssessmentSummary, Counts, NewProblem, Owner, Spec};
pub use clock::{CLOCK_KIND, ClockJob};
pub use invite::{InvitationView, Landing, LandingAssessment, Started};
pub use report::{Bucket, CandidateReport, ProblemReport, ReplayView, Report, SubmissionLine};
pub use signals::SignalInput;

/// The editor's fields in a problem's document: the program and its language.
pub const CODE_FIELD: &str = "code";
pub const LANGUAGE_FIELD: &str = "language";
/// Most problems in one assessment, invitations in one request, and in all.
pub const MAX_PROBLEMS: usize = 20;
pub const MAX_INVITES: usize = 500;
pub const MAX_INVITATIONS: usize = 5_000;
/// How far from now an assessment's window may be (five years).
pub const MAX_WINDOW_MS: i64 = 5 * 366 * 24 * 3600 * 1000;
/// Longest assessment (a working day), and most extra time.
pub const MAX_DURATION_MINUTES: i64 = 8 * 60;
pub const MAX_EXTRA_MINUTES: i64 = 8 * 60;
pub const MAX_EXTRA_PERCENT: i64 = 200;

/// The domain of the accounts candidates' work is filed under (they never
/// sign in: the account has no password).
pub const CANDIDATE_DOMAIN: &str = "candidates.codemint.invalid";

/// Why an action was refused; each maps to one HTTP status in `server`.
#[derive(Debug, thiserror::Error)]
pub enum AssessmentError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    Conflict(String),
    /// The link no longer works: `code` says why (`invitation_revoked`,
    /// `invitation_expired`).
    #[error("{message}")]
    Gone { code: &'static str, message: String },
    #[error("{field}: {message}")]
    Invalid { field: String, message: String },
    #[error(transparent)]
    Store(StoreError),
    #[error("document: {0}")]
    Document(String),
}

impl From<StoreError> for AssessmentError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => AssessmentError::Conflict(what),
            other => AssessmentError::Store(other),
        }
    }
}

impl From<collab::CollabError> for AssessmentError {
    fn from(e: collab::CollabError) -> Self {
        AssessmentError::Document(e.to_string())
    }
}

impl AssessmentError {
    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        AssessmentError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub type AssessmentResult<T> = Result<T, AssessmentError>;

/// What assessments need from the server's configuration.
#[derive(Debug, Clone)]
pub struct AssessmentsConfig {
    /// Every language the judge runs.
    pub languages: Vec<String>,
    /// Where links point (`--public-url`).
    pub public_url: String,
    /// Whether invitations and results go out by email (SMTP configured).
    pub email: bool,
    pub job_max_attempts: i64,
    /// Largest program the judge takes: bigger saved code is not autosubmitted.
    pub max_code_bytes: usize,
}

/// The assessments service: cheap to clone, one per process. `collab` reads
/// and freezes candidates' documents (a `codemint worker` has its own, which
/// loads them from the database).
#[derive(Clone)]
pub struct Assessments {
    store: Store,
    bus: Bus,
    collab: Collab,
    config: std::sync::Arc<AssessmentsConfig>,
}

impl Assessments {
    pub fn new(store: Store, bus: Bus, collab: Collab, config: AssessmentsConfig) -> Self {
        Assessments {
            store,
            bus,
            collab,
            config: std::sync::Arc::new(config),
        }
    }

    pub fn config(&self) -> &AssessmentsConfig {
        &self.config
    }

    /// The assessment, or a 404 naming it.
    async fn load(&self, id: &str) -> AssessmentResult<Assessment> {
        match self.store.assessment(id).await {
            Ok(a) => Ok(a),
            Err(StoreError::NotFound) => {
                Err(AssessmentError::NotFound(format!("no assessment {id:?}")))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The assessment if `me` may manage it: its owner (while still an
    /// interviewer), or an admin. Anyone else gets the same 404 as for an
    /// assessment that does not exist.
    pub(crate) async fn owned(&self, me: &User, id: &str) -> AssessmentResult<Assessment> {
        let a = self.load(id).await?;
        let owner_or_admin = a.owner_id == me.id || me.role == store::Role::Admin;
        if me.role.is_staff() && owner_or_admin {
            Ok(a)
        } else {
            Err(AssessmentError::NotFound(format!("no assessment {id:?}")))
        }
    }

    /// One of the assessment's invitations.
    pub(crate) async fn invitation_of(
        &self,
        assessment: &str,
        id: &str,
    ) -> AssessmentResult<Invitation> {
        match self.store.invitation(id).await {
            Ok(i) if i.assessment_id == assessment => Ok(i),
            Ok(_) | Err(StoreError::NotFound) => Err(AssessmentError::NotFound(format!(
                "no invitation {id:?} in this assessment"
            ))),
            Err(e) => Err(e.into()),
        }
    }

    pub(crate) async fn load_attempt(&self, id: &str) -> AssessmentResult<Attempt> {
        match self.store.attempt(id).await {
            Ok(a) => Ok(a),
            Err(StoreError::NotFound) => {
                Err(AssessmentError::NotFound(format!("no attempt {id:?}")))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// The languages an assessment allows.
    pub(crate) fn languages_of(&self, a: &Assessment) -> Vec<String> {
        a.languages
            .clone()
            .unwrap_or_else(|| self.config.languages.clone())
    }
}

/// Extra time in milliseconds: minutes plus a percentage of the duration.
pub fn extra_ms(duration_secs: i64, minutes: i64, percent: i64) -> i64 {
    minutes * 60_000 + duration_secs * 1000 * percent / 100
}

/// When an attempt started at `started_at` must end: its duration plus extra
/// time, and never past the window's close plus the same extra time (a
/// candidate given extra time keeps it even when starting late).
pub fn deadline_of(a: &Assessment, inv: &Invitation, started_at: i64) -> i64 {
    let extra = extra_ms(a.duration_secs, inv.extra_minutes, inv.extra_percent);
    (started_at + a.duration_secs * 1000 + extra).min(a.closes_at + extra)
}

/// An RFC 3339 time in UTC (`2026-12-03T18:00:00Z`) in ms.
pub fn parse_time(text: &str) -> Option<i64> {
    humantime::parse_rfc3339_weak(text.trim())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as i64)
}

/// A problem's document in an attempt: `{attempt id}:{slug}`.
pub fn document_name(attempt: &str, slug: &str) -> String {
    format!("{attempt}:{slug}")
}

/// The attempt and problem a document name points at, if it is an attempt's.
pub fn parse_document(name: &str) -> Option<(&str, &str)> {
    let (attempt, slug) = name.split_once(':')?;
    (!attempt.is_empty() && !slug.is_empty()).then_some((attempt, slug))
}

/// 128 random bits, URL-safe: ids that are also capabilities.
pub(crate) fn random_id() -> String {
    use base64::Engine;
    let bytes: [u8; 16] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// 256 random bits, URL-safe: an invitation link's token.
pub(crate) fn random_token() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A session's public tag: pages compare it with their own claim's, while
/// the session itself (what makes an editor writable) stays with the page
/// that chose it.
pub fn session_tag(session: &str) -> String {
    if session.is_empty() {
        return String::new();
    }
    use sha2::Digest;
    hex::encode(&sha2::Sha256::digest(session.as_bytes())[..8])
}

/// What the database keeps instead of a link's token.
pub fn hash_token(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}
