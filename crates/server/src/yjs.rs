//! `/yjs/{room}?token=…` (or `/yjs/{duel}.{seat}`, a duel player's editor,
//! or `/yjs/{attempt}:{slug}?token=…&session=…`, a candidate's editor):
//! the y-websocket protocol, so the stock
//! `WebsocketProvider` from npm connects unchanged. The token (a user's access
//! token or a guest token) and the caller's admission are checked before the
//! upgrade, so an unadmitted client never receives a byte of the document.
//! Observers, and everyone once the room has ended, connect read-only.
//!
//! One task per connection. Outbound traffic comes from the document's bounded
//! fan-out; a client that falls behind it is disconnected (it resyncs when it
//! reconnects), so a client that stops reading cannot grow server memory.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use collab::ProtocolError;
use futures_util::stream::SplitSink;
use futures_util::{SinkExt, StreamExt};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::mpsc;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Path, QueryToken};

/// Bytes read from the socket at a time.
const READ_BUFFER: usize = 4096;
/// Largest y-websocket message from a client.
const MAX_MESSAGE: usize = 1 << 20;
/// A client that does not take a message within this is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Messages per second a client may send on average (a token bucket), and
/// the burst it may send at once. The burst stays below `OUTBOX`, so one
/// client's burst fanned out cannot overflow another client's outbox.
const MESSAGES_PER_SECOND: f64 = 60.0;
const BURST: f64 = 200.0;

/// The query besides `token`: which page of a candidate's is connecting.
#[derive(serde::Deserialize)]
pub struct DocQuery {
    session: Option<String>,
}

pub async fn handler(
    State(state): State<AppState>,
    Path(room): Path<String>,
    QueryToken(who): QueryToken,
    axum::extract::Query(q): axum::extract::Query<DocQuery>,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let peer = if let Some((attempt, slug)) = assessments::parse_document(&room) {
        // A candidate's editor: theirs alone, written by the page that holds
        // the attempt's session while the clock runs.
        let crate::extract::Principal::Candidate(c) = &who else {
            return Err(ApiError::forbidden(
                "a candidate's editor opens with their attempt token",
            ));
        };
        if c.attempt != attempt {
            return Err(ApiError::forbidden("this token is for another attempt"));
        }
        let writable = state
            .assessments
            .document_access(attempt, slug, q.session.as_deref())
            .await?;
        collab::Peer {
            writable,
            staff: false,
            member: c.member.clone(),
            name: String::new(),
        }
    } else {
        match duels::parse_document(&room) {
            // A duel player's editor: theirs alone until the duel ends.
            Some((duel, seat)) => {
                let Some(user) = who.user() else {
                    return Err(ApiError::forbidden("guests cannot open a duel's editor"));
                };
                let writable = state.duels.document_access(user, duel, seat).await?;
                collab::Peer {
                    writable,
                    staff: false,
                    member: format!("u:{}", user.id),
                    name: user.name.clone(),
                }
            }
            None => {
                let (room_row, member) = state.rooms.admitted(&who.caller(), &room).await?;
                collab::Peer {
                    writable: room_row.is_open() && member.role != rooms::RoomRole::Observer,
                    staff: member.is_staff(),
                    member: member.member,
                    name: member.name,
                }
            }
        }
    };
    let (conn, fanout) = match state.collab.connect(&room, peer).await {
        Ok(c) => c,
        Err(e @ collab::CollabError::Banned) => return Err(ApiError::forbidden(e.to_string())),
        Err(e @ (collab::CollabError::Full(_) | collab::CollabError::MemberLimit(_))) => {
            let mut err = ApiError::too_many_requests(10);
            err.code = match e {
                collab::CollabError::Full(_) => "room_full",
                _ => "too_many_connections",
            };
            err.detail = e.to_string();
            return Err(err);
        }
        Err(e) => return Err(ApiError::internal(e)),
    };
    let _ = state.rooms.touch(&room).await;
    Ok(ws
        // tungstenite preallocates its read buffer (128 KiB by default): most
        // of an idle connection's memory. Messages larger than this still work.
        .read_buffer_size(READ_BUFFER)
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| connection(socket, conn, fanout)))
}

async fn connection(
    socket: WebSocket,
    mut conn: collab::Connection,
    mut fanout: tokio::sync::broadcast::Receiver<collab::Frame>,
) {
    metrics::gauge!("codemint_yjs_connections").increment(1.0);
    let (sink, mut stream) = socket.split();
    // The outbox is this connection's only buffer: when it is full the client
    // is not reading, and it is cut off at once.
    let (outbox, queue) = mpsc::channel::<Outgoing>(OUTBOX);
    let writer = tokio::spawn(write_out(sink, queue));
    let mut open = conn
        .start()
        .into_iter()
        .all(|m| outbox.try_send(Outgoing::Data(m.into())).is_ok());
    let mut bucket = (BURST, Instant::now());
    let mut oversized = false;
    while open {
        tokio::select! {
            frame = fanout.recv() => match frame {
                Ok(frame) if frame.bytes.is_empty() => {
                    // The document was abandoned and reloads: reconnect.
                    close(&outbox, 1012, "the document was reloaded; reconnect").await;
                    open = false;
                }
                Ok(frame) if frame.origin == conn.id() => {}
                Ok(frame) => {
                    if outbox.try_send(Outgoing::Data(frame.bytes)).is_err() {
                        tracing::debug!("a /yjs client stopped reading; disconnected");
                        metrics::counter!("codemint_yjs_slow_disconnects_total").increment(1);
                        open = false;
                    }
                }
                Err(RecvError::Lagged(_)) => {
                    // It fell behind the fan-out buffer: it would miss updates.
                    close(&outbox, 1013, "too slow; reconnect to resync").await;
                    open = false;
                }
                Err(RecvError::Closed) => open = false,
            },
            msg = stream.next() => match msg {
                Some(Ok(Message::Binary(data))) => {
                    let now = Instant::now();
                    bucket.0 = (bucket.0 + (now - bucket.1).as_secs_f64() * MESSAGES_PER_SECOND)
                        .min(BURST);
                    bucket.1 = now;
                    if bucket.0 < 1.0 {
                        close(&outbox, 1008, "too many messages").await;
                        break;
                    }
                    bucket.0 -= 1.0;
                    match conn.handle(&data).await {
                        Ok(replies) => {
                            open = replies
                                .into_iter()
                                .all(|r| outbox.try_send(Outgoing::Data(r.into())).is_ok());
                        }
                        Err(e) => {
                            let code = match e {
                                ProtocolError::DocumentTooLarge(_) => 1009,
                                ProtocolError::Unavailable => 1011,
                                ProtocolError::Malformed(_) => 1007,
                                ProtocolError::Policy(_) => 1008,
                            };
                            close(&outbox, code, &e.to_string()).await;
                            open = false;
                        }
                    }
                }
                Some(Err(e)) => {
                    tracing::debug!(error = %e, "a /yjs connection failed");
                    if crate::socket::too_large(&e) {
                        close(&outbox, 1009, &crate::socket::too_large_reason(MAX_MESSAGE)).await;
                        oversized = true;
                    }
                    open = false;
                }
                Some(Ok(Message::Close(_))) | None => open = false,
                Some(Ok(_)) => {}
            },
        }
    }
    drop(conn);
    drop(outbox);
    // Let a close frame go out, and read what the client still sends until it
    // answers the close: closing a socket with unread input makes the kernel
    // reset it, and the client would lose the close frame and its reason.
    // Never wait long.
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let _ = writer.await;
        if oversized {
            // The rest of the oversized frame cannot be read (the socket
            // would buffer it whole): give the client time to read our close.
            crate::socket::linger().await;
            return;
        }
        while let Some(Ok(msg)) = stream.next().await {
            if matches!(msg, Message::Close(_)) {
                break;
            }
        }
    })
    .await;
    metrics::gauge!("codemint_yjs_connections").decrement(1.0);
}

/// Frames waiting for one client.
const OUTBOX: usize = 256;

enum Outgoing {
    Data(Arc<[u8]>),
    Close(u16, String),
}

async fn write_out(mut sink: SplitSink<WebSocket, Message>, mut queue: mpsc::Receiver<Outgoing>) {
    while let Some(out) = queue.recv().await {
        let msg = match out {
            Outgoing::Data(bytes) => Message::Binary(bytes.to_vec().into()),
            Outgoing::Close(code, reason) => Message::Close(Some(CloseFrame {
                code,
                reason: Utf8Bytes::from(reason),
            })),
        };
        let closing = matches!(msg, Message::Close(_));
        if !matches!(
            tokio::time::timeout(SEND_TIMEOUT, sink.send(msg)).await,
            Ok(Ok(()))
        ) {
            return;
        }
        if closing {
            return;
        }
    }
    let _ = sink.close().await;
}

/// Queue a close frame behind what is already queued (waiting briefly for
/// room: a client that reads gets the reason, one that does not is dropped).
async fn close(outbox: &mpsc::Sender<Outgoing>, code: u16, reason: &str) {
    tracing::debug!(code, reason, "closing a /yjs connection");
    let reason: String = reason.chars().take(100).collect();
    let _ = outbox
        .send_timeout(Outgoing::Close(code, reason), Duration::from_secs(1))
        .await;
}
