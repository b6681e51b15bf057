//! The pipeline's dead letters: a judge or run job that will not be retried
//! finishes its submission or run with the same internal-error result the
//! handlers build (`results`), so the two cannot drift — a room's shared run
//! or submission gets its timeline entry in the same transaction — and, once
//! that is committed, whoever waits hears of it as of any finished job. An
//! admin's retry puts it back in the queue.

use std::sync::Arc;

use bus::{Bus, ServerEvent, room_topic, user_topic};
use queue::{AfterCommit, DeadFuture, DeadLetter, DeadLetters, StoreFuture};
use store::Write;
use store::runs::{RUN_KIND, RunJob};
use store::submissions::{JUDGE_KIND, JudgeJob};

use crate::results;

/// The pipeline's kinds, for workers and for the admin's retry; `bus` is
/// where a dead job's final answer is announced.
pub fn dead_letters(bus: Bus) -> DeadLetters {
    DeadLetters::new([
        (
            JUDGE_KIND,
            Arc::new(Judging { bus: bus.clone() }) as Arc<dyn DeadLetter>,
        ),
        (RUN_KIND, Arc::new(Running { bus }) as Arc<dyn DeadLetter>),
    ])
}

fn gave_up(error: &str) -> String {
    format!("the judge gave up: {error}")
}

struct Judging {
    bus: Bus,
}

impl DeadLetter for Judging {
    fn dead<'a>(&'a self, w: &'a mut Write, payload: &'a str, error: &'a str) -> DeadFuture<'a> {
        Box::pin(async move {
            let Ok(job) = serde_json::from_str::<JudgeJob>(payload) else {
                return Ok(None);
            };
            let id = job.submission;
            let result = results::internal_error(&gave_up(error));
            if !w
                .finish_submission(id, job.generation, "IE", &result)
                .await?
            {
                return Ok(None);
            }
            let sub = w.submission(id).await?;
            if let Some(room) = &sub.room_id {
                rooms::submission_finished(w, room, id, "IE", 0.0, &result).await?;
            }
            let bus = self.bus.clone();
            let announce: AfterCommit = Box::new(move || {
                let event = ServerEvent::SubmissionFinished {
                    id,
                    verdict: "IE".into(),
                    score: 0.0,
                    time_ms: 0,
                    memory_kb: 0,
                };
                bus.publish(&user_topic(sub.user_id), &event);
                if let Some(room) = &sub.room_id {
                    bus.publish(&room_topic(room), &event);
                }
            });
            Ok(Some(announce))
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

struct Running {
    bus: Bus,
}

impl DeadLetter for Running {
    fn dead<'a>(&'a self, w: &'a mut Write, payload: &'a str, error: &'a str) -> DeadFuture<'a> {
        Box::pin(async move {
            let Ok(job) = serde_json::from_str::<RunJob>(payload) else {
                return Ok(None);
            };
            let id = job.run;
            let result = results::run_internal_error(&gave_up(error));
            let json = serde_json::to_value(&result).unwrap_or_default();
            if !w.finish_run(id, &json).await? {
                return Ok(None);
            }
            let run = w.run(id).await?;
            if let Some(room) = &run.room_id {
                rooms::run_finished(w, room, id, &json).await?;
            }
            let bus = self.bus.clone();
            let announce: AfterCommit = Box::new(move || {
                if let Some(room) = &run.room_id {
                    rooms::announce_run(&bus, room, id, result.clone());
                }
                bus.publish(
                    &user_topic(run.user_id),
                    &ServerEvent::RunFinished { id, result },
                );
            });
            Ok(Some(announce))
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
