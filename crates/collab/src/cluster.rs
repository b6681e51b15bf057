//! A document shared by several nodes (cluster mode). Each node that has a
//! room's document loaded holds a full copy; what a node's own clients change
//! goes to its local connections, to its log (only this node persists it: it
//! received it from its client) and, through the bus, to the other nodes'
//! copies, which apply it and pass it to their clients without logging it.
//! Yjs merges are idempotent and commutative, so order and duplicates do not
//! matter, and any gap can be closed by merging the log again:
//!
//! - a node subscribes to the room's topic *before* it loads snapshot + log,
//!   then asks the others for what it lacks (a sync request with its state
//!   vector, answered with the difference, as Yjs clients do): the log alone
//!   is not enough, since the newest edits wait up to `flush_interval` to be
//!   written, and a missing update holds back every later one of its author;
//! - a node that fell behind on the bus (lagged) or whose link to Redis came
//!   back merges the log again, asks again and re-announces its own state.
//!
//! Frames on the bus are `{node}|{kind}|{base64}` with kind `u` (document
//! update), `a` (awareness update), `s` (sync request: a state vector) or `f`
//! (the room ended: read-only).

use std::sync::{Arc, Weak};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use bus::Bus;
use store::Store;
use tokio::sync::broadcast;

use crate::doc::LiveDoc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Update,
    Awareness,
    SyncRequest,
    Freeze,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Update => "u",
            Kind::Awareness => "a",
            Kind::SyncRequest => "s",
            Kind::Freeze => "f",
        }
    }
}

/// A loaded document's link to the other nodes.
pub(crate) struct Link {
    pub bus: Bus,
    pub topic: String,
}

impl Link {
    pub fn share(&self, kind: Kind, bytes: &[u8]) {
        send(&self.bus, &self.topic, kind, bytes);
    }
}

/// Send a frame about `topic`'s document, loaded here or not.
pub(crate) fn send(bus: &Bus, topic: &str, kind: Kind, bytes: &[u8]) {
    let frame = format!("{}|{}|{}", bus.node(), kind.tag(), B64.encode(bytes));
    bus.publish_raw(topic, frame.into());
}

/// Log what this copy holds and the log lacks. Frames from other nodes are
/// not logged here (their node logs them), but a node killed within
/// `flush_interval` of an edit never did: its clients then resync with a
/// copy that already has the edit, so nobody would ever write it down. Run
/// before a copy leaves memory.
pub(crate) async fn persist_missing(doc: &LiveDoc, store: &Store) {
    use yrs::updates::decoder::Decode;
    use yrs::{ReadTxn, Transact, Update};
    let stored = match store.load_doc(doc.room()).await {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(room = doc.room(), error = %e, "cannot read the log to complete it");
            return;
        }
    };
    let logged = yrs::Doc::new();
    {
        let mut txn = logged.transact_mut();
        for data in stored
            .snapshot
            .iter()
            .chain(stored.tail.iter().map(|u| &u.data))
        {
            if let Ok(u) = Update::decode_v1(data) {
                let _ = txn.apply_update(u);
            }
        }
    }
    let sv = logged.transact().state_vector();
    let Some(missing) = doc.missing_from(&sv) else {
        return;
    };
    let update = store::documents::NewUpdate {
        room: doc.room().to_string(),
        at: store::now_ms(),
        author: "cluster".into(),
        data: missing,
    };
    match store.append_doc_updates(&[update], &[]).await {
        Ok(()) => tracing::info!(room = doc.room(), "logged edits only this copy held"),
        Err(e) => {
            tracing::warn!(room = doc.room(), error = %e, "cannot log edits only this copy held")
        }
    }
}

fn decode(frame: &str) -> Option<(&str, Kind, Vec<u8>)> {
    let mut parts = frame.splitn(3, '|');
    let node = parts.next()?;
    let kind = match parts.next()? {
        "u" => Kind::Update,
        "a" => Kind::Awareness,
        "s" => Kind::SyncRequest,
        "f" => Kind::Freeze,
        _ => return None,
    };
    let bytes = B64.decode(parts.next()?).ok()?;
    Some((node, kind, bytes))
}

/// Apply other nodes' frames to `doc` until it is unloaded.
pub(crate) async fn relay(
    doc: Weak<LiveDoc>,
    mut rx: broadcast::Receiver<Arc<str>>,
    node: String,
    store: Store,
) {
    loop {
        match rx.recv().await {
            Ok(frame) => {
                let Some(doc) = doc.upgrade() else { return };
                match decode(&frame) {
                    Some((from, _, _)) if from == node => {}
                    Some((_, kind, bytes)) => {
                        if let Err(e) = doc.apply_remote(kind, &bytes) {
                            tracing::warn!(room = doc.room(), error = %e, "dropping a bad document frame from the bus");
                        }
                    }
                    None => {
                        tracing::warn!(
                            room = doc.room(),
                            "dropping a malformed document frame from the bus"
                        );
                    }
                }
            }
            Err(broadcast::error::RecvError::Lagged(missed)) => {
                let Some(doc) = doc.upgrade() else { return };
                tracing::warn!(
                    room = doc.room(),
                    missed,
                    "fell behind on the bus; merging the log again"
                );
                catch_up(&doc, &store).await;
                doc.request_sync();
            }
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}

/// Merge the stored snapshot and log into the live copy (idempotent), so
/// updates this node missed on the bus arrive from the database instead.
pub(crate) async fn catch_up(doc: &LiveDoc, store: &Store) {
    match store.load_doc(doc.room()).await {
        Ok(stored) => {
            for data in stored
                .snapshot
                .iter()
                .chain(stored.tail.iter().map(|u| &u.data))
            {
                if let Err(e) = doc.apply_remote(Kind::Update, data) {
                    tracing::warn!(room = doc.room(), error = %e, "cannot merge a stored update");
                }
            }
        }
        Err(e) => tracing::warn!(room = doc.room(), error = %e, "cannot read the log to catch up"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_garbage_is_refused() {
        let frame = format!("n1|u|{}", B64.encode([1u8, 2, 3]));
        assert_eq!(decode(&frame), Some(("n1", Kind::Update, vec![1, 2, 3])));
        assert_eq!(decode("n1|x|AAAA"), None);
        assert_eq!(decode("n1|u|not base64!"), None);
        assert_eq!(decode("no separators"), None);
    }
}
