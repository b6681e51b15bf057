//! The worker loop: claim → run the handler under a heartbeat → complete, retry
//! or dead-letter. Bounded by a semaphore; woken early by a local `Notify` when
//! this process enqueued something, else it polls.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use store::Store;
use store::jobs::{ClaimedJob, Failed};

use crate::DeadLetters;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;

use crate::{Handler, Job, JobError, WorkerConfig, backoff};

pub struct Worker {
    store: Store,
    config: WorkerConfig,
    handlers: HashMap<String, Arc<dyn Handler>>,
    dead_letters: DeadLetters,
    wake: Arc<Notify>,
    /// Jobs this worker holds now: id → lease token (released on shutdown).
    held: Arc<Mutex<HashMap<i64, String>>>,
}

impl Worker {
    pub fn new(store: Store, config: WorkerConfig) -> Worker {
        Worker {
            store,
            config,
            handlers: HashMap::new(),
            dead_letters: DeadLetters::default(),
            wake: Arc::new(Notify::new()),
            held: Arc::default(),
        }
    }

    /// Register the handler of one job kind.
    pub fn handle(mut self, kind: &str, handler: impl Handler) -> Worker {
        self.handlers.insert(kind.to_string(), Arc::new(handler));
        self
    }

    /// What each kind does when its job dies.
    pub fn with_dead_letters(mut self, dead_letters: DeadLetters) -> Worker {
        self.dead_letters = dead_letters;
        self
    }

    /// Share a wake-up signal with the code that enqueues in this process.
    pub fn with_wake(mut self, wake: Arc<Notify>) -> Worker {
        self.wake = wake;
        self
    }

    /// Work until `shutdown` resolves; then stop claiming, give running jobs
    /// `shutdown_grace` to finish, and release the rest to the queue.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let kinds: Vec<String> = self.handlers.keys().cloned().collect();
        let slots = Arc::new(Semaphore::new(self.config.concurrency.max(1)));
        let mut running = JoinSet::new();
        let this = Arc::new(self);
        tokio::pin!(shutdown);
        tracing::info!(concurrency = this.config.concurrency, kinds = ?kinds, "worker started");
        loop {
            let permit = tokio::select! {
                _ = &mut shutdown => break,
                p = slots.clone().acquire_owned() => p.expect("semaphore never closes"),
            };
            while running.try_join_next().is_some() {}
            let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
            let token = uuid::Uuid::new_v4().to_string();
            let claimed = this
                .store
                .claim_job(&kinds, this.config.lease.as_millis() as i64, &token)
                .await;
            match claimed {
                Ok(Some(job)) => {
                    this.held.lock().unwrap().insert(job.id, token);
                    let this = this.clone();
                    running.spawn(async move {
                        this.execute(job).await;
                        drop(permit);
                    });
                }
                Ok(None) => {
                    drop(permit);
                    tokio::select! {
                        _ = &mut shutdown => break,
                        _ = this.wake.notified() => {}
                        _ = tokio::time::sleep(this.config.poll_interval) => {}
                    }
                }
                Err(e) => {
                    drop(permit);
                    tracing::warn!(error = %e, "cannot claim jobs; retrying");
                    tokio::select! {
                        _ = &mut shutdown => break,
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                    }
                }
            }
        }
        tracing::info!(running = running.len(), "worker stopping");
        let _ = tokio::time::timeout(this.config.shutdown_grace, async {
            while running.join_next().await.is_some() {}
        })
        .await;
        running.abort_all();
        let held: Vec<(i64, String)> = this.held.lock().unwrap().drain().collect();
        for (id, token) in held {
            match this.store.release_job(id, &token).await {
                Ok(_) => tracing::info!(job = id, "released unfinished job"),
                Err(e) => tracing::warn!(job = id, error = %e, "cannot release job"),
            }
        }
    }

    async fn execute(&self, claimed: ClaimedJob) {
        let job = Job {
            id: claimed.id,
            kind: claimed.kind.clone(),
            payload: claimed.payload.clone(),
            attempt: claimed.attempts,
            max_attempts: claimed.max_attempts,
        };
        let kind = job.kind.clone();
        let waited = (store::now_ms() - claimed.created_at).max(0) as f64 / 1000.0;
        metrics::histogram!("codemint_job_wait_seconds", "kind" => kind.clone()).record(waited);
        let started = Instant::now();
        let outcome = if claimed.attempts > claimed.max_attempts {
            // Claimed again after its lease ran out on every allowed attempt:
            // the job keeps killing its workers.
            Err(JobError::Permanent(format!(
                "abandoned {} times (worker died or lost its lease)",
                claimed.max_attempts
            )))
        } else {
            self.run_with_heartbeat(&claimed, job).await
        };
        let elapsed = started.elapsed().as_secs_f64();
        let token = &claimed.lease_token;
        let label = match &outcome {
            Ok(()) => match self.store.complete_job(claimed.id, token).await {
                Ok(true) => "succeeded",
                Ok(false) => "lost_lease",
                Err(e) => {
                    tracing::warn!(job = claimed.id, error = %e, "cannot complete job");
                    "lost_lease"
                }
            },
            Err(err) => {
                let retry_at = match err {
                    JobError::Retry(_) if claimed.attempts < claimed.max_attempts => {
                        let delay = backoff(
                            claimed.attempts,
                            self.config.base_backoff,
                            self.config.max_backoff,
                        );
                        Some(store::now_ms() + delay.as_millis() as i64)
                    }
                    _ => None,
                };
                tracing::warn!(job = claimed.id, kind = %kind, attempt = claimed.attempts,
                    error = %err, retry_at, "job failed");
                match self
                    .dead_letters
                    .fail(
                        &self.store,
                        claimed.id,
                        token,
                        &kind,
                        &claimed.payload,
                        &err.to_string(),
                        retry_at,
                    )
                    .await
                {
                    Ok(Failed::Retrying) => "retrying",
                    Ok(Failed::Dead) => "dead",
                    Ok(Failed::LostLease) => "lost_lease",
                    Err(e) => {
                        tracing::warn!(job = claimed.id, error = %e, "cannot record failure");
                        "lost_lease"
                    }
                }
            }
        };
        self.held.lock().unwrap().remove(&claimed.id);
        metrics::counter!("codemint_jobs_total", "kind" => kind.clone(), "outcome" => label)
            .increment(1);
        metrics::histogram!("codemint_job_duration_seconds", "kind" => kind).record(elapsed);
    }

    /// Run the handler (in its own task, so a panic is a failed attempt, not a
    /// dead worker) while extending the lease every third of its length.
    async fn run_with_heartbeat(&self, claimed: &ClaimedJob, job: Job) -> Result<(), JobError> {
        let Some(handler) = self.handlers.get(&job.kind).cloned() else {
            return Err(JobError::Retry(format!(
                "no handler for {:?} here",
                job.kind
            )));
        };
        let mut task = tokio::spawn(handler.run(job));
        let lease_ms = self.config.lease.as_millis() as i64;
        let mut beat = tokio::time::interval(self.config.lease / 3);
        beat.tick().await;
        loop {
            tokio::select! {
                done = &mut task => {
                    return match done {
                        Ok(r) => r,
                        Err(e) if e.is_panic() => Err(JobError::Retry("the handler panicked".into())),
                        Err(e) => Err(JobError::Retry(format!("the handler was cancelled: {e}"))),
                    };
                }
                _ = beat.tick() => {
                    match self.store.extend_lease(claimed.id, &claimed.lease_token, lease_ms).await {
                        Ok(true) => {}
                        Ok(false) => {
                            // Someone else holds it now; our result would be discarded.
                            task.abort();
                            return Err(JobError::Retry("lost the lease".into()));
                        }
                        Err(e) => tracing::warn!(job = claimed.id, error = %e, "heartbeat failed"),
                    }
                }
            }
        }
    }
}

/// Keep the `codemint_queue_jobs{state}` gauge current (for `/metrics`).
pub fn spawn_depth_gauge(store: Store, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Ok(counts) = store.job_counts().await {
                for state in ["queued", "running", "dead"] {
                    let n = counts
                        .iter()
                        .find(|(s, _)| s == state)
                        .map_or(0, |(_, n)| *n);
                    metrics::gauge!("codemint_queue_jobs", "state" => state).set(n as f64);
                }
            }
        }
    })
}
