//! The durable job queue's runtime. Jobs live in the database (`store::jobs`),
//! so every process on the same database shares one queue: `codemint serve`'s
//! in-process workers and any number of `codemint worker`s.
//!
//! Delivery is at least once: a worker holds a job under a lease that it keeps
//! extending while the handler runs; if the worker dies, the lease runs out and
//! another worker claims the job again. Handlers must therefore be idempotent
//! (the judge handlers check a submission's generation and state before they
//! write). A failed attempt is retried after an exponential backoff with
//! jitter; the last allowed attempt dead-letters the job.

mod backoff;
mod dead;
mod worker;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde::de::DeserializeOwned;

pub use backoff::backoff;
pub use dead::{AfterCommit, DeadFuture, DeadLetter, DeadLetters, StoreFuture};
pub use worker::{Worker, spawn_depth_gauge};

/// Priorities: higher runs first.
pub mod priority {
    /// "Run" with custom input: someone is waiting at the keyboard.
    pub const INTERACTIVE: i64 = 100;
    /// A fresh submission.
    pub const SUBMISSION: i64 = 50;
    /// Re-judging a problem's old submissions.
    pub const BATCH: i64 = 0;
}

/// One attempt of a job, as a handler receives it.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// This attempt's number, from 1.
    pub attempt: i64,
    pub max_attempts: i64,
}

impl Job {
    pub fn payload<T: DeserializeOwned>(&self) -> Result<T, JobError> {
        serde_json::from_str(&self.payload)
            .map_err(|e| JobError::Permanent(format!("bad {} payload: {e}", self.kind)))
    }
}

/// Why an attempt failed.
#[derive(Debug, Clone)]
pub enum JobError {
    /// Worth another attempt (database hiccup, sandbox trouble).
    Retry(String),
    /// Will never work (malformed payload): dead-letter at once.
    Permanent(String),
}

impl std::fmt::Display for JobError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JobError::Retry(e) | JobError::Permanent(e) => f.write_str(e),
        }
    }
}

impl From<store::StoreError> for JobError {
    fn from(e: store::StoreError) -> Self {
        JobError::Retry(e.to_string())
    }
}

pub type JobFuture = Pin<Box<dyn Future<Output = Result<(), JobError>> + Send>>;

/// Runs jobs of one kind.
pub trait Handler: Send + Sync + 'static {
    fn run(&self, job: Job) -> JobFuture;
}

impl<F> Handler for F
where
    F: Fn(Job) -> JobFuture + Send + Sync + 'static,
{
    fn run(&self, job: Job) -> JobFuture {
        self(job)
    }
}

/// How a worker behaves.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Jobs run at once by this worker.
    pub concurrency: usize,
    /// How long a claim lasts without a heartbeat; a dead worker's jobs return
    /// to the queue after this.
    pub lease: Duration,
    /// How often to look for work when nothing woke the worker.
    pub poll_interval: Duration,
    /// First retry delay; doubles per attempt up to `max_backoff`.
    pub base_backoff: Duration,
    pub max_backoff: Duration,
    /// On shutdown, how long running jobs may take before they are released.
    pub shutdown_grace: Duration,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            concurrency: 2,
            lease: Duration::from_secs(30),
            poll_interval: Duration::from_millis(250),
            base_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(300),
            shutdown_grace: Duration::from_secs(10),
        }
    }
}
