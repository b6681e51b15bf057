//! Submissions: a user's code for one problem version, the job that judges it
//! and the verdict. The job is enqueued in the same transaction as the row.
//!
//! A re-judge bumps `generation`; a job carries the generation it was made for,
//! and every state change checks it, so a stale job (an older re-judge, or a
//! worker that lost its lease) can never overwrite a newer result, and
//! `finished` is written once per generation.

use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::jobs::{NewJob, enqueue_in};
use crate::problems::CURRENT;
use crate::{Store, StoreError, Write, json_opt, now_ms};

/// The job kind that judges a submission.
pub const JUDGE_KIND: &str = "judge_submission";

/// The payload of a [`JUDGE_KIND`] job.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct JudgeJob {
    pub submission: i64,
    pub generation: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    pub id: i64,
    pub user_id: i64,
    pub problem: String,
    /// The problem's version number judged against.
    pub problem_version: i64,
    /// `problem_versions.id` of that version.
    pub version_id: i64,
    pub language: String,
    pub code: String,
    pub state: String,
    pub verdict: Option<String>,
    /// The judge report as JSON, once finished.
    pub result: Option<serde_json::Value>,
    pub generation: i64,
    /// Made in this room: `code` is the whole program, and the verdict is
    /// shared with the room.
    pub room_id: Option<String>,
    /// Made in this duel: it counts for the duel if received in time.
    pub duel_id: Option<String>,
    /// Made in this assessment attempt: it counts if received in time.
    pub attempt_id: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

pub struct NewSubmission<'a> {
    pub user_id: i64,
    pub problem: &'a str,
    pub language: &'a str,
    pub code: &'a str,
    pub idempotency_key: Option<&'a str>,
    pub room_id: Option<&'a str>,
    pub duel_id: Option<&'a str>,
    pub attempt_id: Option<&'a str>,
    pub priority: i64,
    pub max_attempts: i64,
}

const COLUMNS: &str = "s.id, s.user_id, p.slug, v.version, s.version_id, s.language, s.code, \
                       s.state, s.verdict, s.result, s.generation, s.room_id, s.duel_id, \
                       s.attempt_id, s.created_at, s.finished_at";
const FROM: &str = "FROM submissions s JOIN problem_versions v ON v.id = s.version_id \
                    JOIN problems p ON p.id = s.problem_id";

fn from_row(row: &AnyRow) -> Result<Submission, StoreError> {
    Ok(Submission {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        problem: row.try_get("slug")?,
        problem_version: row.try_get("version")?,
        version_id: row.try_get("version_id")?,
        language: row.try_get("language")?,
        code: row.try_get("code")?,
        state: row.try_get("state")?,
        verdict: row.try_get("verdict")?,
        result: json_opt(row, "result")?,
        generation: row.try_get("generation")?,
        room_id: row.try_get("room_id")?,
        duel_id: row.try_get("duel_id")?,
        attempt_id: row.try_get("attempt_id")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

impl Store {
    /// Store a submission against the problem's current version and enqueue its
    /// judge job, atomically. With an idempotency key already used by this user,
    /// returns the earlier submission instead (`false`: nothing new was made).
    pub async fn create_submission(
        &self,
        new: &NewSubmission<'_>,
    ) -> Result<(Submission, bool), StoreError> {
        if let Some(key) = new.idempotency_key
            && let Some(s) = self.submission_by_key(new.user_id, key).await?
        {
            return Ok((s, false));
        }
        let mut w = self.write().await?;
        let sub = w.create_submission(new).await?;
        w.commit().await?;
        Ok((sub, true))
    }

    async fn submission_by_key(
        &self,
        user_id: i64,
        key: &str,
    ) -> Result<Option<Submission>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.user_id = $1 AND s.idempotency_key = $2"
        ))
        .bind(user_id)
        .bind(key)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    pub async fn submission(&self, id: i64) -> Result<Submission, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} {FROM} WHERE s.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        from_row(&row)
    }

    /// A user's submissions, newest first, optionally for one problem.
    pub async fn list_submissions(
        &self,
        user_id: i64,
        problem: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Submission>, i64), StoreError> {
        let filter = "s.user_id = $1 AND ($2 = '' OR p.slug = $2)";
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE {filter} ORDER BY s.id DESC LIMIT $3 OFFSET $4"
        ))
        .bind(user_id)
        .bind(problem.unwrap_or(""))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {FROM} WHERE {filter}"))
            .bind(user_id)
            .bind(problem.unwrap_or(""))
            .fetch_one(&self.pool)
            .await?;
        Ok((rows.iter().map(from_row).collect::<Result<_, _>>()?, total))
    }

    /// A duel's submissions, oldest first.
    pub async fn duel_submissions(&self, duel: &str) -> Result<Vec<Submission>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.duel_id = $1 ORDER BY s.created_at, s.id"
        ))
        .bind(duel)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// An assessment attempt's submissions, oldest first.
    pub async fn attempt_submissions(&self, attempt: &str) -> Result<Vec<Submission>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.attempt_id = $1 ORDER BY s.created_at, s.id"
        ))
        .bind(attempt)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// Move a submission to `compiling` or `running`; `false` when the job is
    /// stale (another generation, or already finished).
    pub async fn set_submission_state(
        &self,
        id: i64,
        generation: i64,
        state: &str,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE submissions SET state = $1 WHERE id = $2 AND generation = $3 \
             AND state <> 'finished'",
        )
        .bind(state)
        .bind(id)
        .bind(generation)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Record the verdict; `true` only for the one call that finished it.
    pub async fn finish_submission(
        &self,
        id: i64,
        generation: i64,
        verdict: &str,
        result: &serde_json::Value,
    ) -> Result<bool, StoreError> {
        let mut w = self.write().await?;
        let finished = w.finish_submission(id, generation, verdict, result).await?;
        w.commit().await?;
        Ok(finished)
    }

    /// Re-judge every submission of a problem against its current version, as
    /// low-priority jobs; returns how many were queued.
    pub async fn rejudge_problem(
        &self,
        slug: &str,
        priority: i64,
        max_attempts: i64,
    ) -> Result<i64, StoreError> {
        let (version_id, problem_id) = self.current_version_id(slug).await?;
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE submissions SET generation = generation + 1, state = 'queued', \
             verdict = NULL, result = NULL, finished_at = NULL, version_id = $1 \
             WHERE problem_id = $2",
        )
        .bind(version_id)
        .bind(problem_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let now = now_ms();
        sqlx::query(
            "INSERT INTO jobs (kind, payload, priority, state, attempts, max_attempts, run_at, \
             created_at, updated_at) \
             SELECT $1, '{\"submission\":' || id || ',\"generation\":' || generation || '}', \
             $2, 'queued', 0, $3, $4, $4, $4 FROM submissions WHERE problem_id = $5 ORDER BY id",
        )
        .bind(JUDGE_KIND)
        .bind(priority)
        .bind(max_attempts)
        .bind(now)
        .bind(problem_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(n as i64)
    }
}

impl Write {
    /// A submission, read inside the transaction.
    pub async fn submission(&mut self, id: i64) -> Result<Submission, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} {FROM} WHERE s.id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        from_row(&row)
    }

    /// An admin retried its dead judge job: the submission waits for it again.
    pub async fn requeue_submission(&mut self, id: i64, generation: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE submissions SET state = 'queued', verdict = NULL, result = NULL, \
             finished_at = NULL WHERE id = $1 AND generation = $2",
        )
        .bind(id)
        .bind(generation)
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    /// A duel's submissions, oldest first, read inside the transaction.
    pub async fn duel_submissions(&mut self, duel: &str) -> Result<Vec<Submission>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.duel_id = $1 ORDER BY s.created_at, s.id"
        ))
        .bind(duel)
        .fetch_all(&mut *self.conn())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// Store a submission against the problem's current version and enqueue
    /// its judge job (no idempotency key: see [`Store::create_submission`]).
    pub async fn create_submission(
        &mut self,
        new: &NewSubmission<'_>,
    ) -> Result<Submission, StoreError> {
        let version = sqlx::query(&format!(
            "SELECT v.id, p.id AS problem_id {CURRENT} WHERE p.slug = $1 AND p.deleted_at IS NULL"
        ))
        .bind(new.problem)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        let (version_id, problem_id): (i64, i64) =
            (version.try_get("id")?, version.try_get("problem_id")?);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO submissions (user_id, problem_id, version_id, language, code, state, \
             idempotency_key, room_id, duel_id, attempt_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'queued', $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(new.user_id)
        .bind(problem_id)
        .bind(version_id)
        .bind(new.language)
        .bind(new.code)
        .bind(new.idempotency_key)
        .bind(new.room_id)
        .bind(new.duel_id)
        .bind(new.attempt_id)
        .bind(now_ms())
        .fetch_one(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "idempotency key already used"))?;
        let job = NewJob {
            kind: JUDGE_KIND.into(),
            payload: serde_json::to_string(&JudgeJob {
                submission: id,
                generation: 1,
            })
            .unwrap_or_default(),
            priority: new.priority,
            max_attempts: new.max_attempts,
        };
        enqueue_in(self.conn(), &job).await?;
        let row = sqlx::query(&format!("SELECT {COLUMNS} {FROM} WHERE s.id = $1"))
            .bind(id)
            .fetch_one(&mut *self.conn())
            .await?;
        from_row(&row)
    }

    /// Record the verdict; `true` only for the one call that finished it.
    pub async fn finish_submission(
        &mut self,
        id: i64,
        generation: i64,
        verdict: &str,
        result: &serde_json::Value,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE submissions SET state = 'finished', verdict = $1, result = $2, \
             finished_at = $3 WHERE id = $4 AND generation = $5 AND state <> 'finished'",
        )
        .bind(verdict)
        .bind(result.to_string())
        .bind(now_ms())
        .bind(id)
        .bind(generation)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(n == 1)
    }
}
