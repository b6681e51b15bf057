//! Applying a checked update. The checks in `check.rs` make decoding safe,
//! but an update can still be well-formed and inconsistent (a block pointing
//! at a clock its client never reached, …), and yrs 0.25 meets some of those
//! with a panic inside the transaction (the fuzz target finds them within
//! seconds). Unwinding out of a live transaction would run its commit on a
//! half-integrated store, where a second panic aborts the process; so the
//! transaction is held in `ManuallyDrop` and simply leaked when integration
//! panics. The document is unusable after that (its store stays borrowed,
//! even dropping it would wait forever): callers set it aside, never touch
//! it again, and reload what they keep.
//!
//! What yrs cannot integrate yet (its dependencies are missing) it parks as
//! "pending" and re-encodes into every later sync answer, where pending
//! content from a hostile client can fail to decode again (a panic, or a
//! reservation of tens of gigabytes; both found by the fuzz target). A
//! client's update never needs that: a Yjs client only sends content built on
//! what it got from the server. So [`apply`] drops whatever stays pending;
//! [`apply_from_peer`] keeps it (another node's copy may run ahead of ours).
//!
//! yrs 0.28.1 also frees a block it split off an update and then reads it (a
//! use-after-free the fuzz target found) when a client's clocks in the
//! document have a gap and an update overlaps it. A client never needs a
//! gap: Yjs holds each client's edits without holes and answers the server's
//! state vector from where it ends. So skip blocks are refused by the checks,
//! [`apply`] refuses an update that starts past what the document has for a
//! client, and cuts one that starts
//! inside it (a full-state update is legal Yjs) at the document's state
//! vector first (`yrs::diff_updates_v1`, which works on the update alone).

use std::borrow::Cow;
use std::mem::ManuallyDrop;
use std::panic::{AssertUnwindSafe, catch_unwind};

use yrs::block::ClientID;
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{Doc, ReadTxn, StateVector, Transact, TransactionMut, Update, WriteTxn};

use crate::{ClientUpdate, Span, check_update};

/// Why an update was not applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// yrs refused it; the document is fine.
    #[error("update refused: {0}")]
    Refused(String),
    /// yrs panicked on it; the document must never be used (or dropped) again.
    #[error("update broke the document: {0}")]
    Broken(String),
}

/// Apply a client's `update` to `doc` in one transaction, committed on
/// success; whatever could not be integrated is dropped, not kept pending.
pub fn apply(doc: &Doc, update: &ClientUpdate) -> Result<(), ApplyError> {
    let sv = doc.transact().state_vector();
    if let Some(span) = gap(&update.spans, &sv) {
        return Err(ApplyError::Refused(format!(
            "the update continues client {}'s edits at {}, after edits the document never had",
            span.client, span.start
        )));
    }
    let bytes = if straddles(&update.spans, &sv) {
        Cow::Owned(trim(update.bytes, &sv)?)
    } else {
        Cow::Borrowed(update.bytes)
    };
    let update = Update::decode_v1(&bytes).map_err(|e| ApplyError::Refused(e.to_string()))?;
    guarded(doc, |txn| {
        let result = txn.apply_update(update);
        if txn.has_missing_updates() {
            txn.prune_pending();
        }
        result
    })
}

/// Apply an update that another node's copy integrated: what cannot be
/// integrated yet stays pending until its dependencies arrive.
pub fn apply_from_peer(doc: &Doc, update: Update) -> Result<(), ApplyError> {
    guarded(doc, |txn| txn.apply_update(update))
}

/// A client whose clocks in the update start past what the document has.
fn gap<'a>(spans: &'a [Span], sv: &StateVector) -> Option<&'a Span> {
    spans
        .iter()
        .find(|span| span.start > sv.get(&ClientID::new(span.client)))
}

/// Whether some client's clocks in the update start below what the document
/// has and end above it.
fn straddles(spans: &[Span], sv: &StateVector) -> bool {
    spans.iter().any(|span| {
        let known = sv.get(&ClientID::new(span.client));
        span.start < known && span.end > known
    })
}

/// The part of an update the document has not seen, cut by yrs at the
/// document's state vector (on the update alone, not the document).
fn trim(bytes: &[u8], sv: &StateVector) -> Result<Vec<u8>, ApplyError> {
    let refused = |e: String| ApplyError::Refused(format!("the update cannot be trimmed: {e}"));
    let diff = catch_unwind(|| yrs::diff_updates_v1(bytes, &sv.encode_v1()))
        .map_err(|panic| refused(message(&*panic)))?
        .map_err(|e| refused(e.to_string()))?;
    let spans = check_update(&diff).map_err(|e| refused(e.to_string()))?;
    if straddles(&spans, sv) || gap(&spans, sv).is_some() {
        return Err(refused(
            "what is left does not continue the document".into(),
        ));
    }
    Ok(diff)
}

fn guarded(
    doc: &Doc,
    work: impl FnOnce(&mut TransactionMut) -> Result<(), yrs::error::UpdateError>,
) -> Result<(), ApplyError> {
    let mut txn = ManuallyDrop::new(doc.transact_mut());
    let refused = match catch_unwind(AssertUnwindSafe(|| work(&mut txn))) {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(panic) => return Err(ApplyError::Broken(message(&*panic))),
    };
    // Commit (the transaction's drop: observers, garbage collection).
    let txn = ManuallyDrop::into_inner(txn);
    if let Err(panic) = catch_unwind(AssertUnwindSafe(move || drop(txn))) {
        return Err(ApplyError::Broken(message(&*panic)));
    }
    match refused {
        Some(e) => Err(ApplyError::Refused(e)),
        None => Ok(()),
    }
}

fn message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic")
        .to_string()
}
