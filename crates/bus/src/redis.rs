//! Cluster fan-out over Redis pub/sub. Every event published on a node goes to
//! the node's own subscribers at once (as in-process) and to Redis channel
//! `codemint:{cluster}:{topic}` as `{node id}|{payload}`; every node
//! pattern-subscribes to `codemint:{cluster}:*` and hands on what other nodes
//! published to its local subscribers. `{cluster}` is the deployment's id (kept
//! in its database), so two deployments sharing one Redis never hear each
//! other (pub/sub ignores Redis's database numbers). A handful of nodes each seeing the cluster's whole event
//! stream is cheap; per-topic subscriptions can replace the pattern when
//! clusters grow.
//!
//! Redis being down never blocks a publisher: the publish queue is bounded and
//! drops (counted) when full, local delivery goes on (so a room whose members
//! are all on one node keeps working), and both connections come back with
//! exponential backoff. After a reconnect, [`RedisTransport::reconnects`] tells
//! the document layer to re-announce its state, since updates sent while Redis
//! was away were lost in transit (never in the database).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::{broadcast, mpsc};

use crate::Transport;
use crate::memory::Memory;

const QUEUE: usize = 16_384;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum RedisBusError {
    #[error("invalid Redis URL: {0}")]
    Url(String),
    #[error("cannot reach Redis at {url}: {reason}")]
    Unreachable { url: String, reason: String },
}

pub struct RedisTransport {
    local: Memory,
    /// `codemint:{cluster}:`, before every channel name.
    prefix: String,
    node: String,
    out: mpsc::Sender<(String, Arc<str>)>,
    connected: Arc<AtomicBool>,
    reconnects: broadcast::Sender<()>,
}

impl RedisTransport {
    /// Connect (failing fast when Redis cannot be reached at start) and spawn
    /// the publisher and subscriber tasks.
    pub async fn connect(
        url: &str,
        cluster: &str,
    ) -> Result<(Arc<RedisTransport>, crate::Counter), RedisBusError> {
        let prefix = format!("codemint:{cluster}:");
        let client = redis::Client::open(url).map_err(|e| RedisBusError::Url(e.to_string()))?;
        let shown = redacted(url);
        let unreachable = |reason: String| RedisBusError::Unreachable {
            url: shown.clone(),
            reason,
        };
        let conn = tokio::time::timeout(CONNECT_TIMEOUT, client.get_multiplexed_async_connection())
            .await
            .map_err(|_| unreachable("timed out".into()))?
            .map_err(|e| unreachable(e.to_string()))?;
        let pubsub = tokio::time::timeout(CONNECT_TIMEOUT, subscribe(&client, &prefix))
            .await
            .map_err(|_| unreachable("timed out".into()))?
            .map_err(|e| unreachable(e.to_string()))?;
        let counter = tokio::time::timeout(
            CONNECT_TIMEOUT,
            crate::Counter::connect(client.clone(), prefix.clone()),
        )
        .await
        .map_err(|_| unreachable("timed out".into()))?
        .map_err(|e| unreachable(e.to_string()))?;
        let (out, rx) = mpsc::channel(QUEUE);
        let node = format!("{:016x}", rand_id());
        let transport = Arc::new(RedisTransport {
            local: Memory::default(),
            prefix: prefix.clone(),
            node,
            out,
            connected: Arc::new(AtomicBool::new(true)),
            reconnects: broadcast::channel(4).0,
        });
        tokio::spawn(publisher(
            client.clone(),
            conn,
            rx,
            prefix.clone(),
            transport.node.clone(),
            shown.clone(),
        ));
        tokio::spawn(subscriber(
            Arc::downgrade(&transport),
            client,
            pubsub,
            prefix,
            shown,
        ));
        Ok((transport, counter))
    }

    /// Hand on a message another node published; malformed ones are dropped.
    fn deliver(&self, channel: &str, payload: &[u8]) {
        let Some(topic) = channel.strip_prefix(&self.prefix) else {
            return;
        };
        let Some((node, body)) = std::str::from_utf8(payload)
            .ok()
            .and_then(|s| s.split_once('|'))
        else {
            metrics::counter!("codemint_bus_malformed_total").increment(1);
            tracing::warn!(
                channel,
                bytes = payload.len(),
                "dropping a malformed bus message"
            );
            return;
        };
        if node == self.node {
            return;
        }
        // Events go to browsers as they are: only well-formed JSON passes.
        // (Document frames are checked where they are decoded.)
        if !topic.starts_with("doc:")
            && serde_json::from_str::<serde::de::IgnoredAny>(body).is_err()
        {
            metrics::counter!("codemint_bus_malformed_total").increment(1);
            tracing::warn!(channel, "dropping a bus event that is not JSON");
            return;
        }
        self.local.publish(topic, body.into());
    }
}

impl Transport for RedisTransport {
    fn publish(&self, topic: &str, payload: Arc<str>) {
        self.local.publish(topic, payload.clone());
        if self.out.try_send((topic.to_string(), payload)).is_err() {
            metrics::counter!("codemint_bus_dropped_total").increment(1);
        }
    }

    fn subscribe(&self, topic: &str) -> broadcast::Receiver<Arc<str>> {
        self.local.subscribe(topic)
    }

    fn healthy(&self) -> bool {
        self.connected.load(Ordering::Relaxed)
    }

    fn node(&self) -> &str {
        &self.node
    }

    fn reconnects(&self) -> Option<broadcast::Receiver<()>> {
        Some(self.reconnects.subscribe())
    }
}

async fn subscribe(client: &redis::Client, prefix: &str) -> redis::RedisResult<redis::aio::PubSub> {
    let mut pubsub = client.get_async_pubsub().await?;
    pubsub.psubscribe(format!("{prefix}*")).await?;
    Ok(pubsub)
}

async fn publisher(
    client: redis::Client,
    conn: redis::aio::MultiplexedConnection,
    mut rx: mpsc::Receiver<(String, Arc<str>)>,
    prefix: String,
    node: String,
    url: String,
) {
    let mut conn = Some(conn);
    let mut attempt = 0u32;
    while let Some((topic, payload)) = rx.recv().await {
        loop {
            if conn.is_none() {
                match tokio::time::timeout(
                    CONNECT_TIMEOUT,
                    client.get_multiplexed_async_connection(),
                )
                .await
                {
                    Ok(Ok(c)) => conn = Some(c),
                    _ => tracing::debug!(url, "Redis still unreachable for publishing"),
                }
            }
            let sent: redis::RedisResult<i64> = match conn.as_mut() {
                Some(c) => {
                    redis::cmd("PUBLISH")
                        .arg(format!("{prefix}{topic}"))
                        .arg(format!("{node}|{payload}"))
                        .query_async(c)
                        .await
                }
                None => Err(redis::RedisError::from((
                    redis::ErrorKind::Io,
                    "not connected",
                ))),
            };
            match sent {
                Ok(_) => {
                    attempt = 0;
                    break;
                }
                Err(e) => {
                    if conn.take().is_some() {
                        tracing::warn!(url, error = %e, "Redis publish failed; reconnecting");
                    }
                    // Back off before trying again, whatever failed, so a
                    // struggling Redis is not hammered; and while it is away,
                    // newer events matter more than this one.
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                    if rx.len() > QUEUE / 2 {
                        metrics::counter!("codemint_bus_dropped_total").increment(1);
                        break;
                    }
                }
            }
        }
    }
}

async fn subscriber(
    transport: std::sync::Weak<RedisTransport>,
    client: redis::Client,
    first: redis::aio::PubSub,
    prefix: String,
    url: String,
) {
    let mut pubsub = Some(first);
    let mut attempt = 0u32;
    loop {
        let Some(t) = transport.upgrade() else { return };
        let connected = t.connected.clone();
        drop(t);
        let ps = match pubsub.take() {
            Some(ps) => ps,
            None => {
                match tokio::time::timeout(CONNECT_TIMEOUT, subscribe(&client, &prefix)).await {
                    Ok(Ok(ps)) => {
                        tracing::info!(url, "Redis bus reconnected");
                        connected.store(true, Ordering::Relaxed);
                        if let Some(t) = transport.upgrade() {
                            let _ = t.reconnects.send(());
                        }
                        ps
                    }
                    _ => {
                        tracing::debug!(url, "Redis still unreachable");
                        tokio::time::sleep(backoff(attempt)).await;
                        attempt += 1;
                        continue;
                    }
                }
            }
        };
        let since = std::time::Instant::now();
        let mut messages = ps.into_on_message();
        while let Some(msg) = messages.next().await {
            let Some(t) = transport.upgrade() else { return };
            t.deliver(msg.get_channel_name(), msg.get_payload_bytes());
        }
        connected.store(false, Ordering::Relaxed);
        tracing::warn!(url, "lost the Redis bus subscription; reconnecting");
        // A subscription that held for a while earns a fresh start; one that
        // Redis drops at once (an output-buffer limit, say) keeps backing off,
        // since every reconnect makes each node resync its documents.
        if since.elapsed() > Duration::from_secs(10) {
            attempt = 0;
        }
        tokio::time::sleep(backoff(attempt)).await;
        attempt += 1;
    }
}

/// 100 ms, 200 ms, … up to 5 s, with jitter so nodes do not reconnect in step.
fn backoff(attempt: u32) -> Duration {
    let base = Duration::from_millis(100)
        .saturating_mul(1 << attempt.min(6))
        .min(MAX_BACKOFF);
    base / 2 + base.mul_f64(rand_unit() / 2.0)
}

fn rand_id() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    h.write_u32(std::process::id());
    h.finish()
}

fn rand_unit() -> f64 {
    (rand_id() >> 11) as f64 / (1u64 << 53) as f64
}

/// The URL without its password, for messages and logs.
fn redacted(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((_, host)) => format!("{scheme}://***@{host}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}
