//! `/ws?token=…`: typed JSON events for one user. The token is checked before
//! the upgrade; then the connection receives everything published to the
//! user's bus topic (their runs and submissions) and may ask for the current
//! state of one (`watch_submission`, `watch_run`), which is how a client that
//! connects late still learns a verdict.
//!
//! One task per connection. Nothing queues per connection beyond the bus's
//! bounded channel: a client that does not read is disconnected after a send
//! timeout, and one that lags loses old events (the REST API has the truth).

use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::response::Response;
use bus::{ClientMessage, ServerEvent, user_topic};
use serde::Deserialize;
use store::User;
use tokio::sync::broadcast::error::RecvError;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{AuthUser, authenticate};

/// Largest client message.
const MAX_MESSAGE: usize = 16 * 1024;
/// A client that does not take a message within this is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Client messages allowed per second.
const MESSAGES_PER_SECOND: u32 = 20;

#[derive(Debug, Deserialize)]
pub struct WsQuery {
    token: Option<String>,
}

pub async fn handler(
    State(state): State<AppState>,
    Query(q): Query<WsQuery>,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let token = q.token.ok_or_else(|| {
        ApiError::unauthorized("unauthenticated", "missing ?token=<access token>")
    })?;
    let AuthUser(user) = authenticate(&token, &state).await?;
    Ok(ws
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| connection(socket, state, user)))
}

async fn connection(mut socket: WebSocket, state: AppState, user: User) {
    metrics::gauge!("codemint_ws_connections").increment(1.0);
    let mut events = state.bus.subscribe(&user_topic(user.id));
    let mut window = (Instant::now(), 0u32);
    let ready = ServerEvent::Ready { user_id: user.id };
    let mut open = send(&mut socket, &ready).await;
    while open {
        tokio::select! {
            event = events.recv() => match event {
                Ok(json) => open = send_text(&mut socket, json.to_string()).await,
                Err(RecvError::Lagged(n)) => {
                    tracing::debug!(user = user.id, lost = n, "ws client lagged");
                }
                Err(RecvError::Closed) => open = false,
            },
            msg = socket.recv() => match msg {
                Some(Ok(Message::Text(text))) => {
                    if window.0.elapsed() >= Duration::from_secs(1) {
                        window = (Instant::now(), 0);
                    }
                    window.1 += 1;
                    if window.1 > MESSAGES_PER_SECOND {
                        let _ = socket.send(Message::Close(Some(CloseFrame {
                            code: 1008,
                            reason: Utf8Bytes::from_static("too many messages"),
                        }))).await;
                        open = false;
                        continue;
                    }
                    let reply = answer(&state, &user, &text).await;
                    open = send(&mut socket, &reply).await;
                }
                Some(Ok(Message::Binary(_))) => {
                    let e = error("bad_message", "messages are JSON text");
                    open = send(&mut socket, &e).await;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => open = false,
            },
        }
    }
    metrics::gauge!("codemint_ws_connections").decrement(1.0);
}

fn error(code: &str, message: impl Into<String>) -> ServerEvent {
    ServerEvent::Error {
        code: code.into(),
        message: message.into(),
    }
}

async fn send(socket: &mut WebSocket, event: &ServerEvent) -> bool {
    match serde_json::to_string(event) {
        Ok(json) => send_text(socket, json).await,
        Err(_) => true,
    }
}

async fn send_text(socket: &mut WebSocket, json: String) -> bool {
    matches!(
        tokio::time::timeout(SEND_TIMEOUT, socket.send(Message::Text(json.into()))).await,
        Ok(Ok(()))
    )
}

/// The reply to one client message. Other users' runs and submissions are
/// "not found", as over REST.
async fn answer(state: &AppState, user: &User, text: &str) -> ServerEvent {
    let msg: ClientMessage = match serde_json::from_str(text) {
        Ok(m) => m,
        Err(e) => return error("bad_message", format!("not a client message: {e}")),
    };
    match msg {
        ClientMessage::Ping => ServerEvent::Pong,
        ClientMessage::WatchSubmission { id } => match state.store.submission(id).await {
            Ok(s) if s.user_id == user.id || user.role.is_staff() => {
                let r = s.result.unwrap_or_default();
                let num = |k: &str| r[k].as_u64().unwrap_or(0) as u32;
                match s.state.as_str() {
                    "finished" => ServerEvent::SubmissionFinished {
                        id,
                        verdict: s.verdict.unwrap_or_default(),
                        score: r["score"].as_f64().unwrap_or(0.0),
                        time_ms: num("time_ms"),
                        memory_kb: num("memory_kb"),
                    },
                    "compiling" => ServerEvent::SubmissionCompiling { id },
                    "running" => ServerEvent::SubmissionRunning {
                        id,
                        done: 0,
                        total: 0,
                        last: None,
                    },
                    _ => ServerEvent::SubmissionQueued {
                        id,
                        problem: s.problem,
                    },
                }
            }
            _ => error("not_found", format!("no submission {id}")),
        },
        ClientMessage::WatchRun { id } => match state.store.run(id).await {
            Ok(r) if r.user_id == user.id || user.role.is_staff() => match r.state.as_str() {
                "finished" => match r.result.map(serde_json::from_value) {
                    Some(Ok(result)) => ServerEvent::RunFinished { id, result },
                    _ => error("internal_error", "the run's result cannot be read"),
                },
                "compiling" => ServerEvent::RunCompiling { id },
                "running" => ServerEvent::RunRunning { id },
                _ => ServerEvent::RunQueued { id },
            },
            _ => error("not_found", format!("no run {id}")),
        },
    }
}
