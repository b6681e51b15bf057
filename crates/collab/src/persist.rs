//! The flusher: one task that appends accepted updates to the log in batches
//! and compacts documents into snapshots.
//!
//! An update is broadcast as soon as it is applied, and logged at most
//! `flush_interval` later (plus the write itself), so a crash loses at most the
//! last few tens of milliseconds of edits, which the clients still hold and send
//! again when they reconnect (Yjs merges are idempotent).

use std::collections::HashMap;
use std::time::Duration;

use store::Store;
use store::documents::NewUpdate;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use crate::{Collab, CollabConfig};

pub(crate) enum Pending {
    Update(NewUpdate),
    /// Answer once everything queued before it is written.
    Flush(oneshot::Sender<()>),
}

/// Most updates written in one transaction.
const MAX_BATCH: usize = 2000;
/// How often a busy room's activity time is written.
const TOUCH_EVERY: Duration = Duration::from_secs(60);

pub(crate) async fn flusher(
    store: Store,
    config: CollabConfig,
    mut rx: mpsc::Receiver<Pending>,
    collab: Collab,
) {
    let mut since_snapshot: HashMap<String, usize> = HashMap::new();
    // When each room's activity time was last written (once a minute is
    // plenty for expiring idle rooms; once per batch would be a write per room).
    let mut touched: HashMap<String, Instant> = HashMap::new();
    while let Some(first) = rx.recv().await {
        let mut batch = Vec::new();
        let mut waiters = Vec::new();
        let take = |p: Pending, batch: &mut Vec<NewUpdate>, waiters: &mut Vec<_>| match p {
            Pending::Update(u) => batch.push(u),
            Pending::Flush(w) => waiters.push(w),
        };
        take(first, &mut batch, &mut waiters);
        let deadline = Instant::now() + config.flush_interval;
        while waiters.is_empty() && batch.len() < MAX_BATCH {
            match tokio::time::timeout_at(deadline, rx.recv()).await {
                Ok(Some(p)) => take(p, &mut batch, &mut waiters),
                Ok(None) | Err(_) => break,
            }
        }
        let mut touch: Vec<String> = Vec::new();
        for u in &batch {
            let due = touched
                .get(&u.room)
                .is_none_or(|t| t.elapsed() >= TOUCH_EVERY);
            if due && !touch.contains(&u.room) {
                touch.push(u.room.clone());
            }
        }
        let mut delay = Duration::from_millis(50);
        while let Err(e) = store.append_doc_updates(&batch, &touch).await {
            // Keep the batch (the channel in front of us is bounded, so editors
            // slow down instead of memory growing) and try again.
            tracing::warn!(error = %e, updates = batch.len(), "cannot write document updates; retrying");
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
        let now = Instant::now();
        for room in touch {
            touched.insert(room, now);
        }
        if touched.len() > 100_000 {
            touched.retain(|_, t| t.elapsed() < TOUCH_EVERY);
        }
        metrics::counter!("codemint_doc_updates_persisted_total").increment(batch.len() as u64);
        metrics::counter!("codemint_doc_flushes_total").increment(1);
        for w in waiters {
            let _ = w.send(());
        }
        for u in &batch {
            *since_snapshot.entry(u.room.clone()).or_default() += 1;
        }
        let due: Vec<String> = since_snapshot
            .iter()
            .filter(|(_, n)| **n >= config.compact_every)
            .map(|(room, _)| room.clone())
            .collect();
        for room in due {
            since_snapshot.remove(&room);
            if let Err(e) = compact(&store, &collab, &config, &room).await {
                tracing::warn!(room, error = %e, "compaction failed");
            }
        }
    }
}

/// Snapshot a loaded document: the stored snapshot and log merged with the
/// live copy. Merging the log (not trusting the copy alone) keeps this safe
/// when several nodes hold the document: an update another node logged but
/// whose frame has not reached us yet is still in the snapshot.
async fn compact(
    store: &Store,
    collab: &Collab,
    config: &CollabConfig,
    room: &str,
) -> Result<(), store::StoreError> {
    use yrs::updates::decoder::Decode;
    use yrs::{ReadTxn, StateVector, Transact, Update};
    let Some(doc) = collab.loaded(room) else {
        return Ok(());
    };
    let stored = store.load_doc(room).await?;
    let upto = stored.tail.last().map_or(stored.upto_id, |u| u.id);
    let live = doc.encode_state();
    let merged = yrs::Doc::new();
    {
        let mut txn = merged.transact_mut();
        for data in stored
            .snapshot
            .iter()
            .chain(stored.tail.iter().map(|u| &u.data))
            .chain(std::iter::once(&live))
        {
            let applied = Update::decode_v1(data).map(|u| txn.apply_update(u));
            if !matches!(applied, Ok(Ok(()))) {
                tracing::warn!(room, "skipping compaction: an update does not decode");
                return Ok(());
            }
        }
    }
    let data = merged
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    let keep_since = match config.log_retention {
        Some(r) => store::now_ms() - r.as_millis() as i64,
        None => i64::MIN,
    };
    store
        .save_doc_snapshot(room, upto, &data, keep_since)
        .await?;
    tracing::debug!(room, upto, bytes = data.len(), "document compacted");
    Ok(())
}
