//! Refresh tokens (rotating, revocable, stored as SHA-256 hashes), one-time
//! setup tokens and password reset links. The store sees only hashes; the caller generates the secrets.

use sqlx::Row;

use crate::{Store, StoreError, Write, now_ms};

/// What happened when a refresh token was presented.
#[derive(Debug, PartialEq, Eq)]
pub enum Refresh {
    /// Valid and now spent: issue its successor in `family` for `user_id`.
    Rotated {
        user_id: i64,
        family: String,
    },
    /// Already spent or revoked: the whole family has been revoked (theft).
    Reused,
    Expired,
    Unknown,
}

impl Store {
    pub async fn insert_refresh_token(
        &self,
        user_id: i64,
        family: &str,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO refresh_tokens (user_id, family, token_hash, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(user_id)
        .bind(family)
        .bind(token_hash)
        .bind(now_ms())
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Spend a refresh token. Exactly one of several concurrent callers wins the
    /// conditional UPDATE; any later use is treated as reuse of a stolen token.
    pub async fn use_refresh_token(&self, token_hash: &str) -> Result<Refresh, StoreError> {
        let now = now_ms();
        let Some(row) = sqlx::query(
            "SELECT user_id, family, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(Refresh::Unknown);
        };
        let family: String = row.try_get("family")?;
        let user_id: i64 = row.try_get("user_id")?;
        let spent = row.try_get::<Option<i64>, _>("used_at")?.is_some()
            || row.try_get::<Option<i64>, _>("revoked_at")?.is_some();
        if spent {
            self.revoke_family(&family).await?;
            return Ok(Refresh::Reused);
        }
        if row.try_get::<i64, _>("expires_at")? <= now {
            return Ok(Refresh::Expired);
        }
        let won = sqlx::query(
            "UPDATE refresh_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(token_hash)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1;
        if !won {
            self.revoke_family(&family).await?;
            return Ok(Refresh::Reused);
        }
        Ok(Refresh::Rotated { user_id, family })
    }

    /// Revoke the family a token belongs to (logout). Unknown tokens are ignored.
    pub async fn revoke_refresh_token(&self, token_hash: &str) -> Result<bool, StoreError> {
        let family: Option<String> =
            sqlx::query_scalar("SELECT family FROM refresh_tokens WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await?;
        match family {
            Some(f) => {
                self.revoke_family(&f).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub async fn revoke_family(&self, family: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE refresh_tokens SET revoked_at = $1 WHERE family = $2 AND revoked_at IS NULL",
        )
        .bind(now_ms())
        .bind(family)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn insert_setup_token(
        &self,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token_hash)
        .bind(now_ms())
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Spend a setup token and create the admin it invites, in one transaction:
    /// a refused email leaves the token usable. `NotFound` if the token is not valid.
    pub async fn redeem_setup_token(
        &self,
        token_hash: &str,
        email: &str,
        name: &str,
        password_hash: &str,
    ) -> Result<crate::User, StoreError> {
        let now = now_ms();
        let mut tx = self.begin_write().await?;
        let n = sqlx::query(
            "UPDATE setup_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(token_hash)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, name, password_hash, role, created_at, updated_at) \
             VALUES ($1, $2, $3, 'admin', $4, $4) RETURNING id",
        )
        .bind(crate::users::normalize_email(email))
        .bind(name.trim())
        .bind(password_hash)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "a user with this email already exists"))?;
        tx.commit().await?;
        self.user(id).await
    }
}

impl Write {
    /// Spend a password reset token: set the new password and revoke every
    /// refresh token of the user (signed out everywhere), in this
    /// transaction. Returns the user's id; `NotFound` if the token is
    /// unknown, expired or already used.
    pub async fn redeem_password_reset(
        &mut self,
        token_hash: &str,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let now = now_ms();
        let user_id: i64 = sqlx::query_scalar(
            "UPDATE password_resets SET used_at = $1 \
             WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now)
            .bind(user_id)
            .execute(&mut *self.conn())
            .await?;
        sqlx::query(
            "UPDATE refresh_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .execute(&mut *self.conn())
        .await?;
        // Other links of the same user die with this one.
        sqlx::query(
            "UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .execute(&mut *self.conn())
        .await?;
        Ok(user_id)
    }
}

impl Write {
    /// A password reset link for `user_id`, valid until `expires_at` (ms).
    pub async fn insert_password_reset(
        &mut self,
        user_id: i64,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(now_ms())
        .bind(expires_at)
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }
}
