//! Request extractors whose rejections are problem+json, and the authenticated
//! user. Handlers take these instead of axum's own so no error escapes as text.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{
    ConnectInfo, FromRequest, FromRequestParts, Path as AxumPath, Query as AxumQuery,
};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use store::{Role, User};

use crate::auth::{CandidateClaims, GuestClaims};

use crate::AppState;
use crate::error::ApiError;

/// JSON body in and out.
#[derive(Debug, Clone, Copy, Default, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct Json<T>(pub T);

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

#[derive(Debug, FromRequestParts)]
#[from_request(via(AxumQuery), rejection(ApiError))]
pub struct Query<T>(pub T);

#[derive(Debug, FromRequestParts)]
#[from_request(via(AxumPath), rejection(ApiError))]
pub struct Path<T>(pub T);

/// The caller, authenticated by `Authorization: Bearer <access token>`. The user
/// is loaded on every request so a role change or removal takes effect at once.
#[derive(Debug, Clone)]
pub struct AuthUser(pub User);

/// A caller with the interviewer or admin role. As an extractor it runs
/// before the body is read, so someone without the role gets 403 (or 401)
/// whatever the body holds: authorisation comes before validation.
#[derive(Debug, Clone)]
pub struct Staff(pub User);

/// A caller with the admin role (see [`Staff`]).
#[derive(Debug, Clone)]
pub struct Admin(pub User);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let AuthUser(user) = AuthUser::from_request_parts(parts, state).await?;
        if user.role.is_staff() {
            Ok(Staff(user))
        } else {
            Err(ApiError::forbidden(
                "this needs the interviewer or admin role",
            ))
        }
    }
}

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let AuthUser(user) = AuthUser::from_request_parts(parts, state).await?;
        if user.role == Role::Admin {
            Ok(Admin(user))
        } else {
            Err(ApiError::forbidden("this needs the admin role"))
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

pub(crate) async fn authenticate(token: &str, state: &AppState) -> Result<AuthUser, ApiError> {
    let claims = state.tokens.verify_access(token)?;
    match state.store.user(claims.user_id).await {
        Ok(user) => Ok(AuthUser(user)),
        Err(store::StoreError::NotFound) => Err(ApiError::unauthorized(
            "invalid_token",
            "the token's user no longer exists",
        )),
        Err(e) => Err(e.into()),
    }
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer(parts).ok_or_else(|| {
            ApiError::unauthorized(
                "unauthenticated",
                "missing Authorization: Bearer <access token>",
            )
        })?;
        authenticate(token, state).await
    }
}

/// Whoever holds a token: a user, or a guest of one room.
#[derive(Debug, Clone)]
pub enum Principal {
    User(User),
    Guest(GuestClaims),
    /// The holder of one assessment attempt.
    Candidate(CandidateClaims),
}

impl Principal {
    /// The member id rooms know them by: `u:{user id}` or `g:{guest id}`.
    pub fn member_id(&self) -> String {
        match self {
            Principal::User(u) => format!("u:{}", u.id),
            Principal::Guest(g) => g.member.clone(),
            // Their runs and submissions are filed under the attempt's account.
            Principal::Candidate(c) => format!("u:{}", c.user_id),
        }
    }

    pub fn user(&self) -> Option<&User> {
        match self {
            Principal::User(u) => Some(u),
            Principal::Guest(_) | Principal::Candidate(_) => None,
        }
    }

    /// Who this is to the rooms service.
    pub fn caller(&self) -> rooms::Caller<'_> {
        match self {
            Principal::User(u) => rooms::Caller::User(u),
            Principal::Guest(g) => rooms::Caller::Guest {
                member: &g.member,
                room: &g.room,
            },
            // A guest of no room: rooms refuse it.
            Principal::Candidate(c) => rooms::Caller::Guest {
                member: &c.member,
                room: "",
            },
        }
    }
}

/// A user's access token or a guest token.
pub(crate) async fn authenticate_any(token: &str, state: &AppState) -> Result<Principal, ApiError> {
    if let Some(guest) = state.tokens.verify_guest(token)? {
        return Ok(Principal::Guest(guest));
    }
    if let Some(candidate) = state.tokens.verify_attempt(token)? {
        return Ok(Principal::Candidate(candidate));
    }
    Ok(Principal::User(authenticate(token, state).await?.0))
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer(parts).ok_or_else(|| {
            ApiError::unauthorized(
                "unauthenticated",
                "missing Authorization: Bearer <access or guest token>",
            )
        })?;
        authenticate_any(token, state).await
    }
}

/// The holder of an attempt token (a candidate taking an assessment).
#[derive(Debug, Clone)]
pub struct Candidate(pub CandidateClaims);

impl Candidate {
    /// The attempt, if the token is for `id`; 403 otherwise.
    pub fn attempt(&self, id: &str) -> Result<&str, ApiError> {
        if self.0.attempt == id {
            Ok(&self.0.attempt)
        } else {
            Err(ApiError::forbidden("this token is for another attempt"))
        }
    }
}

impl FromRequestParts<AppState> for Candidate {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer(parts).ok_or_else(|| {
            ApiError::unauthorized(
                "unauthenticated",
                "missing Authorization: Bearer <attempt token> (from starting the assessment)",
            )
        })?;
        match state.tokens.verify_attempt(token)? {
            Some(c) => Ok(Candidate(c)),
            None => Err(ApiError::unauthorized(
                "unauthenticated",
                "this needs the attempt token from starting the assessment",
            )),
        }
    }
}

/// The caller of a WebSocket endpoint, from `?token=` (a browser cannot set
/// headers on a WebSocket request; y-websocket's `params` sends it this way).
#[derive(Debug, Clone)]
pub struct QueryToken(pub Principal);

#[derive(serde::Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

impl FromRequestParts<AppState> for QueryToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = AxumQuery::<TokenQuery>::try_from_uri(&parts.uri)
            .ok()
            .and_then(|q| q.0.token)
            .ok_or_else(|| {
                ApiError::unauthorized("unauthenticated", "missing ?token=<access or guest token>")
            })?;
        Ok(QueryToken(authenticate_any(&token, state).await?))
    }
}

/// The client's address: the peer, or the first `X-Forwarded-For` hop when the
/// server is configured to trust its proxy.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if state.config.trust_proxy_headers {
            let forwarded = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .and_then(|v| v.trim().parse().ok());
            if let Some(ip) = forwarded {
                return Ok(ClientIp(ip));
            }
        }
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        Ok(ClientIp(peer))
    }
}
