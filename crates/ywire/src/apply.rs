//! Applying a checked update from an untrusted client. The checks in
//! `check.rs` make decoding safe, but an update can still be well-formed and
//! inconsistent (a block pointing at a clock its client never reached, …),
//! and yrs 0.25 meets some of those with a panic inside the transaction (the
//! fuzz target finds them within seconds). Unwinding out of a live
//! transaction would run its commit on a half-integrated store, where a second
//! panic aborts the process; so the transaction is held in `ManuallyDrop` and
//! simply leaked when integration panics. The document is unusable after that
//! (its store stays borrowed): callers replace it and reload what they keep.
//! An update yrs parks as pending (its dependencies are missing) is encoded
//! again once here, since a pending update that does not round-trip makes
//! every later sync answer panic.

use std::mem::ManuallyDrop;
use std::panic::{AssertUnwindSafe, catch_unwind};

use yrs::{Doc, ReadTxn, StateVector, Transact, Update};

/// Why an update was not applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// yrs refused it; the document is fine.
    #[error("update refused: {0}")]
    Refused(String),
    /// yrs panicked integrating it; the document must not be used again.
    #[error("update broke the document: {0}")]
    Broken(String),
}

/// Apply `update` to `doc` in one transaction, committed on success.
pub fn apply(doc: &Doc, update: Update) -> Result<(), ApplyError> {
    let mut txn = ManuallyDrop::new(doc.transact_mut());
    let integrated = catch_unwind(AssertUnwindSafe(|| txn.apply_update(update)));
    let refused = match integrated {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(panic) => return Err(ApplyError::Broken(message(&*panic))),
    };
    // Commit (the transaction's drop: observers, garbage collection).
    let txn = ManuallyDrop::into_inner(txn);
    if let Err(panic) = catch_unwind(AssertUnwindSafe(move || drop(txn))) {
        return Err(ApplyError::Broken(message(&*panic)));
    }
    // What yrs could not integrate yet (missing dependencies) waits in the
    // store and is re-encoded into every sync answer from now on; yrs panics
    // there when it does not decode again. Try it once now, while we can
    // still abandon the document, rather than at every client's sync.
    let pending = doc.transact().has_missing_updates();
    if pending
        && let Err(panic) = catch_unwind(AssertUnwindSafe(|| {
            doc.transact()
                .encode_state_as_update_v1(&StateVector::default())
        }))
    {
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
