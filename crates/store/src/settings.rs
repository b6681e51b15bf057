//! Small key/value settings shared by every node (for example the token-signing
//! secret when none is configured).

use crate::{Store, StoreError};

impl Store {
    /// The value stored under `key`, storing `init()` first if there is none.
    /// Race-safe across processes: the first writer wins and everyone reads its value.
    pub async fn setting_or_init(
        &self,
        key: &str,
        init: impl FnOnce() -> String,
    ) -> Result<String, StoreError> {
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(init())
        .execute(&self.pool)
        .await?;
        self.setting(key).await?.ok_or(StoreError::NotFound)
    }

    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?,
        )
    }
}
