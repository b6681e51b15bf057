//! The pipeline's dead letters: a judge or run job that will not be retried
//! finishes its submission or run with the same internal-error result the
//! handlers build (`results`), so the two cannot drift; an admin's retry
//! puts it back in the queue.

use std::sync::Arc;

use queue::{DeadLetter, DeadLetters, StoreFuture};
use store::Write;
use store::runs::{RUN_KIND, RunJob};
use store::submissions::{JUDGE_KIND, JudgeJob};

use crate::results;

/// The pipeline's kinds, for workers and for the admin's retry.
pub fn dead_letters() -> DeadLetters {
    DeadLetters::new([
        (JUDGE_KIND, Arc::new(Judging) as Arc<dyn DeadLetter>),
        (RUN_KIND, Arc::new(Running) as Arc<dyn DeadLetter>),
    ])
}

fn gave_up(error: &str) -> String {
    format!("the judge gave up: {error}")
}

struct Judging;

impl DeadLetter for Judging {
    fn dead<'a>(&'a self, w: &'a mut Write, payload: &'a str, error: &'a str) -> StoreFuture<'a> {
        Box::pin(async move {
            let Ok(job) = serde_json::from_str::<JudgeJob>(payload) else {
                return Ok(());
            };
            let result = results::internal_error(&gave_up(error));
            w.finish_submission(job.submission, job.generation, "IE", &result)
                .await?;
            Ok(())
        })
    }

    fn retried<'a>(&'a self, w: &'a mut Write, payload: &'a str) -> StoreFuture<'a> {
        Box::pin(async move {
            if let Ok(job) = serde_json::from_str::<JudgeJob>(payload) {
                w.requeue_submission(job.submission, job.generation).await?;
            }
            Ok(())
        })
    }
}

struct Running;

impl DeadLetter for Running {
    fn dead<'a>(&'a self, w: &'a mut Write, payload: &'a str, error: &'a str) -> StoreFuture<'a> {
        Box::pin(async move {
            let Ok(job) = serde_json::from_str::<RunJob>(payload) else {
                return Ok(());
            };
            let result = results::run_internal_error(&gave_up(error));
            let json = serde_json::to_value(&result).unwrap_or_default();
            w.finish_run(job.run, &json).await?;
            Ok(())
        })
    }

    fn retried<'a>(&'a self, w: &'a mut Write, payload: &'a str) -> StoreFuture<'a> {
        Box::pin(async move {
            if let Ok(job) = serde_json::from_str::<RunJob>(payload) {
                w.requeue_run(job.run).await?;
            }
            Ok(())
        })
    }
}
