//! A room document's durable history: an append-only log of Yjs updates (with
//! time and author) and a snapshot that folds the log's prefix for fast loads.
//! The log is kept after compaction for replay, up to a retention time.

use sqlx::Row;

use crate::{Store, StoreError};

/// One logged update.
#[derive(Debug, Clone, PartialEq)]
pub struct DocUpdate {
    pub id: i64,
    pub at: i64,
    pub author: String,
    pub data: Vec<u8>,
}

/// An update to append.
#[derive(Debug, Clone)]
pub struct NewUpdate {
    pub room: String,
    pub at: i64,
    pub author: String,
    pub data: Vec<u8>,
}

/// What loading a document needs: the snapshot (if any) and the updates after it.
#[derive(Debug, Clone, Default)]
pub struct StoredDoc {
    pub snapshot: Option<Vec<u8>>,
    pub upto_id: i64,
    pub tail: Vec<DocUpdate>,
}

impl Store {
    /// Append a batch (any rooms) in one transaction: one write for many
    /// edits; `touch` are rooms whose activity time to refresh with it.
    pub async fn append_doc_updates(
        &self,
        batch: &[NewUpdate],
        touch: &[String],
    ) -> Result<(), StoreError> {
        if batch.is_empty() && touch.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        for u in batch {
            sqlx::query(
                "INSERT INTO doc_updates (room_id, at, author, data) VALUES ($1, $2, $3, $4)",
            )
            .bind(&u.room)
            .bind(u.at)
            .bind(&u.author)
            .bind(&u.data)
            .execute(&mut *tx)
            .await?;
        }
        // Editing keeps a room alive (idle rooms expire).
        for room in touch {
            sqlx::query("UPDATE rooms SET last_active_at = $1 WHERE id = $2")
                .bind(crate::now_ms())
                .bind(room)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn load_doc(&self, room: &str) -> Result<StoredDoc, StoreError> {
        let snap = sqlx::query("SELECT upto_id, data FROM doc_snapshots WHERE room_id = $1")
            .bind(room)
            .fetch_optional(&self.pool)
            .await?;
        let (snapshot, upto_id) = match snap {
            Some(r) => (
                Some(r.try_get::<Vec<u8>, _>("data")?),
                r.try_get("upto_id")?,
            ),
            None => (None, 0),
        };
        let tail = self.doc_updates_after(room, upto_id).await?;
        Ok(StoredDoc {
            snapshot,
            upto_id,
            tail,
        })
    }

    /// Every logged update after `after_id`, oldest first (replay, loading).
    pub async fn doc_updates_after(
        &self,
        room: &str,
        after_id: i64,
    ) -> Result<Vec<DocUpdate>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, author, data FROM doc_updates WHERE room_id = $1 AND id > $2 ORDER BY id",
        )
        .bind(room)
        .bind(after_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(DocUpdate {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    author: r.try_get("author")?,
                    data: r.try_get("data")?,
                })
            })
            .collect()
    }

    /// Replace the snapshot with one holding every update up to `upto_id`, and
    /// drop logged updates it covers that are older than `keep_since` (ms).
    pub async fn save_doc_snapshot(
        &self,
        room: &str,
        upto_id: i64,
        data: &[u8],
        keep_since: i64,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        // Several nodes may compact the same document; a snapshot never
        // replaces one that covers more of the log.
        let newer: Option<i64> = sqlx::query_scalar(
            "SELECT upto_id FROM doc_snapshots WHERE room_id = $1 AND upto_id > $2",
        )
        .bind(room)
        .bind(upto_id)
        .fetch_optional(&mut *tx)
        .await?;
        if newer.is_some() {
            return Ok(());
        }
        sqlx::query("DELETE FROM doc_snapshots WHERE room_id = $1")
            .bind(room)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO doc_snapshots (room_id, upto_id, data, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(room)
        .bind(upto_id)
        .bind(data)
        .bind(crate::now_ms())
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM doc_updates WHERE room_id = $1 AND id <= $2 AND at < $3")
            .bind(room)
            .bind(upto_id)
            .bind(keep_since)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The id of the newest logged update of a room (0 if none).
    pub async fn last_doc_update_id(&self, room: &str) -> Result<i64, StoreError> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT MAX(id) FROM doc_updates WHERE room_id = $1")
                .bind(room)
                .fetch_one(&self.pool)
                .await?;
        Ok(id.unwrap_or(0))
    }
}
