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
mod plain;
mod problem_cache;
mod rate_limit;
mod routes;
mod socket;
pub use problem::text;
mod ws;
mod yjs;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use bus::Bus;
use collab::Collab;
use rooms::{Rooms, RoomsConfig};
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
    /// What rooms are and what their members may do.
    pub rooms: Rooms,
    /// Duels: challenges, the queue, clocks, results and ratings.
    pub duels: duels::Duels,
    /// Assessments: builder, invitations, attempts, clocks, reports.
    pub assessments: assessments::Assessments,
    /// Wakes this process's workers when a request enqueued a job.
    pub job_wake: Arc<Notify>,
    /// What each job kind does when an admin retries its dead job (the
    /// `jobs` crate's, given by whoever builds the state).
    pub dead_letters: queue::DeadLetters,
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
        let rooms = Rooms::new(
            store.clone(),
            bus.clone(),
            collab.clone(),
            RoomsConfig {
                languages: config.languages.clone(),
                max_members: config.max_room_members,
                public_url: config.public_url.clone(),
                email: config.email,
                job_max_attempts: config.job_max_attempts,
            },
        );
        let duels = duels::Duels::new(
            store.clone(),
            bus.clone(),
            Some(collab.clone()),
            duels::DuelsConfig {
                countdown_ms: config.duel_countdown.as_millis() as i64,
                grace_ms: config.duel_grace.as_millis() as i64,
                job_max_attempts: config.job_max_attempts,
                min_duration_secs: config.duel_min_secs,
                ..duels::DuelsConfig::new(config.languages.clone(), config.public_url.clone())
            },
        );
        let assessments = assessments::Assessments::new(
            store.clone(),
            bus.clone(),
            collab.clone(),
            assessments::AssessmentsConfig {
                languages: config.languages.clone(),
                public_url: config.public_url.clone(),
                email: config.email,
                job_max_attempts: config.job_max_attempts,
                max_code_bytes: config.max_code_bytes,
            },
        );
        AppState {
            limits: Arc::new(RateLimits::new(&config, bus.counter())),
            rooms,
            duels,
            assessments,
            store,
            bus,
            collab,
            job_wake,
            dead_letters: queue::DeadLetters::default(),
            problems: Arc::new(ProblemCache::new(config.cache_ttl)),
            tokens: Arc::new(tokens),
            config: Arc::new(config),
        }
    }
}

impl AppState {
    /// Use these job kinds' dead letters (see `queue::DeadLetters`).
    pub fn with_dead_letters(mut self, dead_letters: queue::DeadLetters) -> Self {
        self.dead_letters = dead_letters;
        self
    }
}

/// A new duel's id: unguessable, like a room's (the link is the invitation).
pub fn new_duel_id() -> String {
    auth::new_room_id()
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
            if let Err(e) = state.rooms.expire_idle(cutoff).await {
                tracing::warn!(error = %e, "cannot end idle rooms");
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
