//! The typed JSON messages of `/ws`. The web app's TypeScript types are
//! generated from these (`typescript()`, checked by a test against
//! `web/src/generated/events.ts`), never written twice.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::assessments::{
    AttemptState, CandidateRow, IntegrityKind, IntegritySignal, InvitationStatus, ProblemProgress,
    Severity, SignalCounts,
};
use crate::vocabulary::{
    Audience, DuelPlayer, DuelProblem, DuelProgress, DuelReason, DuelResult, DuelState, DuelView,
    MemberStatus, Notification, NotificationKind, RoomEventKind, RoomRole, RoomState, SignalKind,
    TimelineEvent,
};

/// One finished test, as progress reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TestProgress {
    pub name: String,
    /// `AC`, `WA`, `TLE`, `MLE`, `RE`, `OLE`, `SE` or `IE`.
    pub verdict: String,
    pub time_ms: u32,
    pub memory_kb: u32,
}

/// The `codemint run --json` fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RunResult {
    /// `ok`, `compile_error`, `runtime_error`, `time_limit`, `wall_time_limit`,
    /// `memory_limit`, `output_limit`, `syscall_denied` or `internal_error`.
    pub status: String,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub time_ms: u32,
    pub wall_ms: u32,
    pub memory_kb: u32,
    pub stdout: String,
    pub stderr: String,
    pub compile_output: String,
}

/// A room member as events show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MemberInfo {
    /// `u:{user id}` or `g:{guest id}`.
    pub member: String,
    pub name: String,
    pub role: RoomRole,
    pub status: MemberStatus,
}

/// Server → client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerEvent {
    /// The connection is authenticated and subscribed.
    Ready {
        #[ts(type = "number")]
        user_id: i64,
    },
    SubmissionQueued {
        #[ts(type = "number")]
        id: i64,
        problem: String,
    },
    SubmissionCompiling {
        #[ts(type = "number")]
        id: i64,
    },
    /// `done` of `total` tests have run; `last` is the one that just finished.
    SubmissionRunning {
        #[ts(type = "number")]
        id: i64,
        done: u32,
        total: u32,
        last: Option<TestProgress>,
    },
    SubmissionFinished {
        #[ts(type = "number")]
        id: i64,
        verdict: String,
        score: f64,
        time_ms: u32,
        memory_kb: u32,
    },
    RunQueued {
        #[ts(type = "number")]
        id: i64,
    },
    RunCompiling {
        #[ts(type = "number")]
        id: i64,
    },
    RunRunning {
        #[ts(type = "number")]
        id: i64,
    },
    RunFinished {
        #[ts(type = "number")]
        id: i64,
        result: RunResult,
    },
    /// This connection now receives the room's events.
    RoomJoined {
        room: String,
        me: MemberInfo,
    },
    ParticipantJoined {
        room: String,
        member: MemberInfo,
    },
    ParticipantLeft {
        room: String,
        member: String,
    },
    /// Someone waits in the lobby (to the room's staff).
    LobbyRequest {
        room: String,
        member: MemberInfo,
    },
    /// A lobby request was decided (to the room's staff and to the member).
    LobbyDecision {
        room: String,
        member: MemberInfo,
        /// Who decided.
        by: String,
    },
    LanguageChanged {
        room: String,
        language: String,
        by: String,
    },
    /// The host chose a problem; its stub is now in the document.
    ProblemChosen {
        room: String,
        slug: String,
        title: String,
        statement: String,
    },
    Chat {
        room: String,
        #[ts(type = "number")]
        id: i64,
        #[ts(type = "number")]
        at: i64,
        from: String,
        name: String,
        text: String,
    },
    /// An integrity signal from the candidate's browser (to staff only);
    /// `chars` for a paste.
    Signal {
        room: String,
        #[ts(type = "number")]
        at: i64,
        from: String,
        name: String,
        kind: SignalKind,
        chars: Option<u32>,
    },
    /// A private interviewer note (to staff only, never to candidates or guests).
    Note {
        room: String,
        #[ts(type = "number")]
        id: i64,
        #[ts(type = "number")]
        at: i64,
        from: String,
        name: String,
        text: String,
    },
    /// A run shared with the room started or finished (`result` when finished).
    RoomRun {
        room: String,
        #[ts(type = "number")]
        run: i64,
        by: String,
        /// `queued` or `finished`.
        state: String,
        result: Option<RunResult>,
    },
    /// The host ended the room: the document is read-only from now on.
    RoomEnded {
        room: String,
    },
    /// The matchmaker paired this account: open the duel (to the account).
    DuelMatched {
        duel: String,
    },
    /// This connection now receives the duel's events; its current state.
    DuelJoined {
        duel: DuelView,
    },
    /// Both players are in: the countdown to `starts_at` runs.
    DuelCountdown {
        duel: DuelView,
    },
    /// The clock started: the problem is out.
    DuelStarted {
        duel: DuelView,
    },
    /// A player's progress or connection changed (counts only, never code).
    DuelProgress {
        duel: String,
        #[ts(type = "number")]
        user_id: i64,
        progress: DuelProgress,
        connected: bool,
    },
    /// The duel ended: the result and, when rated, the new ratings.
    DuelFinished {
        duel: DuelView,
    },
    /// The attempt's deadline moved (time was added): count down to it.
    AttemptClock {
        attempt: String,
        #[ts(type = "number")]
        deadline: i64,
        #[ts(type = "number")]
        server_now: i64,
    },
    /// Another tab or device opened the attempt: only the page whose claim
    /// has this tag may edit now.
    AttemptSession {
        attempt: String,
        session_tag: String,
    },
    /// The attempt ended (finished, or time ran out): editors are read-only.
    AttemptEnded {
        attempt: String,
        state: AttemptState,
    },
    /// This connection now receives the assessment's live events: every
    /// candidate as they are now.
    AssessmentWatching {
        assessment: String,
        candidates: Vec<CandidateRow>,
        #[ts(type = "number")]
        server_now: i64,
    },
    /// A candidate's row changed (started, submitted, time added, ended).
    AssessmentCandidate {
        assessment: String,
        candidate: CandidateRow,
        #[ts(type = "number")]
        server_now: i64,
    },
    /// A candidate's page reported an integrity signal (to proctors only).
    AssessmentSignal {
        assessment: String,
        invitation: String,
        signal: IntegritySignal,
    },
    /// Something for this account's bell (to the account's own topic).
    Notification {
        notification: Notification,
    },
    /// A client message was refused; the connection stays open.
    Error {
        code: String,
        message: String,
    },
    Pong,
}

/// Client → server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientMessage {
    /// Send the submission's current state now (then live events follow).
    WatchSubmission {
        #[ts(type = "number")]
        id: i64,
    },
    WatchRun {
        #[ts(type = "number")]
        id: i64,
    },
    /// Receive a room's events (admitted members; staff also get the
    /// staff-only ones).
    JoinRoom {
        room: String,
    },
    /// Receive a duel's events; a player's open connection also counts as
    /// being present (closing the last one starts the grace period).
    JoinDuel {
        duel: String,
    },
    /// Receive an assessment's live events (its owner and admins).
    WatchAssessment {
        assessment: String,
    },
    Ping,
}

/// The generated TypeScript module.
pub fn typescript() -> String {
    let cfg = ts_rs::Config::default();
    let mut out = String::from(
        "// Generated from crates/bus/src/events.rs and vocabulary.rs (`UPDATE_GENERATED=1 cargo test -p bus`); do not edit.\n\n",
    );
    for decl in [
        RoomRole::decl(&cfg),
        MemberStatus::decl(&cfg),
        RoomState::decl(&cfg),
        RoomEventKind::decl(&cfg),
        Audience::decl(&cfg),
        SignalKind::decl(&cfg),
        TimelineEvent::decl(&cfg),
        NotificationKind::decl(&cfg),
        Notification::decl(&cfg),
        DuelState::decl(&cfg),
        DuelReason::decl(&cfg),
        DuelProgress::decl(&cfg),
        DuelPlayer::decl(&cfg),
        DuelProblem::decl(&cfg),
        DuelResult::decl(&cfg),
        DuelView::decl(&cfg),
        AttemptState::decl(&cfg),
        InvitationStatus::decl(&cfg),
        IntegrityKind::decl(&cfg),
        Severity::decl(&cfg),
        SignalCounts::decl(&cfg),
        IntegritySignal::decl(&cfg),
        ProblemProgress::decl(&cfg),
        CandidateRow::decl(&cfg),
        TestProgress::decl(&cfg),
        RunResult::decl(&cfg),
        MemberInfo::decl(&cfg),
        ServerEvent::decl(&cfg),
        ClientMessage::decl(&cfg),
    ] {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_tagged_snake_case_json() {
        let e = ServerEvent::SubmissionRunning {
            id: 7,
            done: 1,
            total: 3,
            last: None,
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"type":"submission_running","id":7,"done":1,"total":3,"last":null}"#
        );
        let m: ClientMessage = serde_json::from_str(r#"{"type":"watch_run","id":3}"#).unwrap();
        assert_eq!(m, ClientMessage::WatchRun { id: 3 });
    }

    /// The web app's copy must match the Rust types. Regenerate with
    /// `UPDATE_GENERATED=1 cargo test -p bus`.
    #[test]
    fn typescript_types_are_current() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../web/src/generated/events.ts"
        );
        let want = typescript();
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "{path} is stale: run `UPDATE_GENERATED=1 cargo test -p bus` and commit it"
        );
    }
}
