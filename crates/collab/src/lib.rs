//! Shared documents for rooms: the y-websocket protocol on top of `yrs`, live
//! documents in memory with their fan-out, and their durable history.
//!
//! No HTTP here: the server authenticates, upgrades the WebSocket and hands
//! every binary message to [`Connection::handle`]; what comes back is sent to
//! that client, and what other clients must see arrives on the receiver from
//! [`Collab::connect`]. Each live document is one `yrs` `Awareness` (the
//! document and its presence states) behind a mutex; operations on it are short
//! and never await.
//!
//! Persistence (`persist.rs`): every accepted update is queued to a flusher that
//! appends batches to the log every `flush_interval` (so the database sees a
//! few writes per second, not one per keystroke), and compacts a document into
//! a snapshot after `compact_every` updates. A document loads from its snapshot
//! plus the log's tail.

mod cluster;
mod doc;
mod persist;
mod presence;
mod protocol;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use store::Store;
use tokio::sync::{OnceCell, broadcast, mpsc};

pub use doc::{Connection, Frame, LiveDoc};
pub use protocol::ProtocolError;

/// Limits and timings of the collaboration server.
#[derive(Debug, Clone)]
pub struct CollabConfig {
    /// Largest document (its encoded state), in bytes.
    pub max_doc_bytes: usize,
    /// How often queued updates are written to the log.
    pub flush_interval: Duration,
    /// Updates after which a document is compacted into a snapshot.
    pub compact_every: usize,
    /// Presence (cursor) states not refreshed for this long are dropped.
    pub awareness_timeout: Duration,
    /// A document with no connection for this long leaves memory.
    pub unload_after: Duration,
    /// Logged updates older than this are dropped once a snapshot covers them
    /// (`None`: keep the whole history for replay).
    pub log_retention: Option<Duration>,
    /// Frames a connection may fall behind by before it is disconnected.
    pub fanout_capacity: usize,
    /// Connections one document accepts at once.
    pub max_connections: usize,
    /// Of `max_connections`, how many only staff may take (so members who
    /// are not staff can never lock the interviewers out).
    pub reserved_for_staff: usize,
    /// Connections one member may hold to one document.
    pub max_connections_per_member: usize,
    /// Largest presence (awareness) state of one client, in bytes of JSON.
    pub max_presence_state: usize,
    /// All presence states of one member's connections together.
    pub max_presence_per_member: usize,
    /// All presence states of one document together (staff's aside: they
    /// cannot be locked out), in bytes of JSON.
    pub max_presence_total: usize,
}

impl Default for CollabConfig {
    fn default() -> Self {
        CollabConfig {
            max_doc_bytes: 4 << 20,
            flush_interval: Duration::from_millis(50),
            compact_every: 500,
            awareness_timeout: Duration::from_secs(30),
            unload_after: Duration::from_secs(60),
            log_retention: None,
            fanout_capacity: 512,
            max_connections: 64,
            reserved_for_staff: 8,
            max_connections_per_member: 4,
            max_presence_state: 4 << 10,
            max_presence_per_member: 8 << 10,
            max_presence_total: 64 << 10,
        }
    }
}

/// Who connects to a document, as the server authorised them.
#[derive(Debug, Clone)]
pub struct Peer {
    /// The member id (`u:{id}` or `g:{id}`), recorded with every update.
    pub member: String,
    /// Their name: presence states carry this, whatever the client claims.
    pub name: String,
    /// False makes a read-only connection (it syncs and sees presence; its
    /// edits are dropped).
    pub writable: bool,
    /// Host or interviewer: may take the connections kept for staff.
    pub staff: bool,
}

/// The documents of this process; cheap to clone.
#[derive(Clone)]
pub struct Collab {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    config: CollabConfig,
    docs: Mutex<HashMap<String, Arc<OnceCell<Arc<LiveDoc>>>>>,
    persist: mpsc::Sender<persist::Pending>,
    /// Cluster mode: the bus between the nodes' copies of each document.
    bus: Option<bus::Bus>,
    /// Updates per (room, member) that broke a document (see `ywire::apply`).
    strikes: Mutex<HashMap<(String, String), u32>>,
}

/// Updates that broke a document before a member may not connect to it again.
const MAX_STRIKES: u32 = 3;

/// Why a document cannot be opened.
#[derive(Debug, thiserror::Error)]
pub enum CollabError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("stored document {0} is corrupt: {1}")]
    Corrupt(String, String),
    #[error("the document has {0} connections, its limit")]
    Full(usize),
    #[error("you already have {0} connections to this document, the limit")]
    MemberLimit(usize),
    #[error("your updates broke this document {MAX_STRIKES} times; you may not edit it again")]
    Banned,
    #[error(transparent)]
    Refused(#[from] ProtocolError),
}

impl Collab {
    /// Start the collaboration service (and its flusher task) for one node.
    pub fn new(store: Store, config: CollabConfig) -> Collab {
        Collab::start(store, config, None)
    }

    /// Start it as one node of a cluster: live documents are kept in step
    /// with the other nodes' copies over `bus` (see `cluster.rs`).
    pub fn clustered(store: Store, config: CollabConfig, bus: bus::Bus) -> Collab {
        Collab::start(store, config, Some(bus))
    }

    fn start(store: Store, config: CollabConfig, bus: Option<bus::Bus>) -> Collab {
        let (tx, rx) = mpsc::channel(8192);
        let reconnects = bus.as_ref().and_then(bus::Bus::reconnects);
        let collab = Collab {
            inner: Arc::new(Inner {
                store: store.clone(),
                config: config.clone(),
                docs: Mutex::default(),
                persist: tx,
                bus,
                strikes: Mutex::default(),
            }),
        };
        tokio::spawn(persist::flusher(store, config, rx, collab.clone()));
        tokio::spawn(doc::sweeper(collab.clone()));
        if let Some(mut reconnects) = reconnects {
            let collab = collab.clone();
            tokio::spawn(async move {
                loop {
                    match reconnects.recv().await {
                        Ok(()) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                        Err(broadcast::error::RecvError::Closed) => return,
                    }
                    // What crossed the bus while it was away is lost in
                    // transit: merge the log and re-announce our own state.
                    for doc in collab.all_loaded() {
                        cluster::catch_up(&doc, &collab.inner.store).await;
                        doc.request_sync();
                        doc.announce();
                    }
                }
            });
        }
        collab
    }

    pub fn config(&self) -> &CollabConfig {
        &self.inner.config
    }

    /// Open `room`'s document (loading it if needed) and connect `peer` to
    /// it, within the connection limits: the document's, the part of it kept
    /// for staff, and the member's own.
    pub async fn connect(
        &self,
        room: &str,
        peer: Peer,
    ) -> Result<(Connection, broadcast::Receiver<Frame>), CollabError> {
        self.attach(room, peer, true).await
    }

    /// The server's own connection (choosing a problem, reading the code):
    /// not counted against anyone's limits.
    async fn attach_system(
        &self,
        room: &str,
        author: &str,
        writable: bool,
    ) -> Result<Connection, CollabError> {
        let peer = Peer {
            member: author.to_string(),
            name: String::new(),
            writable,
            staff: true,
        };
        Ok(self.attach(room, peer, false).await?.0)
    }

    async fn attach(
        &self,
        room: &str,
        peer: Peer,
        limited: bool,
    ) -> Result<(Connection, broadcast::Receiver<Frame>), CollabError> {
        loop {
            let cell = {
                let mut docs = self.inner.docs.lock().unwrap();
                docs.entry(room.to_string()).or_default().clone()
            };
            let doc = cell
                .get_or_try_init(|| {
                    LiveDoc::load(
                        &self.inner.store,
                        room,
                        &self.inner.config,
                        self.inner.bus.as_ref(),
                    )
                })
                .await?
                .clone();
            // Register under the map's lock, so an unload cannot slip in
            // between finding the document and connecting to it.
            let docs = self.inner.docs.lock().unwrap();
            let still_current = docs
                .get(room)
                .and_then(|c| c.get())
                .is_some_and(|d| Arc::ptr_eq(d, &doc));
            if still_current {
                if limited {
                    if self.strikes(room, &peer.member) >= MAX_STRIKES {
                        return Err(CollabError::Banned);
                    }
                    let config = &self.inner.config;
                    let max = config.max_connections;
                    let for_all = max.saturating_sub(config.reserved_for_staff);
                    let open = doc.connections();
                    if open >= max || (!peer.staff && open >= for_all) {
                        return Err(CollabError::Full(max));
                    }
                    let per_member = config.max_connections_per_member;
                    if doc.connections_of(&peer.member) >= per_member {
                        return Err(CollabError::MemberLimit(per_member));
                    }
                }
                return Ok(doc.connect(peer, self.clone()));
            }
        }
    }

    /// A text field of `room`'s document as it is now.
    pub async fn text(&self, room: &str, field: &str) -> Result<String, CollabError> {
        let conn = self.attach_system(room, "system", false).await?;
        Ok(conn.doc().text(field))
    }

    /// Replace a text field of `room`'s document, as `author`.
    pub async fn set_text(
        &self,
        room: &str,
        field: &str,
        content: &str,
        author: &str,
    ) -> Result<(), CollabError> {
        let mut conn = self.attach_system(room, author, true).await?;
        Ok(conn.replace_text(field, content).await?)
    }

    /// A text field of `room`'s document as it was at `at` (ms): its logged
    /// updates up to then, replayed. What was typed later, even a moment
    /// later, is not in it. Flushes this node's pending updates first. (With
    /// a `log_retention`, the log's start is in a snapshot, which may hold
    /// later edits too.)
    pub async fn text_at(&self, room: &str, field: &str, at: i64) -> Result<String, CollabError> {
        use yrs::updates::decoder::Decode;
        use yrs::{GetString, Transact, Update};
        self.flush().await;
        let store = &self.inner.store;
        let (snapshot, log) = match self.inner.config.log_retention {
            Some(_) => {
                let d = store.load_doc(room).await?;
                (d.snapshot, d.tail)
            }
            None => (None, store.doc_updates_after(room, 0).await?),
        };
        let corrupt = |e: String| CollabError::Corrupt(room.to_string(), e);
        let doc = yrs::Doc::new();
        {
            let mut txn = doc.transact_mut();
            let updates = log.iter().filter(|u| u.at <= at).map(|u| &u.data);
            for data in snapshot.iter().chain(updates) {
                let update = Update::decode_v1(data).map_err(|e| corrupt(e.to_string()))?;
                txn.apply_update(update)
                    .map_err(|e| corrupt(e.to_string()))?;
            }
        }
        let text = doc.get_or_insert_text(field);
        Ok(text.get_string(&doc.transact()))
    }

    /// The live document of `room`, if it is in memory.
    pub fn loaded(&self, room: &str) -> Option<Arc<LiveDoc>> {
        let docs = self.inner.docs.lock().unwrap();
        docs.get(room).and_then(|c| c.get()).cloned()
    }

    /// Documents in memory now.
    pub fn loaded_count(&self) -> usize {
        let docs = self.inner.docs.lock().unwrap();
        docs.values().filter(|c| c.get().is_some()).count()
    }

    /// Make a room's document read-only for everyone (the room ended), on
    /// every node: the ones holding it may not include this one.
    pub fn freeze(&self, room: &str) {
        match (self.loaded(room), &self.inner.bus) {
            (Some(doc), _) => doc.freeze(),
            (None, Some(bus)) => {
                cluster::send(bus, &bus::doc_topic(room), cluster::Kind::Freeze, &[]);
            }
            (None, None) => {}
        }
    }

    fn strikes(&self, room: &str, member: &str) -> u32 {
        let strikes = self.inner.strikes.lock().unwrap();
        strikes
            .get(&(room.to_string(), member.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// `member` sent an update that broke `room`'s document.
    pub(crate) fn strike(&self, room: &str, member: &str) {
        let mut strikes = self.inner.strikes.lock().unwrap();
        *strikes
            .entry((room.to_string(), member.to_string()))
            .or_default() += 1;
    }

    /// Take an abandoned document out of the map (if it is still the one
    /// there), so the next connection loads the room again.
    pub(crate) fn forget(&self, doc: &Arc<LiveDoc>) {
        let mut docs = self.inner.docs.lock().unwrap();
        let current = docs
            .get(doc.room())
            .and_then(|c| c.get())
            .is_some_and(|d| Arc::ptr_eq(d, doc));
        if current {
            docs.remove(doc.room());
            metrics::gauge!("codemint_documents_loaded").decrement(1.0);
        }
    }

    pub(crate) fn is_clustered(&self) -> bool {
        self.inner.bus.is_some()
    }

    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Before the process exits: write what is queued and, in cluster mode,
    /// whatever only this node's copies hold (see `cluster::persist_missing`).
    pub async fn shutdown(&self) {
        self.flush().await;
        if self.is_clustered() {
            for doc in self.all_loaded() {
                cluster::persist_missing(&doc, &self.inner.store).await;
            }
        }
    }

    /// Drop a document from memory if nobody is connected (called after
    /// `unload_after` of idleness, and after its updates were flushed).
    fn unload_if_idle(&self, room: &str) {
        let mut docs = self.inner.docs.lock().unwrap();
        let idle = docs
            .get(room)
            .and_then(|c| c.get())
            .is_some_and(|d| d.connections() == 0);
        if idle {
            docs.remove(room);
            metrics::gauge!("codemint_documents_loaded").decrement(1.0);
            tracing::debug!(room, "document unloaded");
        }
    }

    fn all_loaded(&self) -> Vec<Arc<LiveDoc>> {
        let docs = self.inner.docs.lock().unwrap();
        docs.values().filter_map(|c| c.get().cloned()).collect()
    }

    /// Wait until every update accepted so far is in the database.
    pub async fn flush(&self) {
        let (tx, rx) = tokio::sync::oneshot::channel();
        if self
            .inner
            .persist
            .send(persist::Pending::Flush(tx))
            .await
            .is_ok()
        {
            let _ = rx.await;
        }
    }
}
