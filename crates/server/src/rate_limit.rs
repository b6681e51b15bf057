//! Per-key rate limits: GCRA via `governor` in this process, and in cluster
//! mode also a per-minute count shared by every node (Redis), so a client
//! cannot multiply its allowance by spreading requests over nodes. When Redis
//! does not answer, the node's own limit still holds.

use std::fmt::Display;
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use bus::Counter;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::ServerConfig;
use crate::error::ApiError;

pub struct Limiter<K: Hash + Eq + Clone + Display> {
    name: &'static str,
    per_minute: u32,
    inner: DefaultKeyedRateLimiter<K>,
    shared: Option<Arc<Counter>>,
}

impl<K: Hash + Eq + Clone + Display> Limiter<K> {
    pub fn per_minute(name: &'static str, n: u32, shared: Option<Arc<Counter>>) -> Self {
        let n = n.max(1);
        let quota = NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        Limiter {
            name,
            per_minute: n,
            inner: DefaultKeyedRateLimiter::keyed(Quota::per_minute(quota)),
            shared,
        }
    }

    /// Count one request for `key`, or refuse it with 429 and `Retry-After`.
    pub async fn check(&self, key: &K) -> Result<(), ApiError> {
        if self.inner.len() > 100_000 {
            self.inner.retain_recent();
        }
        self.inner.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::too_many_requests(wait.as_secs() + 1)
        })?;
        if let Some(counter) = &self.shared {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs();
            let window = now / 60;
            let key = format!("rl:{}:{key}:{window}", self.name);
            if let Some(n) = counter.hit(&key, Duration::from_secs(61)).await
                && n > u64::from(self.per_minute)
            {
                return Err(ApiError::too_many_requests(60 - now % 60));
            }
        }
        Ok(())
    }
}

pub struct RateLimits {
    pub auth_by_ip: Limiter<IpAddr>,
    pub login_by_account: Limiter<String>,
    /// Reset emails per address, so nobody can flood someone's inbox.
    pub resets_by_account: Limiter<String>,
    pub runs_by_user: Limiter<i64>,
    pub submissions_by_user: Limiter<i64>,
    /// A candidate's saves, signals and session claims (by the attempt's
    /// account): a page sends a few a minute, a runaway one is cut off.
    pub attempt_actions: Limiter<i64>,
}

impl RateLimits {
    /// `shared`: the cluster's counters (cluster mode), or `None`.
    pub fn new(config: &ServerConfig, shared: Option<Arc<Counter>>) -> Self {
        RateLimits {
            auth_by_ip: Limiter::per_minute("auth_ip", config.auth_rate_per_minute, shared.clone()),
            login_by_account: Limiter::per_minute(
                "login",
                config.login_rate_per_account_per_minute,
                shared.clone(),
            ),
            resets_by_account: Limiter::per_minute("resets", 2, shared.clone()),
            runs_by_user: Limiter::per_minute("runs", config.runs_per_minute, shared.clone()),
            submissions_by_user: Limiter::per_minute(
                "submissions",
                config.submissions_per_minute,
                shared.clone(),
            ),
            attempt_actions: Limiter::per_minute("attempt_actions", 600, shared),
        }
    }
}
