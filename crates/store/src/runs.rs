//! Runs with custom input (the playground): code + stdin → a high-priority job
//! → the `codemint run` JSON fields. Same shape as submissions, without a problem.

use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::jobs::{NewJob, enqueue_in};
use crate::{Store, StoreError, Write, json_opt, now_ms};

/// The job kind that executes a run.
pub const RUN_KIND: &str = "run_code";

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct RunJob {
    pub run: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub id: i64,
    pub user_id: i64,
    pub language: String,
    pub code: String,
    pub stdin: String,
    pub state: String,
    pub result: Option<serde_json::Value>,
    /// The room this run is shared with, if any.
    pub room_id: Option<String>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

pub struct NewRun<'a> {
    pub user_id: i64,
    pub language: &'a str,
    pub code: &'a str,
    pub stdin: &'a str,
    pub idempotency_key: Option<&'a str>,
    pub room_id: Option<&'a str>,
    pub priority: i64,
    pub max_attempts: i64,
}

const COLUMNS: &str =
    "id, user_id, language, code, stdin, state, result, room_id, created_at, finished_at";

fn from_row(row: &AnyRow) -> Result<Run, StoreError> {
    Ok(Run {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        language: row.try_get("language")?,
        code: row.try_get("code")?,
        stdin: row.try_get("stdin")?,
        state: row.try_get("state")?,
        result: json_opt(row, "result")?,
        room_id: row.try_get("room_id")?,
        created_at: row.try_get("created_at")?,
        finished_at: row.try_get("finished_at")?,
    })
}

impl Store {
    /// Store a run and enqueue its job atomically (idempotency as for submissions).
    pub async fn create_run(&self, new: &NewRun<'_>) -> Result<(Run, bool), StoreError> {
        if let Some(key) = new.idempotency_key
            && let Some(row) = sqlx::query(&format!(
                "SELECT {COLUMNS} FROM runs WHERE user_id = $1 AND idempotency_key = $2"
            ))
            .bind(new.user_id)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?
        {
            return Ok((from_row(&row)?, false));
        }
        let mut w = self.write().await?;
        let run = w.create_run(new).await?;
        w.commit().await?;
        Ok((run, true))
    }

    pub async fn run(&self, id: i64) -> Result<Run, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM runs WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        from_row(&row)
    }

    pub async fn set_run_state(&self, id: i64, state: &str) -> Result<bool, StoreError> {
        let n = sqlx::query("UPDATE runs SET state = $1 WHERE id = $2 AND state <> 'finished'")
            .bind(state)
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    /// Record the result; `true` only for the one call that finished it.
    pub async fn finish_run(
        &self,
        id: i64,
        result: &serde_json::Value,
    ) -> Result<bool, StoreError> {
        let mut w = self.write().await?;
        let finished = w.finish_run(id, result).await?;
        w.commit().await?;
        Ok(finished)
    }
}

impl Write {
    /// A run, read inside the transaction.
    pub async fn run(&mut self, id: i64) -> Result<Run, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM runs WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        from_row(&row)
    }

    /// An admin retried its dead job: the run waits for it again.
    pub async fn requeue_run(&mut self, id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE runs SET state = 'queued', result = NULL, finished_at = NULL WHERE id = $1",
        )
        .bind(id)
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    /// Store a run and enqueue its job (no idempotency key: see
    /// [`Store::create_run`]).
    pub async fn create_run(&mut self, new: &NewRun<'_>) -> Result<Run, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO runs (user_id, language, code, stdin, state, idempotency_key, \
             room_id, created_at) VALUES ($1, $2, $3, $4, 'queued', $5, $6, $7) RETURNING id",
        )
        .bind(new.user_id)
        .bind(new.language)
        .bind(new.code)
        .bind(new.stdin)
        .bind(new.idempotency_key)
        .bind(new.room_id)
        .bind(now_ms())
        .fetch_one(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "idempotency key already used"))?;
        let job = NewJob {
            kind: RUN_KIND.into(),
            payload: serde_json::to_string(&RunJob { run: id }).unwrap_or_default(),
            priority: new.priority,
            max_attempts: new.max_attempts,
        };
        enqueue_in(self.conn(), &job).await?;
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM runs WHERE id = $1"))
            .bind(id)
            .fetch_one(&mut *self.conn())
            .await?;
        from_row(&row)
    }

    /// Record the result; `true` only for the one call that finished it.
    pub async fn finish_run(
        &mut self,
        id: i64,
        result: &serde_json::Value,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE runs SET state = 'finished', result = $1, finished_at = $2 \
             WHERE id = $3 AND state <> 'finished'",
        )
        .bind(result.to_string())
        .bind(now_ms())
        .bind(id)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(n == 1)
    }
}
