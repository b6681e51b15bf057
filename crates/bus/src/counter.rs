//! Counters shared by every node (cluster mode): fixed-window request counts
//! for rate limits, in Redis (`INCR` + `EXPIRE`). When Redis does not answer
//! within a few milliseconds the caller falls back to its own node's limits
//! rather than failing the request.

use std::time::Duration;

use redis::aio::ConnectionManager;

const ANSWER_WITHIN: Duration = Duration::from_millis(250);

pub struct Counter {
    conn: ConnectionManager,
    /// The deployment's key prefix, `codemint:{cluster}:`.
    prefix: String,
}

impl Counter {
    pub(crate) async fn connect(
        client: redis::Client,
        prefix: String,
    ) -> redis::RedisResult<Counter> {
        Ok(Counter {
            conn: ConnectionManager::new(client).await?,
            prefix,
        })
    }

    /// Count one hit on `key` (which lives `ttl` after its latest hit: keys
    /// carry their window, so this only cleans up); the count so far, or
    /// `None` when Redis is unavailable.
    pub async fn hit(&self, key: &str, ttl: Duration) -> Option<u64> {
        let mut conn = self.conn.clone();
        let key = format!("{}count:{key}", self.prefix);
        let counted = async {
            let (n,): (u64,) = redis::pipe()
                .atomic()
                .incr(&key, 1)
                .expire(&key, ttl.as_secs().max(1) as i64)
                .ignore()
                .query_async(&mut conn)
                .await?;
            redis::RedisResult::Ok(n)
        };
        match tokio::time::timeout(ANSWER_WITHIN, counted).await {
            Ok(Ok(n)) => Some(n),
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "shared counter unavailable");
                None
            }
            Err(_) => None,
        }
    }
}
