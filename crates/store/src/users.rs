use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, Write, now_ms};

/// A global role (room roles are separate and per room).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Interviewer,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Interviewer => "interviewer",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "user" => Some(Role::User),
            "interviewer" => Some(Role::Interviewer),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Interviewers and admins manage problems, rooms and assessments.
    pub fn is_staff(self) -> bool {
        self >= Role::Interviewer
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub created_at: i64,
}

const COLUMNS: &str = "id, email, name, role, created_at";

fn user_from_row(row: &AnyRow) -> Result<User, StoreError> {
    let role: String = row.try_get("role")?;
    Ok(User {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: Role::parse(&role).ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
        created_at: row.try_get("created_at")?,
    })
}

/// Emails are compared case-insensitively: stored lowercased and trimmed.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Store {
    pub async fn create_user(
        &self,
        email: &str,
        name: &str,
        password_hash: &str,
        role: Role,
    ) -> Result<User, StoreError> {
        let mut w = self.write().await?;
        let user = w.create_user(email, name, password_hash, role).await?;
        w.commit().await?;
        Ok(user)
    }

    pub async fn user(&self, id: i64) -> Result<User, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        user_from_row(&row)
    }

    /// The user and their password hash, for logging in.
    pub async fn user_with_password(&self, email: &str) -> Result<(User, String), StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS}, password_hash FROM users WHERE email = $1"
        ))
        .bind(normalize_email(email))
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok((user_from_row(&row)?, row.try_get("password_hash")?))
    }

    pub async fn set_role(&self, email: &str, role: Role) -> Result<User, StoreError> {
        let row = sqlx::query(&format!(
            "UPDATE users SET role = $1, updated_at = $2 WHERE email = $3 RETURNING {COLUMNS}"
        ))
        .bind(role.as_str())
        .bind(now_ms())
        .bind(normalize_email(email))
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        user_from_row(&row)
    }

    /// Replace the password and revoke every refresh token of the user.
    pub async fn set_password(&self, email: &str, password_hash: &str) -> Result<User, StoreError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(&format!(
            "UPDATE users SET password_hash = $1, updated_at = $2 WHERE email = $3 RETURNING {COLUMNS}"
        ))
        .bind(password_hash)
        .bind(now_ms())
        .bind(normalize_email(email))
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let user = user_from_row(&row)?;
        sqlx::query(
            "UPDATE refresh_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        )
        .bind(now_ms())
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn count_admins(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = 'admin'")
                .fetch_one(&self.pool)
                .await?,
        )
    }

    /// A page of people's accounts ordered by id, and the total count. The
    /// accounts assessment attempts file their work under (no password, no
    /// sign-in; see the `assessments` crate) are not people's: left out.
    pub async fn list_users(
        &self,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<User>, i64), StoreError> {
        let people = "id NOT IN (SELECT user_id FROM attempts)";
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM users WHERE {people} ORDER BY id LIMIT $1 OFFSET $2"
        ))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM users WHERE {people}"))
            .fetch_one(&self.pool)
            .await?;
        Ok((
            rows.iter().map(user_from_row).collect::<Result<_, _>>()?,
            total,
        ))
    }
}

impl Write {
    /// Create a user in this transaction (with what must go with it: a
    /// welcome email).
    pub async fn create_user(
        &mut self,
        email: &str,
        name: &str,
        password_hash: &str,
        role: Role,
    ) -> Result<User, StoreError> {
        let now = now_ms();
        let row = sqlx::query(&format!(
            "INSERT INTO users (email, name, password_hash, role, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING {COLUMNS}"
        ))
        .bind(normalize_email(email))
        .bind(name.trim())
        .bind(password_hash)
        .bind(role.as_str())
        .bind(now)
        .fetch_one(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "a user with this email already exists"))?;
        user_from_row(&row)
    }
}
