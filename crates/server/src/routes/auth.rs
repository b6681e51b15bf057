//! Registration, login, token refresh and logout, and the one-time admin setup.

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use store::tokens::Refresh;
use store::{StoreError, User};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::users::UserDto;
use crate::AppState;
use crate::auth::{
    MAX_PASSWORD, hash_opaque, hash_password, new_opaque_token, validate_account, verify_password,
};
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{ClientIp, Json};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(login))
        .routes(routes!(refresh))
        .routes(routes!(logout))
        .routes(routes!(setup))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RegisterRequest {
    pub email: String,
    pub password: String,
    pub name: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SetupRequest {
    /// The token from the setup link printed at first start.
    pub token: String,
    pub email: String,
    pub password: String,
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuthResponse {
    pub user: UserDto,
    /// Short-lived JWT for `Authorization: Bearer …`.
    pub access_token: String,
    /// Opaque, single-use: trade it at `/auth/refresh` for a new pair.
    pub refresh_token: String,
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

pub(super) async fn hash_blocking(password: String) -> ApiResult<String> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)
}

/// A new access token and a refresh token in `family` (a new family at login).
async fn issue(state: &AppState, user: User, family: Option<String>) -> ApiResult<AuthResponse> {
    let refresh_token = new_opaque_token();
    let family = family.unwrap_or_else(new_opaque_token);
    let expires_at = store::now_ms() + state.tokens.refresh_ttl_secs * 1000;
    state
        .store
        .insert_refresh_token(user.id, &family, &hash_opaque(&refresh_token), expires_at)
        .await?;
    Ok(AuthResponse {
        access_token: state.tokens.issue_access(&user)?,
        refresh_token,
        token_type: "Bearer",
        expires_in: state.tokens.access_ttl_secs,
        user: user.into(),
    })
}

/// Create an account with the `user` role.
#[utoipa::path(post, path = "/auth/register", tag = "auth",
    request_body = RegisterRequest,
    responses(
        (status = 201, body = AuthResponse),
        (status = 409, description = "email taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "rate limited", body = Problem, content_type = "application/problem+json"),
    ))]
async fn register(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(req): Json<RegisterRequest>,
) -> ApiResult<(StatusCode, Json<AuthResponse>)> {
    state.limits.auth_by_ip.check(&ip).await?;
    validate_account(&req.email, &req.password, &req.name)?;
    let hash = hash_blocking(req.password).await?;
    // The account and its welcome email commit together.
    let mut w = state.store.write().await?;
    let user = w
        .create_user(&req.email, &req.name, &hash, store::Role::User)
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => ApiError::new(
                StatusCode::CONFLICT,
                "email_taken",
                "an account with this email already exists",
            ),
            other => other.into(),
        })?;
    if state.config.email {
        let (url, attempts) = (&state.config.public_url, state.config.job_max_attempts);
        notify::welcome(&mut w, &user, url, attempts).await?;
    }
    let notice = notify::tell(
        &mut w,
        user.id,
        bus::NotificationKind::Welcome,
        "Welcome to Codemint",
        "Solve problems, follow your submissions, and join interviews from here.",
        Some("/problems"),
    )
    .await?;
    w.commit().await?;
    notify::announce(&state.bus, user.id, notice);
    if state.config.email {
        state.job_wake.notify_one();
    }
    tracing::info!(user_id = user.id, "user registered");
    Ok((StatusCode::CREATED, Json(issue(&state, user, None).await?)))
}

/// Exchange email and password for tokens.
#[utoipa::path(post, path = "/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = AuthResponse),
        (status = 401, description = "wrong email or password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "rate limited", body = Problem, content_type = "application/problem+json"),
    ))]
async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(req): Json<LoginRequest>,
) -> ApiResult<Json<AuthResponse>> {
    state.limits.auth_by_ip.check(&ip).await?;
    if req.email.len() > 254 || req.password.len() > MAX_PASSWORD * 4 {
        return Err(ApiError::unauthorized(
            "invalid_credentials",
            "wrong email or password",
        ));
    }
    state
        .limits
        .login_by_account
        .check(&store::users::normalize_email(&req.email))
        .await?;
    let found = match state.store.user_with_password(&req.email).await {
        Ok(found) => Some(found),
        Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    // Verify against a dummy hash when the user is unknown, so timing does not
    // reveal which emails have accounts.
    let hash = found
        .as_ref()
        .map(|(_, h)| h.clone())
        .unwrap_or_else(|| DUMMY_HASH.clone());
    let password = req.password;
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(ApiError::internal)?;
    match found {
        Some((user, _)) if ok => Ok(Json(issue(&state, user, None).await?)),
        _ => Err(ApiError::unauthorized(
            "invalid_credentials",
            "wrong email or password",
        )),
    }
}

/// argon2id hash of a random string nobody knows, made once per process.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password(&new_opaque_token()).unwrap_or_default());

/// Trade a refresh token for a new pair. Each refresh token works once; using
/// one twice revokes every token descended from the same login.
#[utoipa::path(post, path = "/auth/refresh", tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, body = AuthResponse),
        (status = 401, description = "invalid, expired or reused token", body = Problem, content_type = "application/problem+json"),
    ))]
async fn refresh(
    State(state): State<AppState>,
    Json(req): Json<RefreshRequest>,
) -> ApiResult<Json<AuthResponse>> {
    if req.refresh_token.len() > 200 {
        return Err(ApiError::unauthorized(
            "invalid_refresh_token",
            "unknown refresh token",
        ));
    }
    match state
        .store
        .use_refresh_token(&hash_opaque(&req.refresh_token))
        .await?
    {
        Refresh::Rotated { user_id, family } => {
            let user = state.store.user(user_id).await?;
            Ok(Json(issue(&state, user, Some(family)).await?))
        }
        Refresh::Reused => {
            tracing::warn!("refresh token reused: its family was revoked");
            Err(ApiError::unauthorized(
                "refresh_token_reused",
                "this refresh token was already used; every session from that login has been signed out",
            ))
        }
        Refresh::Expired => Err(ApiError::unauthorized(
            "refresh_token_expired",
            "the refresh token has expired",
        )),
        Refresh::Unknown => Err(ApiError::unauthorized(
            "invalid_refresh_token",
            "unknown refresh token",
        )),
    }
}

/// Revoke the refresh token and every token from the same login.
#[utoipa::path(post, path = "/auth/logout", tag = "auth",
    request_body = RefreshRequest,
    responses((status = 204, description = "signed out")))]
async fn logout(
    State(state): State<AppState>,
    Json(req): Json<RefreshRequest>,
) -> ApiResult<StatusCode> {
    if req.refresh_token.len() <= 200 {
        state
            .store
            .revoke_refresh_token(&hash_opaque(&req.refresh_token))
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Create the first admin with the one-time token printed at first start.
#[utoipa::path(post, path = "/auth/setup", tag = "auth",
    request_body = SetupRequest,
    responses(
        (status = 201, body = AuthResponse),
        (status = 401, description = "invalid or used setup token", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "invalid field", body = Problem, content_type = "application/problem+json"),
    ))]
async fn setup(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(req): Json<SetupRequest>,
) -> ApiResult<(StatusCode, Json<AuthResponse>)> {
    state.limits.auth_by_ip.check(&ip).await?;
    validate_account(&req.email, &req.password, &req.name)?;
    let hash = hash_blocking(req.password).await?;
    let user = state
        .store
        .redeem_setup_token(&hash_opaque(&req.token), &req.email, &req.name, &hash)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => ApiError::unauthorized(
                "invalid_setup_token",
                "the setup token is invalid, expired or used",
            ),
            StoreError::Conflict(_) => ApiError::new(
                StatusCode::CONFLICT,
                "email_taken",
                "an account with this email already exists",
            ),
            other => other.into(),
        })?;
    tracing::info!(
        user_id = user.id,
        "first admin created through the setup link"
    );
    Ok((StatusCode::CREATED, Json(issue(&state, user, None).await?)))
}
