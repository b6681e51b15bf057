//! `/yjs/{room}?token=…`: the y-websocket protocol, so the stock
//! `WebsocketProvider` from npm connects unchanged. The token (a user's access
//! token or a guest token) and the caller's admission are checked before the
//! upgrade, so an unadmitted client never receives a byte of the document.
//! Observers, and everyone once the room has ended, connect read-only.
//!
//! One task per connection. Outbound traffic comes from the document's bounded
//! fan-out; a client that falls behind it is disconnected (it resyncs when it
//! reconnects), so a client that stops reading cannot grow server memory.

use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::response::Response;
use collab::ProtocolError;
use serde::Deserialize;
use tokio::sync::broadcast::error::RecvError;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Path, authenticate_any};

/// Largest y-websocket message from a client.
const MAX_MESSAGE: usize = 1 << 20;
/// A client that does not take a message within this is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Messages per second a client may send, on average over `WINDOW`.
const MESSAGES_PER_SECOND: u32 = 120;
const WINDOW: Duration = Duration::from_secs(5);

#[derive(Debug, Deserialize)]
pub struct YjsQuery {
    token: Option<String>,
}

pub async fn handler(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Query(q): Query<YjsQuery>,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let token = q.token.ok_or_else(|| {
        ApiError::unauthorized("unauthenticated", "missing ?token=<access or guest token>")
    })?;
    let who = authenticate_any(&token, &state).await?;
    let (room_row, member) = crate::routes::rooms::admitted(&state, &who, &room).await?;
    let writable = room_row.state == "open" && member.role != "observer";
    let (conn, fanout) = state
        .collab
        .connect(&room, &member.member, writable)
        .await
        .map_err(ApiError::internal)?;
    let _ = state.store.touch_room(&room).await;
    Ok(ws
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| connection(socket, conn, fanout)))
}

async fn connection(
    mut socket: WebSocket,
    mut conn: collab::Connection,
    mut fanout: tokio::sync::broadcast::Receiver<collab::Frame>,
) {
    metrics::gauge!("codemint_yjs_connections").increment(1.0);
    let mut open = true;
    for msg in conn.start() {
        open = open && send(&mut socket, msg).await;
    }
    let mut window = (Instant::now(), 0u32);
    while open {
        tokio::select! {
            frame = fanout.recv() => match frame {
                Ok(frame) if frame.origin == conn.id() => {}
                Ok(frame) => open = send(&mut socket, frame.bytes.to_vec()).await,
                Err(RecvError::Lagged(_)) => {
                    // It fell behind the fan-out buffer: it would miss updates.
                    close(&mut socket, 1013, "too slow; reconnect to resync").await;
                    open = false;
                }
                Err(RecvError::Closed) => open = false,
            },
            msg = socket.recv() => match msg {
                Some(Ok(Message::Binary(data))) => {
                    if window.0.elapsed() >= WINDOW {
                        window = (Instant::now(), 0);
                    }
                    window.1 += 1;
                    if window.1 > MESSAGES_PER_SECOND * WINDOW.as_secs() as u32 {
                        close(&mut socket, 1008, "too many messages").await;
                        break;
                    }
                    match conn.handle(&data).await {
                        Ok(replies) => {
                            for r in replies {
                                open = open && send(&mut socket, r).await;
                            }
                        }
                        Err(e) => {
                            let code = match e {
                                ProtocolError::DocumentTooLarge(_) => 1009,
                                ProtocolError::Unavailable => 1011,
                                ProtocolError::Malformed(_) => 1007,
                            };
                            close(&mut socket, code, &e.to_string()).await;
                            open = false;
                        }
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => open = false,
                Some(Ok(_)) => {}
            },
        }
    }
    metrics::gauge!("codemint_yjs_connections").decrement(1.0);
}

async fn send(socket: &mut WebSocket, bytes: Vec<u8>) -> bool {
    matches!(
        tokio::time::timeout(SEND_TIMEOUT, socket.send(Message::Binary(bytes.into()))).await,
        Ok(Ok(()))
    )
}

async fn close(socket: &mut WebSocket, code: u16, reason: &str) {
    let reason: String = reason.chars().take(100).collect();
    let _ = tokio::time::timeout(
        Duration::from_secs(1),
        socket.send(Message::Close(Some(CloseFrame {
            code,
            reason: Utf8Bytes::from(reason),
        }))),
    )
    .await;
}
