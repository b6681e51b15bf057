//! The durable job table that `crates/queue` runs. A job is `queued` until a
//! worker claims it (`running`, with a lease that the worker keeps extending);
//! success deletes it, failure puts it back with a later `run_at`, and the last
//! failed attempt leaves it `dead` for an admin to retry or discard.
//!
//! Claiming is one `UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING`: on
//! PostgreSQL the inner select takes `FOR UPDATE SKIP LOCKED`, so workers on
//! many machines never claim the same row; SQLite serialises writers anyway.
//! A `running` row whose lease has passed is claimable again: that is how the
//! job of a worker that died reaches another one.

use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{Backend, Store, StoreError, Write, now_ms};

/// A job to add.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub payload: String,
    pub priority: i64,
    pub max_attempts: i64,
}

/// A job a worker now holds.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// This attempt's number, from 1.
    pub attempts: i64,
    pub max_attempts: i64,
    pub created_at: i64,
    pub lease_token: String,
}

/// A job as the admin API shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub priority: i64,
    pub state: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a failed attempt led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    /// Queued again for `run_at`.
    Retrying,
    /// Out of attempts: dead-lettered.
    Dead,
    /// The lease had passed to another worker: nothing was changed.
    LostLease,
}

const JOB_COLUMNS: &str = "id, kind, payload, priority, state, attempts, max_attempts, run_at, \
                           last_error, created_at, updated_at";

fn job_from_row(row: &AnyRow) -> Result<JobRow, StoreError> {
    let payload: String = row.try_get("payload")?;
    Ok(JobRow {
        id: row.try_get("id")?,
        kind: row.try_get("kind")?,
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::String(payload)),
        priority: row.try_get("priority")?,
        state: row.try_get("state")?,
        attempts: row.try_get("attempts")?,
        max_attempts: row.try_get("max_attempts")?,
        run_at: row.try_get("run_at")?,
        last_error: row.try_get("last_error")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Add a job inside the caller's transaction, so the write that caused it and
/// the job commit together or not at all.
pub(crate) async fn enqueue_in(conn: &mut AnyConnection, job: &NewJob) -> Result<i64, StoreError> {
    enqueue_at(conn, job, now_ms()).await
}

/// [`enqueue_in`] for a job no worker may claim before `run_at` (a deadline).
pub(crate) async fn enqueue_at(
    conn: &mut AnyConnection,
    job: &NewJob,
    run_at: i64,
) -> Result<i64, StoreError> {
    let now = now_ms();
    Ok(sqlx::query_scalar(
        "INSERT INTO jobs (kind, payload, priority, state, attempts, max_attempts, run_at, \
         created_at, updated_at) VALUES ($1, $2, $3, 'queued', 0, $4, $5, $6, $6) RETURNING id",
    )
    .bind(&job.kind)
    .bind(&job.payload)
    .bind(job.priority)
    .bind(job.max_attempts)
    .bind(run_at)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?)
}

impl Store {
    pub async fn enqueue(&self, job: &NewJob) -> Result<i64, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = enqueue_in(&mut tx, job).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Claim the most urgent ready job of one of `kinds`, or an abandoned one
    /// whose lease has passed.
    pub async fn claim_job(
        &self,
        kinds: &[&str],
        lease_ms: i64,
        lease_token: &str,
    ) -> Result<Option<ClaimedJob>, StoreError> {
        if kinds.is_empty() {
            return Ok(None);
        }
        let now = now_ms();
        let kind_list = (0..kinds.len())
            .map(|i| format!("${}", i + 4))
            .collect::<Vec<_>>()
            .join(", ");
        let lock = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_until = $2, \
             lease_token = $3, updated_at = $1 \
             WHERE id = (SELECT id FROM jobs WHERE kind IN ({kind_list}) AND \
               ((state = 'queued' AND run_at <= $1) OR (state = 'running' AND lease_until < $1)) \
               ORDER BY priority DESC, run_at, id LIMIT 1 {lock}) \
             RETURNING id, kind, payload, attempts, max_attempts, created_at"
        );
        let mut query = sqlx::query(&sql)
            .bind(now)
            .bind(now + lease_ms)
            .bind(lease_token);
        for kind in kinds {
            query = query.bind(*kind);
        }
        let row = match self.backend {
            // On SQLite take the write lock first, so two workers wait on each other
            // instead of one failing with SQLITE_BUSY.
            Backend::Sqlite => {
                let mut tx = self.begin_write().await?;
                let row = query.fetch_optional(&mut *tx).await?;
                tx.commit().await?;
                row
            }
            Backend::Postgres => query.fetch_optional(&self.pool).await?,
        };
        row.map(|row| {
            Ok(ClaimedJob {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                payload: row.try_get("payload")?,
                attempts: row.try_get("attempts")?,
                max_attempts: row.try_get("max_attempts")?,
                created_at: row.try_get("created_at")?,
                lease_token: lease_token.to_string(),
            })
        })
        .transpose()
    }

    /// Extend a lease; `false` when the job is no longer ours.
    pub async fn extend_lease(
        &self,
        id: i64,
        lease_token: &str,
        lease_ms: i64,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE jobs SET lease_until = $1 WHERE id = $2 AND lease_token = $3 \
             AND state = 'running'",
        )
        .bind(now_ms() + lease_ms)
        .bind(id)
        .bind(lease_token)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// The job succeeded: remove it. `false` when the lease had passed on.
    pub async fn complete_job(&self, id: i64, lease_token: &str) -> Result<bool, StoreError> {
        let n = sqlx::query("DELETE FROM jobs WHERE id = $1 AND lease_token = $2")
            .bind(id)
            .bind(lease_token)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    /// Give an unfinished job back (graceful shutdown): it runs again at once
    /// elsewhere and this attempt does not count.
    pub async fn release_job(&self, id: i64, lease_token: &str) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = attempts - 1, lease_until = NULL, \
             lease_token = NULL, run_at = $1, updated_at = $1 WHERE id = $2 AND lease_token = $3",
        )
        .bind(now_ms())
        .bind(id)
        .bind(lease_token)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Jobs in one state (`queued`, `running`, `dead`), newest first.
    pub async fn list_jobs(
        &self,
        state: &str,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<JobRow>, i64), StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE state = $1 ORDER BY id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(state)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = $1")
            .bind(state)
            .fetch_one(&self.pool)
            .await?;
        Ok((
            rows.iter().map(job_from_row).collect::<Result<_, _>>()?,
            total,
        ))
    }

    pub async fn job(&self, id: i64) -> Result<JobRow, StoreError> {
        let row = sqlx::query(&format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        job_from_row(&row)
    }

    /// Drop a dead job for good (its submission keeps its internal-error result).
    pub async fn discard_dead_job(&self, id: i64) -> Result<(), StoreError> {
        let n = sqlx::query("DELETE FROM jobs WHERE id = $1 AND state = 'dead'")
            .bind(id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        if n == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }

    /// Job counts by state: `(state, count)` for queued, running and dead.
    pub async fn job_counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let rows = sqlx::query("SELECT state, COUNT(*) AS n FROM jobs GROUP BY state")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("state")?, r.try_get("n")?)))
            .collect()
    }

    /// Jobs waiting to run (what back-pressure compares with its limit).
    pub async fn queue_depth(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

/// Failing and retrying, inside the transaction that also answers for the job.
impl Write {
    /// Add a job in this transaction: it exists only if the rest commits.
    pub async fn enqueue(&mut self, job: &NewJob) -> Result<i64, StoreError> {
        enqueue_in(self.conn(), job).await
    }

    /// The attempt failed: retry at `retry_at`, or with `None` dead-letter the
    /// job. The job's kind gives whoever waits on it a final answer in the
    /// same transaction (`queue::DeadLetters`).
    pub async fn fail_job(
        &mut self,
        id: i64,
        lease_token: &str,
        error: &str,
        retry_at: Option<i64>,
    ) -> Result<Failed, StoreError> {
        let now = now_ms();
        let n = sqlx::query(
            "UPDATE jobs SET state = $1, run_at = $2, last_error = $3, lease_until = NULL, \
             lease_token = NULL, updated_at = $4 WHERE id = $5 AND lease_token = $6",
        )
        .bind(if retry_at.is_some() { "queued" } else { "dead" })
        .bind(retry_at.unwrap_or(now))
        .bind(error)
        .bind(now)
        .bind(id)
        .bind(lease_token)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(match (n, retry_at) {
            (0, _) => Failed::LostLease,
            (_, Some(_)) => Failed::Retrying,
            (_, None) => Failed::Dead,
        })
    }

    /// Put a dead job back in the queue with fresh attempts (its kind then
    /// undoes its dead-letter answer in the same transaction).
    pub async fn retry_dead_job(&mut self, id: i64) -> Result<JobRow, StoreError> {
        let now = now_ms();
        let row = sqlx::query(&format!(
            "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, updated_at = $1 \
             WHERE id = $2 AND state = 'dead' RETURNING {JOB_COLUMNS}"
        ))
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        job_from_row(&row)
    }
}
