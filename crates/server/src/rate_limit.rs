//! Per-key rate limits (GCRA via `governor`), kept in process memory.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::ServerConfig;
use crate::error::ApiError;

pub struct Limiter<K: Hash + Eq + Clone> {
    inner: DefaultKeyedRateLimiter<K>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn per_minute(n: u32) -> Self {
        let n = NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN);
        Limiter {
            inner: DefaultKeyedRateLimiter::keyed(Quota::per_minute(n)),
        }
    }

    /// Count one request for `key`, or refuse it with 429 and `Retry-After`.
    pub fn check(&self, key: &K) -> Result<(), ApiError> {
        if self.inner.len() > 100_000 {
            self.inner.retain_recent();
        }
        self.inner.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::too_many_requests(wait.as_secs() + 1)
        })
    }
}

pub struct RateLimits {
    pub auth_by_ip: Limiter<IpAddr>,
    pub login_by_account: Limiter<String>,
    pub runs_by_user: Limiter<i64>,
    pub submissions_by_user: Limiter<i64>,
}

impl RateLimits {
    pub fn new(config: &ServerConfig) -> Self {
        RateLimits {
            auth_by_ip: Limiter::per_minute(config.auth_rate_per_minute),
            login_by_account: Limiter::per_minute(config.login_rate_per_account_per_minute),
            runs_by_user: Limiter::per_minute(config.runs_per_minute),
            submissions_by_user: Limiter::per_minute(config.submissions_per_minute),
        }
    }
}
