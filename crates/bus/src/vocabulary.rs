//! The words of a room (and a duel) as they travel: roles, lobby statuses, room states,
//! timeline event kinds and audiences, integrity signals. They are enums so
//! that Rust and the web app (through the generated TypeScript unions) cannot
//! misspell them; the database keeps their `snake_case` names as text.
//! The rules about them live in the `rooms` crate.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A closed set of `snake_case` words, with the conversions the store needs.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every word, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word as stored and sent.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            /// The variant for a stored word.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// A member's part in a room.
    RoomRole {
        /// Created the room: everything an interviewer may, and ends it.
        Host = "host",
        /// Admits from the lobby, chooses the problem, sees notes and signals.
        Interviewer = "interviewer",
        /// Edits, runs and submits; the one integrity signals are about.
        Candidate = "candidate",
        /// Watches read-only.
        Observer = "observer",
    }
);

impl RoomRole {
    /// Host and interviewers: they admit, see notes and signals, choose the problem.
    pub fn is_staff(self) -> bool {
        matches!(self, RoomRole::Host | RoomRole::Interviewer)
    }
}

vocabulary!(
    /// Where someone who asked to join stands.
    MemberStatus {
        Pending = "pending",
        Admitted = "admitted",
        Rejected = "rejected",
    }
);

vocabulary!(
    /// Whether a room still takes edits.
    RoomState {
        Open = "open",
        Ended = "ended",
    }
);

vocabulary!(
    /// What a timeline entry records.
    RoomEventKind {
        /// Someone was admitted or rejected (staff only).
        LobbyDecision = "lobby_decision",
        Language = "language",
        Problem = "problem",
        Chat = "chat",
        /// A private interviewer note (staff only).
        Note = "note",
        /// An integrity signal from a candidate (staff only).
        Signal = "signal",
        /// Someone was invited by email (staff only).
        Invite = "invite",
        RunStarted = "run_started",
        RunFinished = "run_finished",
        Submission = "submission",
        SubmissionFinished = "submission_finished",
        /// The host (or an admin) ended the room.
        Ended = "ended",
        /// Nobody used the room for a while: it ended itself.
        Expired = "expired",
    }
);

vocabulary!(
    /// Who may read a timeline entry.
    Audience {
        /// Every admitted member.
        All = "all",
        /// The host and interviewers only: never candidates, observers or guests.
        Staff = "staff",
    }
);

vocabulary!(
    /// An integrity signal a candidate's browser reports.
    SignalKind {
        TabHidden = "tab_hidden",
        TabVisible = "tab_visible",
        WindowBlur = "window_blur",
        WindowFocus = "window_focus",
        /// With the number of characters pasted.
        Paste = "paste",
        FullscreenExit = "fullscreen_exit",
    }
);

vocabulary!(
    /// What an in-app notification is about.
    NotificationKind {
        Welcome = "welcome",
        /// The password was changed through a reset link.
        PasswordChanged = "password_changed",
        /// An interviewer invited the account's address to a room.
        RoomInvite = "room_invite",
    }
);

/// An in-app notification, as the API and the `notification` event show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Notification {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    /// A path of the web app to go to from it.
    pub link: Option<String>,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number | null")]
    pub read_at: Option<i64>,
}

/// One entry of a room's timeline, as the API returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineEvent {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub at: i64,
    /// The member who acted (`u:…`, `g:…`), or `system`.
    pub actor: String,
    pub kind: RoomEventKind,
    pub audience: Audience,
    /// What happened; its fields depend on `kind`.
    #[ts(type = "Record<string, unknown>")]
    pub data: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_as_serde_names() {
        for r in RoomRole::ALL {
            assert_eq!(RoomRole::parse(r.as_str()), Some(*r));
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
        }
        for k in RoomEventKind::ALL {
            assert_eq!(RoomEventKind::parse(k.as_str()), Some(*k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
        for s in SignalKind::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        assert_eq!(MemberStatus::parse("maybe"), None);
        assert!(RoomRole::Host.is_staff() && !RoomRole::Observer.is_staff());
    }
}

vocabulary!(
    /// Where a duel is in its life.
    DuelState {
        /// A challenge whose link nobody has opened yet.
        Waiting = "waiting",
        /// Both players are in; the clock starts at `starts_at`.
        Countdown = "countdown",
        /// The problem is out and the clock runs until `ends_at`.
        Running = "running",
        /// Decided (a winner or a draw), and rated.
        Finished = "finished",
        /// Nobody played it out: no rating changes.
        Abandoned = "abandoned",
    }
);

vocabulary!(
    /// How a duel ended.
    DuelReason {
        /// The winner's solution was accepted first.
        Solved = "solved",
        /// Time ran out; the winner passed more tests (or got there first).
        Score = "score",
        /// Time ran out with nothing to tell the players apart.
        Draw = "draw",
        /// The loser gave up, or stayed away past the grace period.
        Forfeit = "forfeit",
        /// Both players left (or the challenge was withdrawn).
        Abandoned = "abandoned",
    }
);

/// A player's progress as the opponent may see it: counts, never code,
/// output or test data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuelProgress {
    /// Tests passed by the best submission so far.
    pub passed: u32,
    pub total: u32,
    /// Submissions made.
    pub attempts: u32,
}

/// One player of a duel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuelPlayer {
    #[ts(type = "number")]
    pub user_id: i64,
    pub name: String,
    pub rating_before: Option<f64>,
    pub rating_after: Option<f64>,
    pub progress: DuelProgress,
    pub connected: bool,
}

/// The problem of a running or ended duel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuelProblem {
    pub slug: String,
    pub title: String,
    pub difficulty: String,
}

/// How a duel ended.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct DuelResult {
    #[ts(type = "number | null")]
    pub winner_user_id: Option<i64>,
    pub reason: DuelReason,
}

/// A duel as anyone may see it (the REST answer and the events' payload).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DuelView {
    pub id: String,
    pub url: String,
    pub state: DuelState,
    pub difficulty: Option<String>,
    /// The language the editors start in (each player may change theirs).
    pub language: String,
    pub duration_secs: u32,
    /// From `running` on.
    pub problem: Option<DuelProblem>,
    #[ts(type = "number | null")]
    pub starts_at: Option<i64>,
    #[ts(type = "number | null")]
    pub ends_at: Option<i64>,
    /// The server's clock when this was made: screens count down from it.
    #[ts(type = "number")]
    pub server_now: i64,
    pub players: Vec<DuelPlayer>,
    pub result: Option<DuelResult>,
}
