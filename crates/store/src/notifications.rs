//! In-app notifications (per user, unread until read) and each user's email
//! preference per kind.

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, Write, now_ms};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub body: String,
    /// Where to go from it, a path of the web app (`/rooms/…`).
    pub link: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

const COLUMNS: &str = "id, kind, title, body, link, created_at, read_at";

fn from_row(r: &AnyRow) -> Result<Notification, StoreError> {
    Ok(Notification {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        link: r.try_get("link")?,
        created_at: r.try_get("created_at")?,
        read_at: r.try_get("read_at")?,
    })
}

/// A notification to store.
pub struct NewNotification<'a> {
    pub user_id: i64,
    pub kind: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub link: Option<&'a str>,
}

impl Write {
    pub async fn add_notification(
        &mut self,
        new: &NewNotification<'_>,
    ) -> Result<Notification, StoreError> {
        let row = sqlx::query(&format!(
            "INSERT INTO notifications (user_id, kind, title, body, link, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
        ))
        .bind(new.user_id)
        .bind(new.kind)
        .bind(new.title)
        .bind(new.body)
        .bind(new.link)
        .bind(now_ms())
        .fetch_one(&mut *self.conn())
        .await?;
        from_row(&row)
    }
}

impl Store {
    /// A page of the user's notifications, unread first, newest first within
    /// each; and how many there are in all and unread.
    pub async fn notifications(
        &self,
        user_id: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Notification>, i64, i64), StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM notifications WHERE user_id = $1 \
             ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(user_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let items = rows.iter().map(from_row).collect::<Result<Vec<_>, _>>()?;
        let row = sqlx::query(
            "SELECT COUNT(*) AS total, \
             COALESCE(SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END), 0) AS unread \
             FROM notifications WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_one(&self.pool)
        .await?;
        Ok((items, row.try_get("total")?, row.try_get("unread")?))
    }

    /// Mark the user's notifications read: these ids, or all with `None`.
    /// Others' ids are ignored. Returns how many changed.
    pub async fn mark_notifications_read(
        &self,
        user_id: i64,
        ids: Option<&[i64]>,
    ) -> Result<u64, StoreError> {
        let now = now_ms();
        let n = match ids {
            None => sqlx::query(
                "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
            )
            .bind(now)
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected(),
            Some(ids) => {
                let mut tx = self.begin_write().await?;
                let mut n = 0;
                for id in ids {
                    n += sqlx::query(
                        "UPDATE notifications SET read_at = $1 \
                         WHERE id = $2 AND user_id = $3 AND read_at IS NULL",
                    )
                    .bind(now)
                    .bind(id)
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                tx.commit().await?;
                n
            }
        };
        Ok(n)
    }

    /// Whether the user wants `kind` emailed too (yes unless they said no).
    pub async fn wants_email(&self, user_id: i64, kind: &str) -> Result<bool, StoreError> {
        let v: Option<i64> = sqlx::query_scalar(
            "SELECT email FROM notification_prefs WHERE user_id = $1 AND kind = $2",
        )
        .bind(user_id)
        .bind(kind)
        .fetch_optional(&self.pool)
        .await?;
        Ok(v.is_none_or(|v| v != 0))
    }

    /// The kinds the user turned email off (or on) for.
    pub async fn email_prefs(&self, user_id: i64) -> Result<Vec<(String, bool)>, StoreError> {
        let rows = sqlx::query("SELECT kind, email FROM notification_prefs WHERE user_id = $1")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("kind")?, r.try_get::<i64, _>("email")? != 0)))
            .collect()
    }

    pub async fn set_email_pref(
        &self,
        user_id: i64,
        kind: &str,
        email: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO notification_prefs (user_id, kind, email) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id, kind) DO UPDATE SET email = $3",
        )
        .bind(user_id)
        .bind(kind)
        .bind(i64::from(email))
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
