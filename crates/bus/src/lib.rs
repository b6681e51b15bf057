//! Events and their fan-out. Producers (judge workers, room handlers) publish a
//! typed [`ServerEvent`] to a topic; every `/ws` connection subscribed to that
//! topic receives it. The in-process transport serves `codemint serve` alone; a
//! Redis transport (cluster mode) plugs in behind the same [`Bus`].
//!
//! Delivery is best effort: a subscriber that lags loses old events, never
//! memory. Anything a client must not miss is also readable through the REST
//! API (a submission's verdict, a run's result).

mod counter;
mod events;
mod memory;
mod redis;
#[macro_use]
mod vocabulary;
mod assessments;

use std::sync::Arc;

use tokio::sync::broadcast;

pub use assessments::{
    AttemptState, CandidateRow, IntegrityKind, IntegritySignal, InvitationStatus, ProblemProgress,
    Severity, SignalCounts,
};
pub use counter::Counter;
pub use events::{ClientMessage, MemberInfo, RunResult, ServerEvent, TestProgress, typescript};
pub use redis::{RedisBusError, RedisTransport};
pub use vocabulary::{
    Audience, DuelPlayer, DuelProblem, DuelProgress, DuelReason, DuelResult, DuelState, DuelView,
    MemberStatus, Notification, NotificationKind, RoomEventKind, RoomRole, RoomState, SignalKind,
    TimelineEvent,
};

/// What a transport does: carry serialized events between publishers and
/// subscribers, possibly across processes.
pub trait Transport: Send + Sync + 'static {
    fn publish(&self, topic: &str, payload: Arc<str>);
    fn subscribe(&self, topic: &str) -> broadcast::Receiver<Arc<str>>;
    /// Whether events reach the other nodes right now (readiness).
    fn healthy(&self) -> bool {
        true
    }
    /// This process's id on the bus (unique per start).
    fn node(&self) -> &str {
        "local"
    }
    /// Fires when the link to the other nodes came back after an outage;
    /// `None` for transports that cannot lose it.
    fn reconnects(&self) -> Option<broadcast::Receiver<()>> {
        None
    }
}

/// The bus handle; cheap to clone.
#[derive(Clone)]
pub struct Bus {
    transport: Arc<dyn Transport>,
    /// Cluster mode: counters every node shares (rate limits).
    counter: Option<Arc<Counter>>,
}

impl Bus {
    /// Fan-out inside this process only (the embedded default).
    pub fn in_process() -> Bus {
        Bus {
            transport: Arc::new(memory::Memory::default()),
            counter: None,
        }
    }

    pub fn with_transport(transport: Arc<dyn Transport>) -> Bus {
        Bus {
            transport,
            counter: None,
        }
    }

    /// Counters shared by every node (cluster mode only).
    pub fn counter(&self) -> Option<Arc<Counter>> {
        self.counter.clone()
    }

    pub fn publish(&self, topic: &str, event: &ServerEvent) {
        match serde_json::to_string(event) {
            Ok(json) => self.transport.publish(topic, json.into()),
            Err(e) => tracing::error!(error = %e, "cannot serialize event"),
        }
    }

    /// Serialized events on `topic` from now on.
    pub fn subscribe(&self, topic: &str) -> broadcast::Receiver<Arc<str>> {
        self.transport.subscribe(topic)
    }

    /// Publish an already serialized payload (document frames).
    pub fn publish_raw(&self, topic: &str, payload: Arc<str>) {
        self.transport.publish(topic, payload);
    }

    pub fn healthy(&self) -> bool {
        self.transport.healthy()
    }

    pub fn node(&self) -> &str {
        self.transport.node()
    }

    pub fn reconnects(&self) -> Option<broadcast::Receiver<()>> {
        self.transport.reconnects()
    }

    /// Fan-out across nodes through Redis (cluster mode). `cluster` names the
    /// deployment (every node and worker of it passes the same).
    pub async fn redis(url: &str, cluster: &str) -> Result<Bus, RedisBusError> {
        let (transport, counter) = RedisTransport::connect(url, cluster).await?;
        Ok(Bus {
            transport,
            counter: Some(Arc::new(counter)),
        })
    }
}

/// The topic of a room's document frames (updates and awareness) between nodes.
pub fn doc_topic(room: &str) -> String {
    format!("doc:{room}")
}

/// The topic of everything addressed to one user (their runs and submissions,
/// lobby decisions about them).
pub fn user_topic(user_id: i64) -> String {
    member_topic(&format!("u:{user_id}"))
}

/// The topic of one room member (`u:{user id}` or `g:{guest id}`).
pub fn member_topic(member: &str) -> String {
    format!("member:{member}")
}

/// Events every admitted member of a room sees.
pub fn room_topic(room: &str) -> String {
    format!("room:{room}")
}

/// A duel's events: state changes and progress counts, nothing a player
/// would hide from the other (anyone signed in may watch).
pub fn duel_topic(duel: &str) -> String {
    format!("duel:{duel}")
}

/// An assessment's events for its proctors: candidates' rows and signals.
pub fn assessment_topic(assessment: &str) -> String {
    format!("assessment:{assessment}")
}

/// One attempt's events for the candidate: the clock, sessions, the end.
pub fn attempt_topic(attempt: &str) -> String {
    format!("attempt:{attempt}")
}

/// Events only the room's host and interviewers see (notes, integrity
/// signals, lobby requests).
pub fn room_staff_topic(room: &str) -> String {
    format!("room:{room}:staff")
}
