//! The pipeline's jobs: judge a submission (`judge_submission`), execute a
//! run with custom input (`run_code`), send an email (`send_email`) and step
//! a duel's clock (`duel_clock`) and an assessment's (`assessment_clock`). Each handler is idempotent: it re-reads
//! its row, does nothing if the row is already finished or belongs to a newer
//! re-judge, and writes `finished` with a conditional update, so a job that is
//! delivered twice still yields exactly one final verdict.
//!
//! Progress goes to the owner's bus topic as typed events; the database holds
//! the state and the final result, which is what a late client reads.

mod dead;
mod results;

use std::sync::Arc;

use bus::{Bus, RunResult, ServerEvent, TestProgress, user_topic};
use judge::{Judge, JudgeError, Progress};
use queue::{Job, JobError, JobFuture, Worker};
use sandbox::Limits;
use store::runs::{RUN_KIND, RunJob};
use store::submissions::{JUDGE_KIND, JudgeJob};
use store::{Store, StoreError};
use tokio::sync::mpsc;

pub use dead::dead_letters;
pub use results::{assemble_code, hidden_name};

/// Limits of a run with custom input.
#[derive(Debug, Clone, Copy)]
pub struct RunLimits {
    pub time_ms: u64,
    pub memory_mb: u64,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits {
            time_ms: 5000,
            memory_mb: 256,
        }
    }
}

/// What the handlers share.
pub struct Pipeline {
    pub store: Store,
    pub judge: Arc<Judge>,
    pub bus: Bus,
    pub run_limits: RunLimits,
    /// Where emails go; without it this worker sends none (and claims no
    /// `send_email` job: another worker with SMTP settings may).
    pub mail: Option<Mail>,
    /// Duel clocks, and what a duel submission's verdict decides.
    pub duels: duels::Duels,
    /// Assessment deadlines and closes; verdicts reach the proctors.
    pub assessments: assessments::Assessments,
}

/// A worker's email settings.
#[derive(Debug, Clone)]
pub struct Mail {
    pub mailer: notify::Mailer,
    pub templates: notify::Templates,
}

/// Add the pipeline's handlers to a worker.
pub fn register(worker: Worker, pipeline: Arc<Pipeline>) -> Worker {
    let judge = pipeline.clone();
    let run = pipeline.clone();
    let clock = pipeline.clone();
    let deadlines = pipeline.clone();
    let worker = match pipeline.mail {
        Some(_) => worker.handle(notify::EMAIL_KIND, move |job: Job| -> JobFuture {
            let p = pipeline.clone();
            Box::pin(async move { p.send_email(job).await })
        }),
        None => worker,
    };
    worker
        .with_dead_letters(dead_letters(judge.bus.clone()))
        .handle(JUDGE_KIND, move |job: Job| -> JobFuture {
            let p = judge.clone();
            Box::pin(async move { p.judge_submission(job).await })
        })
        .handle(RUN_KIND, move |job: Job| -> JobFuture {
            let p = run.clone();
            Box::pin(async move { p.run_code(job).await })
        })
        .handle(duels::CLOCK_KIND, move |job: Job| -> JobFuture {
            let p = clock.clone();
            Box::pin(async move {
                let step: duels::ClockJob = job.payload()?;
                p.duels
                    .tick(&step)
                    .await
                    .map_err(|e| JobError::Retry(e.to_string()))
            })
        })
        .handle(assessments::CLOCK_KIND, move |job: Job| -> JobFuture {
            let p = deadlines.clone();
            Box::pin(async move {
                let step: assessments::ClockJob = job.payload()?;
                p.assessments
                    .tick(&step)
                    .await
                    .map_err(|e| JobError::Retry(e.to_string()))
            })
        })
}

enum Step {
    Running { total: usize },
    Tested(TestProgress),
}

impl Pipeline {
    /// Render and send one email. A refusal for good (5xx, an unusable
    /// address, a template that does not render) dead-letters at once with
    /// the reason; anything else is retried after the backoff.
    async fn send_email(&self, job: Job) -> Result<(), JobError> {
        let email: notify::EmailJob = job.payload()?;
        let Some(mail) = &self.mail else {
            return Err(JobError::Retry(
                "email is not configured on this worker".into(),
            ));
        };
        let message = mail
            .templates
            .render(email.template, &email.vars)
            .map_err(|e| JobError::Permanent(e.to_string()))?;
        match mail
            .mailer
            .send(&email.to, &email.message_id, message)
            .await
        {
            Ok(reply) => {
                metrics::counter!("codemint_emails_total", "outcome" => "sent").increment(1);
                tracing::info!(message_id = %email.message_id, reply, "email sent");
                Ok(())
            }
            Err(notify::SendError::Permanent(e)) => {
                metrics::counter!("codemint_emails_total", "outcome" => "refused").increment(1);
                Err(JobError::Permanent(e))
            }
            Err(notify::SendError::Temporary(e)) => {
                metrics::counter!("codemint_emails_total", "outcome" => "deferred").increment(1);
                Err(JobError::Retry(e))
            }
        }
    }

    async fn judge_submission(&self, job: Job) -> Result<(), JobError> {
        let JudgeJob {
            submission: id,
            generation,
        } = job.payload()?;
        let sub = match self.store.submission(id).await {
            Err(StoreError::NotFound) => return Ok(()),
            r => r?,
        };
        if sub.generation != generation || sub.state == "finished" {
            return Ok(());
        }
        // The submitter hears about it; a room submission's room does too.
        let topics: Vec<String> = std::iter::once(user_topic(sub.user_id))
            .chain(sub.room_id.as_deref().map(bus::room_topic))
            .collect();
        let publish = |event: &ServerEvent| {
            for t in &topics {
                self.bus.publish(t, event);
            }
        };
        if !self
            .store
            .set_submission_state(id, generation, "compiling")
            .await?
        {
            return Ok(());
        }
        publish(&ServerEvent::SubmissionCompiling { id });
        let spec = Arc::new(self.store.problem_spec_at(sub.version_id).await?);
        // In a room the document is the whole program, stub included.
        let code = match &sub.room_id {
            Some(_) => sub.code.clone(),
            None => assemble_code(&spec, &sub.language, &sub.code),
        };
        let samples = spec.samples.len();
        // An assessment scores the share of tests passed: run them all.
        let stop_at_first_failure = sub.attempt_id.is_none();

        let (tx, mut rx) = mpsc::unbounded_channel();
        let judge = self.judge.clone();
        let language = sub.language.clone();
        let problem = spec.clone();
        let judging = tokio::task::spawn_blocking(move || {
            judge.judge_with(
                &language,
                code.as_bytes(),
                &problem,
                stop_at_first_failure,
                &mut |p| {
                    let step = match p {
                        Progress::Compiled { total } => Step::Running { total },
                        Progress::Tested { index, report } => Step::Tested(TestProgress {
                            name: if index < samples {
                                report.name.clone()
                            } else {
                                hidden_name(index - samples)
                            },
                            verdict: format!("{:?}", report.verdict),
                            time_ms: report.time_ms as u32,
                            memory_kb: report.memory_kb as u32,
                        }),
                    };
                    let _ = tx.send(step);
                },
            )
        });
        let (mut done, mut total) = (0u32, 0u32);
        while let Some(step) = rx.recv().await {
            let last = match step {
                Step::Running { total: t } => {
                    total = t as u32;
                    if let Err(e) = self
                        .store
                        .set_submission_state(id, generation, "running")
                        .await
                    {
                        tracing::warn!(submission = id, error = %e, "cannot record progress");
                    }
                    None
                }
                Step::Tested(p) => {
                    done += 1;
                    Some(p)
                }
            };
            publish(&ServerEvent::SubmissionRunning {
                id,
                done,
                total,
                last,
            });
        }
        let outcome = judging
            .await
            .map_err(|e| JobError::Retry(format!("judging panicked: {e}")))?;
        let result = match outcome {
            Ok(report) => results::submission_result(&report, &spec),
            Err(JudgeError::UnknownLanguage(..) | JudgeError::BadSource(_)) => {
                let msg = outcome.err().map(|e| e.to_string()).unwrap_or_default();
                results::compile_error(&msg)
            }
            Err(e @ JudgeError::MissingToolchain(..)) => results::internal_error(&e.to_string()),
            Err(JudgeError::Sandbox(e)) => return Err(JobError::Retry(e.to_string())),
        };
        let verdict = result["verdict"].as_str().unwrap_or("IE").to_string();
        let score = result["score"].as_f64().unwrap_or(0.0);
        // The verdict and, for a room, its timeline entry commit together.
        let mut w = self.store.write().await?;
        let finished = w
            .finish_submission(id, generation, &verdict, &result)
            .await?;
        if let (true, Some(room)) = (finished, &sub.room_id) {
            rooms::submission_finished(&mut w, room, id, &verdict, score, &result).await?;
        }
        w.commit().await?;
        if finished {
            metrics::counter!("codemint_verdicts_total", "verdict" => verdict.clone()).increment(1);
            let num = |k: &str| result[k].as_u64().unwrap_or(0) as u32;
            publish(&ServerEvent::SubmissionFinished {
                id,
                verdict,
                score,
                time_ms: num("time_ms"),
                memory_kb: num("memory_kb"),
            });
            duels::submission_finished(&self.duels, &sub).await;
            self.assessments.submission_finished(&sub).await;
        }
        Ok(())
    }

    async fn run_code(&self, job: Job) -> Result<(), JobError> {
        let RunJob { run: id } = job.payload()?;
        let run = match self.store.run(id).await {
            Err(StoreError::NotFound) => return Ok(()),
            r => r?,
        };
        if run.state == "finished" || !self.store.set_run_state(id, "compiling").await? {
            return Ok(());
        }
        let topic = user_topic(run.user_id);
        let room = run.room_id.clone();
        self.bus.publish(&topic, &ServerEvent::RunCompiling { id });
        let limits = Limits {
            cpu_ms: self.run_limits.time_ms,
            wall_ms: self.run_limits.time_ms * 3 + 2000,
            memory_bytes: self.run_limits.memory_mb << 20,
            ..Limits::default()
        };
        let (tx, mut rx) = mpsc::unbounded_channel();
        let judge = self.judge.clone();
        let running = tokio::task::spawn_blocking(move || {
            judge.run_with(
                &run.language,
                run.code.as_bytes(),
                run.stdin.into_bytes(),
                limits,
                &mut || {
                    let _ = tx.send(());
                },
            )
        });
        if rx.recv().await.is_some() {
            if let Err(e) = self.store.set_run_state(id, "running").await {
                tracing::warn!(run = id, error = %e, "cannot record progress");
            }
            self.bus.publish(&topic, &ServerEvent::RunRunning { id });
        }
        let outcome = running
            .await
            .map_err(|e| JobError::Retry(format!("the run panicked: {e}")))?;
        let result = match outcome {
            Ok(r) => RunResult {
                status: r.status,
                exit_code: r.exit_code,
                signal: r.signal,
                time_ms: r.time_ms as u32,
                wall_ms: r.wall_ms as u32,
                memory_kb: r.memory_kb as u32,
                stdout: r.stdout,
                stderr: r.stderr,
                compile_output: r.compile_output,
            },
            Err(JudgeError::Sandbox(e)) => return Err(JobError::Retry(e.to_string())),
            Err(e) => results::run_refused(&e),
        };
        let json = serde_json::to_value(&result).unwrap_or_default();
        // The result and, for a room, its timeline entry commit together.
        let mut w = self.store.write().await?;
        let finished = w.finish_run(id, &json).await?;
        if let (true, Some(room)) = (finished, &room) {
            rooms::run_finished(&mut w, room, id, &json).await?;
        }
        w.commit().await?;
        if finished {
            if let Some(room) = &room {
                // Shared with the room, live.
                rooms::announce_run(&self.bus, room, id, result.clone());
            }
            self.bus
                .publish(&topic, &ServerEvent::RunFinished { id, result });
        }
        Ok(())
    }
}
