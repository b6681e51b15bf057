//! What a room is: who may enter (membership and the lobby), the roles of
//! host, interviewer, candidate and observer, its state, and what its members
//! do in it — chat, private notes, integrity signals, shared runs and
//! submissions, the problem and language, ending and expiry — with its
//! timeline for replay.
//!
//! Every action is checked against the caller's membership first. An action
//! that changes the room writes the change and its timeline event in one
//! transaction ([`store::Write`]), and publishes on the bus only after the
//! commit: a failure between the two can no longer drop a replay event, and
//! nobody hears of a change that did not happen.
//!
//! This crate uses `store`, `bus`, `collab` and `problem`, never axum, the
//! judge or the sandbox; `server` (HTTP) and `jobs` (results) call it.

mod control;
mod history;
mod lobby;
mod model;
mod shared;
mod talk;

use bus::Bus;
use collab::Collab;
use store::{Store, StoreError};

pub use bus::{
    Audience, MemberStatus, RoomEventKind, RoomRole, RoomState, SignalKind, TimelineEvent,
};
pub use history::{DocUpdate, Timeline};
pub use lobby::Invite;
pub use model::{Caller, Member, Room};
pub use shared::{JobOptions, Prepared, announce_run, run_finished, submission_finished};
pub use talk::Posted;

/// The document field the editor binds to.
pub const CODE_FIELD: &str = "code";
/// Chat messages and notes, in characters.
pub const MAX_TEXT: usize = 4000;
/// A guest's name, in characters.
pub const MAX_NAME: usize = 60;
/// A room's title, in characters.
pub const MAX_TITLE: usize = 120;

/// Why an action was refused. Each maps to one HTTP status in `server`.
#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    /// No such room, member or problem — or one the caller may not know of.
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Forbidden(String),
    /// The room's state does not allow it (ended, full, already decided).
    #[error("{0}")]
    Conflict(String),
    /// A field of the request, in plain words.
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error(transparent)]
    Store(StoreError),
    /// The shared document could not be read or changed.
    #[error("document: {0}")]
    Document(String),
}

impl From<StoreError> for RoomError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => RoomError::Conflict(what),
            other => RoomError::Store(other),
        }
    }
}

impl RoomError {
    fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        RoomError::Invalid {
            field,
            message: message.into(),
        }
    }
}

pub type RoomResult<T> = Result<T, RoomError>;

/// What rooms allow, from the server's configuration.
#[derive(Debug, Clone)]
pub struct RoomsConfig {
    /// Languages a room may be set to.
    pub languages: Vec<String>,
    /// Members who were not rejected, at most.
    pub max_members: i64,
    /// Where links point (`--public-url`).
    pub public_url: String,
    /// Whether invites are emailed (`--smtp-url` is set).
    pub email: bool,
    /// Attempts of an invite's email job.
    pub job_max_attempts: i64,
}

/// The rooms service: cheap to clone, one per process.
#[derive(Clone)]
pub struct Rooms {
    store: Store,
    bus: Bus,
    collab: Collab,
    config: std::sync::Arc<RoomsConfig>,
}

impl Rooms {
    pub fn new(store: Store, bus: Bus, collab: Collab, config: RoomsConfig) -> Self {
        Rooms {
            store,
            bus,
            collab,
            config: std::sync::Arc::new(config),
        }
    }

    fn check_language(&self, language: &str) -> RoomResult<()> {
        if self.config.languages.iter().any(|l| l == language) {
            Ok(())
        } else {
            Err(RoomError::invalid(
                "language",
                format!("unknown language {language:?}"),
            ))
        }
    }
}

/// Names and titles are one line; chat and notes may have several. Trimmed.
fn text_field(field: &'static str, text: &str, max: usize, multiline: bool) -> RoomResult<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(RoomError::invalid(field, "is empty"));
    }
    if t.chars().count() > max {
        return Err(RoomError::invalid(
            field,
            format!("is longer than {max} characters"),
        ));
    }
    if t.chars().any(|c| problem::text::is_forbidden(c, multiline)) {
        return Err(RoomError::invalid(field, problem::text::FORBIDDEN));
    }
    Ok(t.to_string())
}
