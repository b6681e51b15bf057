//! What a job kind does when its job dies or an admin retries it. The kind's
//! owner (the `jobs` crate) answers for it, in the transaction that changes
//! the job: a dead judge job finishes its submission with the pipeline's own
//! internal-error result, so nobody waits forever, and a retry puts the
//! submission back in the queue. The store only moves the job row.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use store::jobs::{Failed, JobRow};
use store::{Store, StoreError, Write};

pub type StoreFuture<'a> = Pin<Box<dyn Future<Output = Result<(), StoreError>> + Send + 'a>>;

/// What to do once the transaction committed (tell whoever waits, on the bus).
pub type AfterCommit = Box<dyn FnOnce() + Send>;

pub type DeadFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<AfterCommit>, StoreError>> + Send + 'a>>;

/// A job kind's answer when its job dies, and its undoing on a retry.
pub trait DeadLetter: Send + Sync + 'static {
    /// The job is dead (`error` says why): give what waits on it a final
    /// answer, and say what to announce once that is committed.
    fn dead<'a>(&'a self, w: &'a mut Write, payload: &'a str, error: &'a str) -> DeadFuture<'a>;
    /// An admin queued the dead job again: what waits on it waits again.
    fn retried<'a>(&'a self, w: &'a mut Write, payload: &'a str) -> StoreFuture<'a>;
}

/// Every kind's [`DeadLetter`], by kind; cheap to clone.
#[derive(Clone, Default)]
pub struct DeadLetters(Arc<HashMap<String, Arc<dyn DeadLetter>>>);

impl DeadLetters {
    pub fn new(kinds: impl IntoIterator<Item = (&'static str, Arc<dyn DeadLetter>)>) -> Self {
        DeadLetters(Arc::new(
            kinds.into_iter().map(|(k, d)| (k.to_string(), d)).collect(),
        ))
    }

    /// Record a failed attempt: a retry at `retry_at`, or with `None` the
    /// job dies and its kind answers for it, all in one transaction.
    #[allow(clippy::too_many_arguments)]
    pub async fn fail(
        &self,
        store: &Store,
        id: i64,
        lease_token: &str,
        kind: &str,
        payload: &str,
        error: &str,
        retry_at: Option<i64>,
    ) -> Result<Failed, StoreError> {
        let mut w = store.write().await?;
        let failed = w.fail_job(id, lease_token, error, retry_at).await?;
        let mut announce = None;
        if let (Failed::Dead, Some(kind)) = (&failed, self.0.get(kind)) {
            announce = kind.dead(&mut w, payload, error).await?;
        }
        w.commit().await?;
        if let Some(announce) = announce {
            announce();
        }
        Ok(failed)
    }

    /// Queue a dead job again with fresh attempts; its kind undoes its answer.
    pub async fn retry(&self, store: &Store, id: i64) -> Result<JobRow, StoreError> {
        let mut w = store.write().await?;
        let job = w.retry_dead_job(id).await?;
        if let Some(kind) = self.0.get(&job.kind) {
            kind.retried(&mut w, &job.payload.to_string()).await?;
        }
        w.commit().await?;
        Ok(job)
    }
}
