//! The words and rows of an assessment as they travel: an attempt's state,
//! an invitation's status, integrity signals and their grades, and the row a
//! proctor's dashboard shows for each candidate. The rules (deadlines,
//! grading, scores) live in the `assessments` crate.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

vocabulary!(
    /// Where a candidate's attempt is.
    AttemptState {
        /// The clock runs until the deadline.
        Running = "running",
        /// The candidate finished early.
        Submitted = "submitted",
        /// Time ran out: the last saved code was submitted for them.
        Expired = "expired",
    }
);

vocabulary!(
    /// Where an invitation is.
    InvitationStatus {
        /// Sent; not started.
        Invited = "invited",
        /// The attempt is running.
        Started = "started",
        /// The attempt ended (finished early or at the deadline).
        Submitted = "submitted",
        /// The window closed before the candidate started.
        Expired = "expired",
        /// Taken back by the interviewer: the link no longer works.
        Revoked = "revoked",
    }
);

vocabulary!(
    /// What the candidate's page reports (and what the server notices).
    IntegrityKind {
        /// The page was hidden (another tab or app), for `duration_ms`.
        TabHidden = "tab_hidden",
        /// The window lost focus (for `duration_ms`) while visible.
        WindowBlur = "window_blur",
        /// Text pasted into the editor, `length` characters.
        Paste = "paste",
        /// The candidate left full-screen mode.
        FullscreenExit = "fullscreen_exit",
        /// Another tab or device opened the attempt (the newest wins).
        SecondSession = "second_session",
    }
);

vocabulary!(
    /// How much a signal is worth a proctor's look (see docs/ASSESSMENTS.md).
    Severity {
        Low = "low",
        Medium = "medium",
        High = "high",
    }
);

/// Signals by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SignalCounts {
    pub low: u32,
    pub medium: u32,
    pub high: u32,
}

/// One integrity signal as recorded and graded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IntegritySignal {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub at: i64,
    pub kind: IntegrityKind,
    pub severity: Severity,
    #[ts(type = "number | null")]
    pub duration_ms: Option<i64>,
    #[ts(type = "number | null")]
    pub length: Option<i64>,
}

/// How far a candidate is with one problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ProblemProgress {
    pub slug: String,
    pub points: f64,
    /// points × the share of tests the best submission passed.
    pub score: f64,
    /// The best submission's verdict.
    pub verdict: Option<String>,
    pub submissions: u32,
}

/// One candidate of an assessment, as the proctor's dashboard and the
/// report's table show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CandidateRow {
    /// The invitation's id.
    pub invitation: String,
    pub email: String,
    pub status: InvitationStatus,
    pub attempt: Option<String>,
    #[ts(type = "number | null")]
    pub started_at: Option<i64>,
    #[ts(type = "number | null")]
    pub deadline: Option<i64>,
    /// When the attempt ended (finished early or at the deadline).
    #[ts(type = "number | null")]
    pub submitted_at: Option<i64>,
    #[ts(type = "number")]
    pub extra_minutes: i64,
    #[ts(type = "number")]
    pub extra_percent: i64,
    pub problems: Vec<ProblemProgress>,
    pub total: f64,
    pub signals: SignalCounts,
}
