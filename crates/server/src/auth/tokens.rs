use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use store::{Role, User};

use crate::error::ApiError;

/// A secret string that never shows in logs or `Debug` output.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    role: String,
    iat: i64,
    exp: i64,
    typ: String,
    /// Guest tokens only: the one room they are for, and the display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// Attempt tokens only: the attempt's account (its runs and submissions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    uid: Option<i64>,
}

/// What a valid guest token says: a guest of one room.
#[derive(Debug, Clone)]
pub struct GuestClaims {
    /// `g:{random id}`, the guest's member id in the room.
    pub member: String,
    pub room: String,
    pub name: String,
}

/// What a valid attempt token says: the holder of one assessment attempt.
#[derive(Debug, Clone)]
pub struct CandidateClaims {
    /// `c:{attempt id}`.
    pub member: String,
    pub attempt: String,
    /// The attempt's account, under which its runs and submissions are filed.
    pub user_id: i64,
}

/// How long an attempt token lasts: longer than any attempt, so a candidate
/// can still read their ended attempt.
const ATTEMPT_TTL_SECS: i64 = 48 * 3600;

/// How long a guest token lasts: an interview's length, generously.
const GUEST_TTL_SECS: i64 = 12 * 3600;

/// What a valid access token says.
#[derive(Debug, Clone)]
pub struct AccessClaims {
    pub user_id: i64,
    pub role: Role,
}

/// Signs and verifies access tokens (HS256).
#[derive(Clone)]
pub struct TokenService {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub access_ttl_secs: i64,
    pub refresh_ttl_secs: i64,
}

impl fmt::Debug for TokenService {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenService")
            .field("access_ttl_secs", &self.access_ttl_secs)
            .finish_non_exhaustive()
    }
}

impl TokenService {
    pub fn new(secret: &Secret, access_ttl_secs: i64, refresh_ttl_secs: i64) -> Self {
        TokenService {
            encoding: EncodingKey::from_secret(secret.expose().as_bytes()),
            decoding: DecodingKey::from_secret(secret.expose().as_bytes()),
            access_ttl_secs,
            refresh_ttl_secs,
        }
    }

    pub fn issue_access(&self, user: &User) -> Result<String, ApiError> {
        let now = store::now_ms() / 1000;
        let claims = Claims {
            sub: user.id.to_string(),
            role: user.role.as_str().to_string(),
            iat: now,
            exp: now + self.access_ttl_secs,
            typ: "access".into(),
            room: None,
            name: None,
            uid: None,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(ApiError::internal)
    }

    /// A token for one assessment attempt (no account): valid for it alone.
    pub fn issue_attempt(&self, attempt: &str, user_id: i64) -> Result<String, ApiError> {
        let now = store::now_ms() / 1000;
        let claims = Claims {
            sub: format!("c:{attempt}"),
            role: "candidate".into(),
            iat: now,
            exp: now + ATTEMPT_TTL_SECS,
            typ: "attempt".into(),
            room: Some(attempt.to_string()),
            name: None,
            uid: Some(user_id),
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(ApiError::internal)
    }

    /// An attempt token, or `None` if `token` is some other valid kind.
    pub fn verify_attempt(&self, token: &str) -> Result<Option<CandidateClaims>, ApiError> {
        let c = self.decode(token)?;
        match (c.typ.as_str(), c.room, c.uid) {
            ("attempt", Some(attempt), Some(user_id)) if c.sub == format!("c:{attempt}") => {
                Ok(Some(CandidateClaims {
                    member: c.sub,
                    attempt,
                    user_id,
                }))
            }
            ("attempt", ..) => Err(ApiError::unauthorized(
                "invalid_token",
                "the attempt token is not valid",
            )),
            _ => Ok(None),
        }
    }

    /// A token for a guest of `room` (no account): valid for that room only.
    pub fn issue_guest(&self, member: &str, room: &str, name: &str) -> Result<String, ApiError> {
        let now = store::now_ms() / 1000;
        let claims = Claims {
            sub: member.to_string(),
            role: "guest".into(),
            iat: now,
            exp: now + GUEST_TTL_SECS,
            typ: "guest".into(),
            room: Some(room.to_string()),
            name: Some(name.to_string()),
            uid: None,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(ApiError::internal)
    }

    /// A guest token, or `None` if `token` is some other valid kind.
    pub fn verify_guest(&self, token: &str) -> Result<Option<GuestClaims>, ApiError> {
        let c = self.decode(token)?;
        match (c.typ.as_str(), c.room, c.name) {
            ("guest", Some(room), Some(name)) if c.sub.starts_with("g:") => Ok(Some(GuestClaims {
                member: c.sub,
                room,
                name,
            })),
            ("guest", ..) => Err(ApiError::unauthorized(
                "invalid_token",
                "the guest token is not valid",
            )),
            _ => Ok(None),
        }
    }

    pub fn verify_access(&self, token: &str) -> Result<AccessClaims, ApiError> {
        let c = self.decode(token)?;
        let user_id = c.sub.parse().ok();
        match (c.typ.as_str(), user_id, Role::parse(&c.role)) {
            ("access", Some(user_id), Some(role)) => Ok(AccessClaims { user_id, role }),
            _ => Err(ApiError::unauthorized(
                "invalid_token",
                "the access token is not valid",
            )),
        }
    }

    fn decode(&self, token: &str) -> Result<Claims, ApiError> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 5;
        let data =
            jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation).map_err(|e| {
                use jsonwebtoken::errors::ErrorKind;
                match e.kind() {
                    ErrorKind::ExpiredSignature => ApiError::unauthorized(
                        "token_expired",
                        "the access token has expired; refresh it",
                    ),
                    _ => ApiError::unauthorized("invalid_token", "the access token is not valid"),
                }
            })?;
        Ok(data.claims)
    }
}

/// 128 random bits, URL-safe (22 characters): room ids and guest ids, which
/// are the invitation and must not be guessable.
pub fn new_room_id() -> String {
    let bytes: [u8; 16] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// 256 random bits, URL-safe: refresh tokens, setup tokens, token families.
pub fn new_opaque_token() -> String {
    let bytes: [u8; 32] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores instead of the token.
pub fn hash_opaque(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
