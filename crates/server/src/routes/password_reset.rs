//! "Forgot password?": a one-time link by email, then a new password. The
//! request answers 202 whether or not the address has an account (nobody
//! learns who is registered); the link works once, for an hour, and using it
//! signs the account out everywhere. Without email the request says so and
//! points at the admin (`codemint admin reset-password`).

use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use store::StoreError;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::hash_blocking;
use crate::AppState;
use crate::auth::{MAX_PASSWORD, MIN_PASSWORD, hash_opaque, new_opaque_token};
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{ClientIp, Json};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(request_reset))
        .routes(routes!(confirm_reset))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordResetRequest {
    pub email: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordResetConfirm {
    /// The token from the emailed link.
    pub token: String,
    /// The new password (8-256 characters).
    pub password: String,
}

/// Email a one-time link to choose a new password, if the address has an
/// account (202 either way).
#[utoipa::path(post, path = "/auth/password-reset", tag = "auth",
    request_body = PasswordResetRequest,
    responses(
        (status = 202, description = "if the address has an account, a link is on its way"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "this server sends no email", body = Problem, content_type = "application/problem+json"),
    ))]
async fn request_reset(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(req): Json<PasswordResetRequest>,
) -> ApiResult<StatusCode> {
    state.limits.auth_by_ip.check(&ip).await?;
    if !state.config.email {
        // 409, not 503: the server is fine, its settings do not allow this.
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "email_disabled",
            "this server does not send email: ask an admin to reset your password",
        ));
    }
    let email = req.email.trim();
    if email.len() > 254 || !email.contains('@') {
        return Err(ApiError::field(
            "email",
            "must be an email address like name@example.com",
        ));
    }
    let user = match state.store.user_with_password(email).await {
        Ok((user, _)) => user,
        Err(StoreError::NotFound) => return Ok(StatusCode::ACCEPTED),
        Err(e) => return Err(e.into()),
    };
    // A few links a minute per address: more would flood its inbox. The
    // answer stays 202 (a 429 here would say the account exists).
    if state
        .limits
        .resets_by_account
        .check(&user.email)
        .await
        .is_err()
    {
        tracing::info!(
            user_id = user.id,
            "password reset link not sent: too many asked"
        );
        return Ok(StatusCode::ACCEPTED);
    }
    let token = new_opaque_token();
    let mut w = state.store.write().await?;
    let (url, attempts) = (&state.config.public_url, state.config.job_max_attempts);
    notify::password_reset(&mut w, &user, &token, &hash_opaque(&token), url, attempts).await?;
    w.commit().await?;
    state.job_wake.notify_one();
    tracing::info!(user_id = user.id, "password reset link sent");
    Ok(StatusCode::ACCEPTED)
}

/// Choose a new password with the emailed link's token; every session of the
/// account is signed out.
#[utoipa::path(post, path = "/auth/password-reset/confirm", tag = "auth",
    request_body = PasswordResetConfirm,
    responses(
        (status = 204, description = "the password is changed"),
        (status = 400, description = "invalid, expired or used link", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn confirm_reset(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(req): Json<PasswordResetConfirm>,
) -> ApiResult<StatusCode> {
    state.limits.auth_by_ip.check(&ip).await?;
    let n = req.password.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&n) {
        return Err(ApiError::field(
            "password",
            format!("must be {MIN_PASSWORD}-{MAX_PASSWORD} characters"),
        ));
    }
    let invalid = || {
        ApiError::bad_request(
            "invalid_reset_token",
            "the reset link is invalid, expired or used: ask for a new one",
        )
    };
    if req.token.is_empty() || req.token.len() > 200 {
        return Err(invalid());
    }
    let hash = hash_blocking(req.password).await?;
    // The new password, the sign-out everywhere and the notice, together.
    let mut w = state.store.write().await?;
    let user_id = w
        .redeem_password_reset(&hash_opaque(&req.token), &hash)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => invalid(),
            other => other.into(),
        })?;
    let notice = notify::tell(
        &mut w,
        user_id,
        bus::NotificationKind::PasswordChanged,
        "Your password was changed",
        "It was changed with an emailed reset link, and every session was signed out. \
         If this was not you, reset it again and tell an admin.",
        None,
    )
    .await?;
    w.commit().await?;
    notify::announce(&state.bus, user_id, notice);
    tracing::info!(user_id, "password reset through the emailed link");
    Ok(StatusCode::NO_CONTENT)
}
