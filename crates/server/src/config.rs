use std::time::Duration;

use crate::auth::Secret;

/// Typed server settings, read once at start by the binary (flags and
/// `CODEMINT_*` variables) and passed in; the server reads no environment itself.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub jwt_secret: Secret,
    /// The URL users reach this server at (room links).
    pub public_url: String,
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
    /// Language ids the judge accepts (from `languages.toml`).
    pub languages: Vec<String>,
    /// Largest source code in a run or submission.
    pub max_code_bytes: usize,
    /// Largest custom input of a run.
    pub max_stdin_bytes: usize,
    /// Runs per minute per user.
    pub runs_per_minute: u32,
    /// Submissions per minute per user.
    pub submissions_per_minute: u32,
    /// Above this many waiting jobs, new runs and submissions get 429.
    pub max_queue_depth: i64,
    /// Attempts before a job is dead-lettered.
    pub job_max_attempts: i64,
    /// Members (admitted or waiting) one room accepts.
    pub max_room_members: i64,
    /// Whether emails are queued (`--smtp-url` is set).
    pub email: bool,
    /// From both duel players in to the clock starting.
    pub duel_countdown: Duration,
    /// How long a duel player may be away while the other stays.
    pub duel_grace: Duration,
    /// The shortest duel a challenge may ask for.
    pub duel_min_secs: i64,
}

impl ServerConfig {
    /// The largest program accepted (64 KiB), also what a worker's
    /// assessment deadlines submit at most.
    pub fn default_max_code_bytes() -> usize {
        64 * 1024
    }

    /// Defaults suited to tests and the embedded mode, with the given secret.
    pub fn with_secret(jwt_secret: Secret) -> Self {
        ServerConfig {
            jwt_secret,
            public_url: "http://127.0.0.1:8080".into(),
            access_token_ttl_secs: 15 * 60,
            refresh_token_ttl_secs: 30 * 24 * 3600,
            auth_rate_per_minute: 20,
            login_rate_per_account_per_minute: 10,
            trust_proxy_headers: false,
            cache_ttl: Duration::from_secs(2),
            max_body_bytes: 1024 * 1024,
            max_problem_bytes: 64 * 1024 * 1024,
            languages: [
                "c",
                "cpp",
                "python",
                "javascript",
                "rust",
                "java",
                "go",
                "bash",
            ]
            .map(String::from)
            .to_vec(),
            max_code_bytes: Self::default_max_code_bytes(),
            max_stdin_bytes: 1024 * 1024,
            runs_per_minute: 30,
            submissions_per_minute: 12,
            max_queue_depth: 1000,
            job_max_attempts: 3,
            max_room_members: 50,
            email: false,
            duel_countdown: Duration::from_secs(5),
            duel_grace: Duration::from_secs(60),
            duel_min_secs: 60,
        }
    }
}
