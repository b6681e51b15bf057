//! The HTTP side of Codemint: the JSON API under `/api/v1`, its OpenAPI document
//! and docs UI, health and metrics endpoints.
//!
//! [`serve`] takes a bound listener and a shutdown future, so the binary and the
//! tests start the same server the same way (tests bind port 0).

pub mod auth;
mod config;
pub mod error;
mod extract;
pub mod metrics;
mod openapi;
mod problem_cache;
mod rate_limit;
mod routes;
mod socket;
pub mod text;
mod ws;
mod yjs;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use bus::Bus;
use collab::Collab;
use store::Store;
use tokio::net::TcpListener;
use tokio::sync::Notify;

pub use config::ServerConfig;
pub use openapi::openapi_json;

use crate::auth::TokenService;
use crate::problem_cache::ProblemCache;
use crate::rate_limit::RateLimits;

/// Shared by every request handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<ServerConfig>,
    pub tokens: Arc<TokenService>,
    /// Typed events to `/ws` clients.
    pub bus: Bus,
    /// Live room documents (`/yjs`).
    pub collab: Collab,
    /// Wakes this process's workers when a request enqueued a job.
    pub job_wake: Arc<Notify>,
    limits: Arc<RateLimits>,
    problems: Arc<ProblemCache>,
}

impl AppState {
    pub fn new(
        store: Store,
        config: ServerConfig,
        bus: Bus,
        collab: Collab,
        job_wake: Arc<Notify>,
    ) -> Self {
        let tokens = TokenService::new(
            &config.jwt_secret,
            config.access_token_ttl_secs,
            config.refresh_token_ttl_secs,
        );
        AppState {
            limits: Arc::new(RateLimits::new(&config, bus.counter())),
            store,
            bus,
            collab,
            job_wake,
            problems: Arc::new(ProblemCache::new(config.cache_ttl)),
            tokens: Arc::new(tokens),
            config: Arc::new(config),
        }
    }
}

/// The whole application router.
pub fn router(state: AppState) -> Router {
    routes::router(state)
}

/// End rooms nobody used for `idle` (no connection, no edit): their documents
/// become read-only and leave memory once their last client is gone.
pub fn spawn_room_expiry(
    state: AppState,
    idle: std::time::Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let every = (idle / 4).clamp(
            std::time::Duration::from_millis(10),
            std::time::Duration::from_secs(60),
        );
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            let cutoff = store::now_ms() - idle.as_millis() as i64;
            let Ok(rooms) = state.store.idle_rooms(cutoff).await else {
                continue;
            };
            for room in rooms {
                if let Ok(true) = state.store.end_room(&room).await {
                    state.collab.freeze(&room);
                    let _ = state
                        .store
                        .add_room_event(&room, "system", "expired", "all", &serde_json::json!({}))
                        .await;
                    state.bus.publish(
                        &bus::room_topic(&room),
                        &bus::ServerEvent::RoomEnded { room: room.clone() },
                    );
                    tracing::info!(room, "idle room expired");
                }
            }
        }
    })
}

/// Serve until `shutdown` resolves, then finish in-flight requests and return.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    metrics::install();
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    // Small frames (a keystroke's update) must leave at once: with Nagle's
    // algorithm they wait for the peer's delayed ACK, ~40 ms on Linux.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
    });
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
