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

use std::mem::ManuallyDrop;
use std::panic::{AssertUnwindSafe, catch_unwind};

use yrs::{Doc, ReadTxn, Transact, TransactionMut, Update, WriteTxn};

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
pub fn apply(doc: &Doc, update: Update) -> Result<(), ApplyError> {
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
