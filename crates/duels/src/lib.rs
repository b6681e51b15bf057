//! Duels: two players, one problem, a clock the server owns. They start from
//! a challenge link or the rated matchmaking queue (`start.rs`, pairing in
//! `matching.rs`), count down and run on durable scheduled jobs (`clock.rs`),
//! take submissions judged by the normal queue and show each other only
//! counts (`play.rs`), end with a winner, a draw, a forfeit or nobody
//! (`decide.rs` over the submissions; `finish.rs` rates the players with
//! Glicko-2, `rating.rs`, in the same transaction), and are read back as a
//! view, a result and a replay of both editors (`view.rs`, `history.rs`).
//!
//! Same conventions as `rooms`: every action checks the caller, changes rows
//! in one [`store::Write`], commits, and only then publishes.

mod clock;
pub mod decide;
mod finish;
mod history;
pub mod matching;
mod play;
pub mod rating;
mod start;
mod view;

use bus::Bus;
use collab::Collab;
use store::{Store, StoreError};

pub use bus::{DuelReason, DuelState, DuelView};
pub use clock::{CLOCK_KIND, ClockJob};
pub use history::{DuelResultView, HistoryItem, PlayerResult, Replay, ReplayDoc, ResultSubmission};
pub use play::submission_finished;
pub use start::{Challenge, QueueStatus};

/// The editor's field in a player's document.
pub const CODE_FIELD: &str = "code";
/// Longest and shortest duel, in seconds.
pub const MAX_DURATION_SECS: i64 = 3 * 3600;
pub const MIN_DURATION_SECS: i64 = 60;
/// A duel's length when the challenge does not say.
pub const DEFAULT_DURATION_SECS: i64 = 15 * 60;

/// Why an action was refused; each maps to one HTTP status in `server`.
#[derive(Debug, thiserror::Error)]
pub enum DuelError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Forbidden(String),
    /// Not in this state (the message names it).
    #[error("{0}")]
    Conflict(String),
    #[error("{field}: {message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error(transparent)]
    Store(StoreError),
    #[error("document: {0}")]
    Document(String),
}

impl From<StoreError> for DuelError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => DuelError::Conflict(what),
            other => DuelError::Store(other),
        }
    }
}

impl DuelError {
    fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        DuelError::Invalid {
            field,
            message: message.into(),
        }
    }

    fn state(state: &str, action: &str) -> Self {
        DuelError::Conflict(format!("the duel is {state}: cannot {action}"))
    }
}

pub type DuelResult<T> = Result<T, DuelError>;

/// What duels allow, from the server's configuration.
#[derive(Debug, Clone)]
pub struct DuelsConfig {
    pub languages: Vec<String>,
    /// Where links point (`--public-url`).
    pub public_url: String,
    /// From both players in to the clock starting.
    pub countdown_ms: i64,
    /// How long a player may be away while the other stays.
    pub grace_ms: i64,
    pub job_max_attempts: i64,
    /// The shortest duel a challenge may ask for (tests shorten it).
    pub min_duration_secs: i64,
}

impl DuelsConfig {
    pub fn new(languages: Vec<String>, public_url: String) -> Self {
        DuelsConfig {
            languages,
            public_url,
            countdown_ms: 5_000,
            grace_ms: 60_000,
            job_max_attempts: 5,
            min_duration_secs: MIN_DURATION_SECS,
        }
    }
}

/// The duels service: cheap to clone, one per process. `collab` freezes the
/// players' editors when a duel ends (on a `codemint worker`, which holds
/// no documents, that is a freeze frame to the nodes over the bus).
#[derive(Clone)]
pub struct Duels {
    store: Store,
    bus: Bus,
    collab: Option<Collab>,
    config: std::sync::Arc<DuelsConfig>,
}

impl Duels {
    pub fn new(store: Store, bus: Bus, collab: Option<Collab>, config: DuelsConfig) -> Self {
        Duels {
            store,
            bus,
            collab,
            config: std::sync::Arc::new(config),
        }
    }

    pub fn config(&self) -> &DuelsConfig {
        &self.config
    }

    fn check_language(&self, language: &str) -> DuelResult<()> {
        if self.config.languages.iter().any(|l| l == language) {
            Ok(())
        } else {
            Err(DuelError::invalid(
                "language",
                format!(
                    "unknown language {language:?}; one of: {}",
                    self.config.languages.join(", ")
                ),
            ))
        }
    }

    /// The duel, or a 404 naming it.
    async fn load(&self, id: &str) -> DuelResult<store::duels::Duel> {
        match self.store.duel(id).await {
            Ok(d) => Ok(d),
            Err(StoreError::NotFound) => Err(DuelError::NotFound(format!("no duel {id:?}"))),
            Err(e) => Err(e.into()),
        }
    }
}

/// A player's document: `{duel id}.{seat}`.
pub fn document_name(duel: &str, seat: i64) -> String {
    format!("{duel}.{seat}")
}

/// The duel and seat a document name points at, if it is a duel's.
pub fn parse_document(name: &str) -> Option<(&str, i64)> {
    let (duel, seat) = name.rsplit_once('.')?;
    match seat {
        "0" => Some((duel, 0)),
        "1" => Some((duel, 1)),
        _ => None,
    }
}

/// The difficulties a duel may ask for.
pub const DIFFICULTIES: [&str; 3] = ["easy", "medium", "hard"];

fn check_difficulty(d: Option<&str>) -> DuelResult<Option<String>> {
    match d {
        None => Ok(None),
        Some(d) if DIFFICULTIES.contains(&d) => Ok(Some(d.to_string())),
        Some(d) => Err(DuelError::invalid(
            "difficulty",
            format!("unknown difficulty {d:?}; one of: easy, medium, hard"),
        )),
    }
}
