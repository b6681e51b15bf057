//! What causes an email, each queued in the transaction of the write that
//! causes it: the welcome with the new account, the reset link with its
//! stored token.

use serde_json::json;
use store::{StoreError, User, Write};

use crate::{EmailJob, Template};

/// How long a password reset link works.
pub const RESET_VALID_MS: i64 = 3600 * 1000;

/// Welcome a new account.
pub async fn welcome(
    w: &mut Write,
    user: &User,
    public_url: &str,
    max_attempts: i64,
) -> Result<(), StoreError> {
    let vars = json!({"name": user.name, "email": user.email, "public_url": public_url});
    EmailJob::new(&user.email, Template::Welcome, vars)
        .enqueue(w, max_attempts)
        .await?;
    Ok(())
}

/// Invite someone to a room by email: the room's link, from the inviter.
pub async fn room_invite(
    w: &mut Write,
    to: &str,
    inviter: &str,
    title: &str,
    url: &str,
    max_attempts: i64,
) -> Result<(), StoreError> {
    let vars = json!({"inviter": inviter, "title": title, "url": url, "public_url": url_root(url)});
    EmailJob::new(to, Template::RoomInvite, vars)
        .enqueue(w, max_attempts)
        .await?;
    Ok(())
}

/// `https://host` of `https://host/rooms/x`.
fn url_root(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

/// Store a reset link (its token's hash) and email the link (the token),
/// together: a link is never stored without its email, nor sent unstored.
pub async fn password_reset(
    w: &mut Write,
    user: &User,
    token: &str,
    token_hash: &str,
    public_url: &str,
    max_attempts: i64,
) -> Result<(), StoreError> {
    w.insert_password_reset(user.id, token_hash, store::now_ms() + RESET_VALID_MS)
        .await?;
    let vars = json!({
        "name": user.name, "email": user.email, "token": token, "public_url": public_url,
    });
    EmailJob::new(&user.email, Template::PasswordReset, vars)
        .enqueue(w, max_attempts)
        .await?;
    Ok(())
}
