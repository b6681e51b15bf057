//! One live document, its connections and its fan-out.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use store::Store;
use store::documents::NewUpdate;
use tokio::sync::broadcast;
use yrs::block::ClientID;
use yrs::sync::awareness::AwarenessUpdateEntry;
use yrs::sync::{Awareness, AwarenessUpdate, Message};
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, StateVector, Transact, TransactionMut, Update};

use crate::cluster::{self, Kind, Link};
use crate::persist::Pending;
use crate::presence;
use crate::protocol::{self, Incoming, ProtocolError};
use crate::{Collab, CollabConfig, CollabError, Peer};
use ywire::ApplyError;

/// One encoded y-websocket message for every connection but `origin`. An
/// empty one means the document was abandoned: connections close, and their
/// clients reconnect to a copy loaded afresh.
#[derive(Debug, Clone)]
pub struct Frame {
    pub origin: u64,
    pub bytes: Arc<[u8]>,
}

static NEXT_CONNECTION: AtomicU64 = AtomicU64::new(1);

pub struct LiveDoc {
    room: String,
    state: Mutex<State>,
    fanout: broadcast::Sender<Frame>,
    connections: AtomicUsize,
    /// Open connections per member id.
    members: Mutex<HashMap<String, usize>>,
    frozen: AtomicBool,
    idle_since: Mutex<Option<Instant>>,
    /// Cluster mode: the other nodes' copies, and the task applying theirs.
    link: Option<Link>,
    relay: Mutex<Option<tokio::task::AbortHandle>>,
}

impl Drop for LiveDoc {
    fn drop(&mut self) {
        if let Some(relay) = self.relay.lock().unwrap().take() {
            relay.abort();
        }
    }
}

struct State {
    awareness: Awareness,
    /// Encoded size, an upper bound: the loaded state plus every update
    /// since; measured again when it reaches the limit.
    size: usize,
    /// What the last transaction changed (filled by the update observer).
    changes: Arc<Mutex<Vec<Vec<u8>>>>,
    /// Which connection (and member) introduced each presence client id.
    owners: HashMap<ClientID, (u64, Arc<str>)>,
}

impl State {
    fn new(doc: Doc, size: usize) -> Result<State, String> {
        let changes: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
        let sink = changes.clone();
        doc.observe_update_v1("changes", move |_: &TransactionMut, e| {
            sink.lock().unwrap().push(e.update.clone())
        })
        .map_err(|e| e.to_string())?;
        Ok(State {
            awareness: Awareness::new(doc),
            size,
            changes,
            owners: HashMap::new(),
        })
    }

    /// After yrs panicked integrating an update (see `ywire::apply`): carry
    /// on with an empty document, leaving the broken one behind untouched
    /// (its store stays borrowed by the abandoned transaction, so even
    /// dropping it is not safe). The room reloads from its log.
    fn abandon(&mut self) {
        let fresh = State::new(Doc::new(), 0).expect("observing a new document");
        std::mem::forget(std::mem::replace(self, fresh));
    }

    /// Remove presence states; the update that tells the others.
    fn remove_presence(&mut self, ids: &[ClientID]) -> Option<AwarenessUpdate> {
        for id in ids {
            self.awareness.remove_state(*id);
        }
        self.awareness.update_with_clients(ids.iter().copied()).ok()
    }

    /// The document's encoded size now (what a snapshot of it would take).
    fn encoded_len(&self) -> usize {
        self.awareness
            .doc()
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
            .len()
    }

    fn take_changes(&mut self) -> Vec<Vec<u8>> {
        let changes: Vec<Vec<u8>> = std::mem::take(&mut *self.changes.lock().unwrap());
        self.size += changes.iter().map(Vec::len).sum::<usize>();
        changes
    }
}

impl LiveDoc {
    pub(crate) async fn load(
        store: &Store,
        room: &str,
        config: &CollabConfig,
        bus: Option<&bus::Bus>,
    ) -> Result<Arc<LiveDoc>, CollabError> {
        // Subscribe before reading the log: whatever another node sends in
        // between arrives on the subscription (merging it twice is harmless).
        let link = bus.map(|bus| Link {
            bus: bus.clone(),
            topic: bus::doc_topic(room),
        });
        let frames = link.as_ref().map(|l| l.bus.subscribe(&l.topic));
        let stored = store.load_doc(room).await?;
        let doc = Doc::new();
        let corrupt = |e: String| CollabError::Corrupt(room.to_string(), e);
        let mut size = 0;
        {
            let mut txn = doc.transact_mut();
            for data in stored
                .snapshot
                .iter()
                .chain(stored.tail.iter().map(|u| &u.data))
            {
                size += data.len();
                let update = Update::decode_v1(data).map_err(|e| corrupt(e.to_string()))?;
                txn.apply_update(update)
                    .map_err(|e| corrupt(e.to_string()))?;
            }
        }
        let state = State::new(doc, size).map_err(corrupt)?;
        metrics::gauge!("codemint_documents_loaded").increment(1.0);
        tracing::debug!(room, updates = stored.tail.len(), "document loaded");
        let live = Arc::new(LiveDoc {
            room: room.to_string(),
            state: Mutex::new(state),
            fanout: broadcast::channel(config.fanout_capacity).0,
            connections: AtomicUsize::new(0),
            members: Mutex::default(),
            frozen: AtomicBool::new(false),
            idle_since: Mutex::new(None),
            link,
            relay: Mutex::new(None),
        });
        if let (Some(frames), Some(bus)) = (frames, bus) {
            let task = tokio::spawn(cluster::relay(
                Arc::downgrade(&live),
                frames,
                bus.node().to_string(),
                store.clone(),
            ));
            *live.relay.lock().unwrap() = Some(task.abort_handle());
            live.request_sync();
        }
        Ok(live)
    }

    /// What this copy holds beyond state vector `sv`, or `None` if nothing.
    pub(crate) fn missing_from(&self, sv: &StateVector) -> Option<Vec<u8>> {
        let state = self.state.lock().unwrap();
        let txn = state.awareness.doc().transact();
        let ours = txn.state_vector();
        let ahead = ours.iter().any(|(client, clock)| sv.get(client) < *clock);
        ahead.then(|| txn.encode_state_as_update_v1(sv))
    }

    /// Ask the other nodes' copies for whatever this one lacks.
    pub(crate) fn request_sync(&self) {
        if self.link.is_some() {
            let sv = self
                .state
                .lock()
                .unwrap()
                .awareness
                .doc()
                .transact()
                .state_vector();
            self.share(Kind::SyncRequest, &sv.encode_v1());
        }
    }

    /// Send a frame to the other nodes' copies (cluster mode only).
    pub(crate) fn share(&self, kind: Kind, bytes: &[u8]) {
        if let Some(link) = &self.link {
            link.share(kind, bytes);
        }
    }

    /// Apply a frame from another node: to this copy and its connections,
    /// never to the log (the node that took it from its client logs it).
    pub(crate) fn apply_remote(&self, kind: Kind, bytes: &[u8]) -> Result<(), String> {
        match kind {
            Kind::Update => {
                let update = Update::decode_v1(bytes).map_err(|e| e.to_string())?;
                let changes = {
                    let mut state = self.state.lock().unwrap();
                    if let Err(e) = ywire::apply_from_peer(state.awareness.doc(), update) {
                        if let ApplyError::Broken(_) = e {
                            state.abandon();
                            drop(state);
                            self.broke();
                        }
                        return Err(e.to_string());
                    }
                    state.take_changes()
                };
                for change in changes {
                    self.broadcast(0, &Message::Sync(yrs::sync::SyncMessage::Update(change)));
                }
            }
            Kind::Awareness => {
                let update = AwarenessUpdate::decode_v1(bytes).map_err(|e| e.to_string())?;
                let mut state = self.state.lock().unwrap();
                // Presence owned by one of our own connections is ours to set.
                if update
                    .clients
                    .keys()
                    .any(|id| state.owners.contains_key(id))
                {
                    return Ok(());
                }
                state
                    .awareness
                    .apply_update(update.clone())
                    .map_err(|e| e.to_string())?;
                drop(state);
                self.broadcast(0, &Message::Awareness(update));
            }
            Kind::SyncRequest => {
                let sv = StateVector::decode_v1(bytes).map_err(|e| e.to_string())?;
                let diff = {
                    let state = self.state.lock().unwrap();
                    state
                        .awareness
                        .doc()
                        .transact()
                        .encode_state_as_update_v1(&sv)
                };
                // An empty update is two zero bytes: nothing to send.
                if diff.len() > 2 {
                    self.share(Kind::Update, &diff);
                }
            }
            Kind::Freeze => self.frozen.store(true, Ordering::SeqCst),
        }
        Ok(())
    }

    /// Tell the other nodes everything this copy holds (after the bus came
    /// back: what was sent while it was away never arrived).
    pub(crate) fn announce(&self) {
        if self.link.is_none() {
            return;
        }
        let (state, presence) = {
            let state = self.state.lock().unwrap();
            let doc = state
                .awareness
                .doc()
                .transact()
                .encode_state_as_update_v1(&StateVector::default());
            let own: Vec<ClientID> = state.owners.keys().copied().collect();
            let presence = state
                .awareness
                .update_with_clients(own)
                .ok()
                .map(|u| u.encode_v1());
            (doc, presence)
        };
        self.share(Kind::Update, &state);
        if let Some(p) = presence {
            self.share(Kind::Awareness, &p);
        }
        if self.frozen.load(Ordering::SeqCst) {
            self.share(Kind::Freeze, &[]);
        }
    }

    pub fn room(&self) -> &str {
        &self.room
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// Connections `member` holds now.
    pub fn connections_of(&self, member: &str) -> usize {
        self.members
            .lock()
            .unwrap()
            .get(member)
            .copied()
            .unwrap_or(0)
    }

    /// The document was abandoned (see `State::abandon`): every connection
    /// is told to reconnect (an empty frame). When the caller also took it out
    /// of the map, the next connection loads the room afresh from its log,
    /// and the clients' sync brings back whatever the log did not have yet.
    fn broke(&self) {
        metrics::counter!("codemint_documents_reloaded_total").increment(1);
        let _ = self.fanout.send(Frame {
            origin: 0,
            bytes: Arc::from(&[][..]),
        });
    }

    pub(crate) fn freeze(&self) {
        self.frozen.store(true, Ordering::SeqCst);
        self.share(Kind::Freeze, &[]);
    }

    /// The document's text field `name` (what the editor binds to).
    pub fn text(&self, name: &str) -> String {
        use yrs::GetString;
        let state = self.state.lock().unwrap();
        let doc = state.awareness.doc();
        let text = doc.get_or_insert_text(name);
        text.get_string(&doc.transact())
    }

    /// The whole document as one update (a snapshot).
    pub fn encode_state(&self) -> Vec<u8> {
        let state = self.state.lock().unwrap();
        state
            .awareness
            .doc()
            .transact()
            .encode_state_as_update_v1(&StateVector::default())
    }

    pub(crate) fn connect(
        self: Arc<Self>,
        peer: Peer,
        collab: Collab,
    ) -> (Connection, broadcast::Receiver<Frame>) {
        self.connections.fetch_add(1, Ordering::SeqCst);
        *self
            .members
            .lock()
            .unwrap()
            .entry(peer.member.clone())
            .or_default() += 1;
        *self.idle_since.lock().unwrap() = None;
        let rx = self.fanout.subscribe();
        let conn = Connection {
            id: NEXT_CONNECTION.fetch_add(1, Ordering::Relaxed),
            peer,
            answers: (ANSWER_BURST, Instant::now()),
            doc: self,
            collab,
            clients: HashSet::new(),
        };
        (conn, rx)
    }

    fn broadcast(&self, origin: u64, message: &Message) {
        let _ = self.fanout.send(Frame {
            origin,
            bytes: message.encode_v1().into(),
        });
    }

    /// Drop presence states nobody refreshed within `timeout`, telling everyone.
    fn expire_awareness(&self, timeout: Duration) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        let mut state = self.state.lock().unwrap();
        let stale: Vec<ClientID> = state
            .awareness
            .iter()
            .filter(|(_, c)| {
                c.data.is_some() && now.saturating_sub(c.last_updated) > timeout.as_millis() as u64
            })
            .map(|(id, _)| id)
            .collect();
        if stale.is_empty() {
            return;
        }
        for id in &stale {
            state.owners.remove(id);
        }
        let update = state.remove_presence(&stale);
        drop(state);
        if let Some(update) = update {
            self.broadcast(0, &Message::Awareness(update));
        }
    }
}

/// One client's session on a document.
pub struct Connection {
    id: u64,
    peer: Peer,
    doc: Arc<LiveDoc>,
    collab: Collab,
    /// Awareness client ids this connection has set (removed when it leaves).
    clients: HashSet<ClientID>,
    /// Sync step 1 and presence queries are answered with the whole
    /// document or presence, so they draw on a small budget: (tokens, when).
    answers: (f64, Instant),
}

/// Whole-document answers a connection may ask for at once, and how many
/// more per second. A client asks on connecting and when it resyncs; one
/// that asks in a loop would make the server queue megabytes for it.
const ANSWER_BURST: f64 = 4.0;
const ANSWERS_PER_SECOND: f64 = 0.5;

impl Connection {
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn doc(&self) -> &Arc<LiveDoc> {
        &self.doc
    }

    /// What the server sends first: its state vector (so the client answers
    /// with what the server lacks) and everyone's presence.
    pub fn start(&self) -> Vec<Vec<u8>> {
        let state = self.doc.state.lock().unwrap();
        let sv = state.awareness.doc().transact().state_vector();
        let mut out = vec![Message::Sync(yrs::sync::SyncMessage::SyncStep1(sv)).encode_v1()];
        if let Ok(update) = state.awareness.update()
            && !update.clients.is_empty()
        {
            out.push(Message::Awareness(update).encode_v1());
        }
        out
    }

    /// Handle one binary WebSocket message; returns the replies for this client.
    pub async fn handle(&mut self, data: &[u8]) -> Result<Vec<Vec<u8>>, ProtocolError> {
        let mut replies = Vec::new();
        for incoming in protocol::decode(data)? {
            match incoming {
                Incoming::SyncStep1(sv) => {
                    self.draw_answer()?;
                    let state = self.doc.state.lock().unwrap();
                    let update = state
                        .awareness
                        .doc()
                        .transact()
                        .encode_state_as_update_v1(&sv);
                    replies
                        .push(Message::Sync(yrs::sync::SyncMessage::SyncStep2(update)).encode_v1());
                }
                Incoming::Update(update) => self.apply(&update).await?,
                Incoming::Awareness(update) => replies.extend(self.awareness(update)?),
                Incoming::AwarenessQuery => {
                    self.draw_answer()?;
                    let state = self.doc.state.lock().unwrap();
                    if let Ok(update) = state.awareness.update() {
                        replies.push(Message::Awareness(update).encode_v1());
                    }
                }
                Incoming::Other => {}
            }
        }
        Ok(replies)
    }

    async fn apply(&mut self, update: &ywire::ClientUpdate<'_>) -> Result<(), ProtocolError> {
        if !self.peer.writable || self.doc.frozen.load(Ordering::SeqCst) {
            // Read-only: the edit is dropped (the client's copy diverges until it
            // reloads, which is what read-only means).
            return Ok(());
        }
        let max = self.collab.config().max_doc_bytes;
        let bytes = update.bytes;
        let changes = {
            let mut state = self.doc.state.lock().unwrap();
            if state.size + bytes.len() > max {
                // `size` only grows (it adds every update, deleted text
                // included): measure what the document encodes to now.
                state.size = state.encoded_len();
                if state.size + bytes.len() > max {
                    return Err(ProtocolError::DocumentTooLarge(max));
                }
            }
            match ywire::apply(state.awareness.doc(), update) {
                Ok(()) => Ok(state.take_changes()),
                Err(ApplyError::Refused(e)) => return Err(ProtocolError::Malformed(e)),
                Err(ApplyError::Broken(e)) => {
                    state.abandon();
                    Err(e)
                }
            }
        };
        let changes = match changes {
            Ok(changes) => changes,
            Err(e) => return Err(self.broken(e).await),
        };
        self.publish(changes).await
    }

    /// This connection's update broke the document (already abandoned).
    async fn broken(&self, error: String) -> ProtocolError {
        tracing::warn!(room = %self.doc.room, member = %self.peer.member, %error,
            "an update broke the document; it reloads from its log");
        self.collab.strike(&self.doc.room, &self.peer.member);
        // Out of the map first (new connections load afresh), then the log
        // gets what was accepted before, then the connections are told to
        // reconnect.
        self.collab.forget(&self.doc);
        self.collab.flush().await;
        self.doc.broke();
        ProtocolError::Malformed("the update cannot be applied to this document".into())
    }

    /// Replace a text field's content (the server choosing a problem's stub).
    pub async fn replace_text(&mut self, field: &str, content: &str) -> Result<(), ProtocolError> {
        use yrs::{Text, TextRef};
        if self.doc.frozen.load(Ordering::SeqCst) {
            return Err(ProtocolError::Policy("the document is read-only".into()));
        }
        let changes = {
            let mut state = self.doc.state.lock().unwrap();
            let text: TextRef = state.awareness.doc().get_or_insert_text(field);
            let mut txn = state.awareness.doc().transact_mut();
            // Only the part that differs: text typed elsewhere at the same
            // moment keeps its place around an edit, where replacing it all
            // would move it to an edge of the new text. (Offsets are UTF-8
            // bytes, the documents' offset kind.)
            let old = yrs::GetString::get_string(&text, &txn);
            let (keep_start, keep_end) = common_ends(&old, content);
            let removed = old.len() - keep_start - keep_end;
            if removed > 0 {
                text.remove_range(&mut txn, keep_start as u32, removed as u32);
            }
            let inserted = &content[keep_start..content.len() - keep_end];
            if !inserted.is_empty() {
                text.insert(&mut txn, keep_start as u32, inserted);
            }
            drop(txn);
            state.take_changes()
        };
        self.publish(changes).await
    }

    /// Send what a transaction changed to the other connections and the log.
    async fn publish(&self, changes: Vec<Vec<u8>>) -> Result<(), ProtocolError> {
        let now = store::now_ms();
        for change in changes {
            self.doc.broadcast(
                self.id,
                &Message::Sync(yrs::sync::SyncMessage::Update(change.clone())),
            );
            self.doc.share(Kind::Update, &change);
            let pending = Pending::Update(NewUpdate {
                room: self.doc.room.clone(),
                at: now,
                author: self.peer.member.clone(),
                data: change,
            });
            // Bounded: when the database falls behind, editors wait here.
            if self.collab.inner.persist.send(pending).await.is_err() {
                return Err(ProtocolError::Unavailable);
            }
        }
        Ok(())
    }

    fn draw_answer(&mut self) -> Result<(), ProtocolError> {
        let now = Instant::now();
        let (tokens, since) = self.answers;
        let tokens = (tokens + (now - since).as_secs_f64() * ANSWERS_PER_SECOND).min(ANSWER_BURST);
        if tokens < 1.0 {
            return Err(ProtocolError::Policy(
                "too many requests for the whole document".into(),
            ));
        }
        self.answers = (tokens - 1.0, now);
        Ok(())
    }

    /// Apply a client's presence and forward it to the others; the answer is
    /// the same update for the sender, as y-websocket's own server sends
    /// every update to every connection: a client alone in a document (a
    /// candidate in an assessment) otherwise hears nothing, and the
    /// y-websocket client takes 30 s of silence for a dead connection.
    fn awareness(&mut self, update: AwarenessUpdate) -> Result<Option<Vec<u8>>, ProtocolError> {
        if update.clients.len() > presence::IDS_PER_CONNECTION {
            return Err(too_many_ids());
        }
        let config = self.collab.config();
        let mut clients = HashMap::with_capacity(update.clients.len());
        for (id, entry) in update.clients {
            // yrs adds one to a clock when a state is removed.
            if entry.clock == u32::MAX {
                return Err(ProtocolError::Malformed(
                    "presence clock out of range".into(),
                ));
            }
            let json = presence::stamp(&entry.json, &self.peer, config.max_presence_state)?;
            clients.insert(
                id,
                AwarenessUpdateEntry {
                    clock: entry.clock,
                    json,
                },
            );
        }
        let update = AwarenessUpdate { clients };
        let mut state = self.doc.state.lock().unwrap();
        // A connection speaks only for the client ids it introduced.
        if update
            .clients
            .keys()
            .any(|id| state.owners.get(id).is_some_and(|o| o.0 != self.id))
        {
            return Ok(None);
        }
        let new = update
            .clients
            .keys()
            .filter(|id| !self.clients.contains(id))
            .count();
        if self.clients.len() + new > presence::IDS_PER_CONNECTION {
            return Err(too_many_ids());
        }
        // Budgets: per member (every connection of theirs together), and per
        // document for members who are not staff. Presence over budget is
        // dropped, neither kept nor forwarded; the connection stays, so a
        // member who fills the room's share cannot lock anyone else out.
        let (mut others, mut members) = (0, 0);
        for (id, client) in state.awareness.iter() {
            let Some(data) = client.data.filter(|_| !update.clients.contains_key(&id)) else {
                continue;
            };
            others += data.len();
            if state
                .owners
                .get(&id)
                .is_some_and(|o| *o.1 == *self.peer.member)
            {
                members += data.len();
            }
        }
        let ours: usize = update.clients.values().map(|e| e.json.len()).sum();
        if members + ours > config.max_presence_per_member
            || (!self.peer.staff && others + ours > config.max_presence_total)
        {
            return Ok(None);
        }
        for id in update.clients.keys() {
            state
                .owners
                .insert(*id, (self.id, Arc::from(self.peer.member.as_str())));
        }
        self.clients.extend(update.clients.keys().copied());
        state
            .awareness
            .apply_update(update.clone())
            .map_err(|e| ProtocolError::Malformed(e.to_string()))?;
        drop(state);
        self.doc.share(Kind::Awareness, &update.encode_v1());
        let echo = Message::Awareness(update.clone()).encode_v1();
        self.doc.broadcast(self.id, &Message::Awareness(update));
        Ok(Some(echo))
    }
}

fn too_many_ids() -> ProtocolError {
    ProtocolError::Policy(format!(
        "a connection may set presence for {} client ids at most",
        presence::IDS_PER_CONNECTION
    ))
}

impl Drop for Connection {
    fn drop(&mut self) {
        if !self.clients.is_empty() {
            let mut state = self.doc.state.lock().unwrap();
            let gone: Vec<ClientID> = self
                .clients
                .iter()
                .copied()
                .filter(|id| state.owners.get(id).map(|o| o.0) == Some(self.id))
                .collect();
            for id in &gone {
                state.owners.remove(id);
            }
            let update = state.remove_presence(&gone);
            drop(state);
            if let Some(update) = update {
                self.doc.share(Kind::Awareness, &update.encode_v1());
                self.doc.broadcast(self.id, &Message::Awareness(update));
            }
        }
        {
            let mut members = self.doc.members.lock().unwrap();
            if let Some(n) = members.get_mut(&self.peer.member) {
                *n -= 1;
                if *n == 0 {
                    members.remove(&self.peer.member);
                }
            }
        }
        if self.doc.connections.fetch_sub(1, Ordering::SeqCst) == 1 {
            *self.doc.idle_since.lock().unwrap() = Some(Instant::now());
        }
    }
}

/// Every few seconds: expire stale presence, unload idle documents.
pub(crate) async fn sweeper(collab: Collab) {
    let mut tick = tokio::time::interval(Duration::from_secs(1).min(collab.config().unload_after));
    loop {
        tick.tick().await;
        let config = collab.config().clone();
        for doc in collab.all_loaded() {
            doc.expire_awareness(config.awareness_timeout);
            let idle = doc
                .idle_since
                .lock()
                .unwrap()
                .is_some_and(|t| t.elapsed() >= config.unload_after);
            if idle && doc.connections() == 0 {
                // Everything it accepted must be in the log before it can be
                // loaded again from there.
                collab.flush().await;
                if collab.is_clustered() {
                    crate::cluster::persist_missing(&doc, collab.store()).await;
                }
                collab.unload_if_idle(&doc.room);
            }
        }
    }
}

/// Bytes `a` and `b` share at their start and, in what is left, at their
/// end, on character boundaries.
fn common_ends(a: &str, b: &str) -> (usize, usize) {
    let start: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (a, b) = (&a[start..], &b[start..]);
    let end: usize = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    (start, end)
}

#[cfg(test)]
mod common_ends_tests {
    use super::common_ends;

    #[test]
    fn shared_ends_are_found_on_character_boundaries() {
        assert_eq!(common_ends("print(1)", "print(2)"), (6, 1));
        assert_eq!(common_ends("abc", "abc"), (3, 0));
        assert_eq!(common_ends("", "new"), (0, 0));
        assert_eq!(common_ends("aé", "aè"), (1, 0));
        assert_eq!(common_ends("xaa", "aa"), (0, 2));
    }
}
