use std::time::Duration;

use crate::auth::Secret;

/// Typed server settings, read once at start by the binary (flags and
/// `CODEMINT_*` variables) and passed in; the server reads no environment itself.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub jwt_secret: Secret,
    pub access_token_ttl_secs: i64,
    pub refresh_token_ttl_secs: i64,
    /// Login and registration attempts per minute per client IP.
    pub auth_rate_per_minute: u32,
    /// Login attempts per minute per account (stops slow distributed guessing).
    pub login_rate_per_account_per_minute: u32,
    /// Take the client IP from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy_headers: bool,
    /// How long a node may serve a cached problem list after another node changed it.
    pub cache_ttl: Duration,
    /// Largest JSON body, except problem uploads.
    pub max_body_bytes: usize,
    /// Largest problem body or package upload.
    pub max_problem_bytes: usize,
}

impl ServerConfig {
    /// Defaults suited to tests and the embedded mode, with the given secret.
    pub fn with_secret(jwt_secret: Secret) -> Self {
        ServerConfig {
            jwt_secret,
            access_token_ttl_secs: 15 * 60,
            refresh_token_ttl_secs: 30 * 24 * 3600,
            auth_rate_per_minute: 20,
            login_rate_per_account_per_minute: 10,
            trust_proxy_headers: false,
            cache_ttl: Duration::from_secs(2),
            max_body_bytes: 1024 * 1024,
            max_problem_bytes: 64 * 1024 * 1024,
        }
    }
}
