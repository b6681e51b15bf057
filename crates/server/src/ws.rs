//! `/ws?token=…`: typed JSON events for one user. The token is checked before
//! the upgrade; then the connection receives everything published to the
//! user's bus topic (their runs and submissions) and may ask for the current
//! state of one (`watch_submission`, `watch_run`), which is how a client that
//! connects late still learns a verdict.
//!
//! One task per connection. Nothing queues per connection beyond the bus's
//! bounded channel: a client that does not read is disconnected after a send
//! timeout, and one that lags loses old events (the REST API has the truth).

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use bus::{ClientMessage, ServerEvent, member_topic};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinSet;

use crate::AppState;
use crate::error::ApiError;
use crate::extract::{Principal, QueryToken};

/// Bytes read from the socket at a time.
const READ_BUFFER: usize = 4096;
/// Largest client message.
const MAX_MESSAGE: usize = 16 * 1024;
/// A client that does not take a message within this is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// Client messages allowed per second.
const MESSAGES_PER_SECOND: u32 = 20;

pub async fn handler(
    State(state): State<AppState>,
    QueryToken(who): QueryToken,
    ws: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    Ok(ws
        // tungstenite preallocates its read buffer (128 KiB by default): most
        // of an idle connection's memory. Messages larger than this still work.
        .read_buffer_size(READ_BUFFER)
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| connection(socket, state, who)))
}

/// Events waiting to be sent to one client, from all its topics.
const OUTBOX: usize = 256;

/// One connection's subscriptions: a forwarding task per topic into one
/// bounded outbox. A full outbox means the client is not reading: it is
/// disconnected (`overflow`), never buffered without bound.
struct Subscriptions {
    outbox: mpsc::Sender<Arc<str>>,
    overflow: Arc<Notify>,
    tasks: JoinSet<()>,
    rooms: Vec<String>,
    /// Duels watched; `true` where the user plays (counted as present).
    duels: Vec<(String, bool)>,
    /// Assessments whose proctor events this connection receives.
    assessments: Vec<String>,
}

impl Subscriptions {
    fn add(&mut self, bus: &bus::Bus, topic: &str) {
        self.forward(bus, topic, None);
    }

    /// A room's staff-only topic: each event goes out only while the user
    /// still holds a staff role (one demoted since joining stops getting them).
    fn add_staff(&mut self, state: &AppState, topic: &str, user_id: i64) {
        self.forward(&state.bus, topic, Some((state.clone(), user_id, None)));
    }

    /// An assessment's proctor topic: each event goes out only while the user
    /// may still proctor it (an admin, or its owner while an interviewer).
    fn add_proctor(&mut self, state: &AppState, topic: &str, user_id: i64, owner: i64) {
        self.forward(
            &state.bus,
            topic,
            Some((state.clone(), user_id, Some(owner))),
        );
    }

    fn forward(
        &mut self,
        bus: &bus::Bus,
        topic: &str,
        staff: Option<(AppState, i64, Option<i64>)>,
    ) {
        let mut rx = bus.subscribe(topic);
        let outbox = self.outbox.clone();
        let overflow = self.overflow.clone();
        self.tasks.spawn(async move {
            loop {
                match rx.recv().await {
                    Ok(json) => {
                        if let Some((state, user_id, owner)) = &staff {
                            let may = |user: &store::User| {
                                user.role.is_staff()
                                    && owner.is_none_or(|o| {
                                        o == user.id || user.role == store::Role::Admin
                                    })
                            };
                            match state.store.user(*user_id).await {
                                Ok(user) if may(&user) => {}
                                Ok(_) | Err(store::StoreError::NotFound) => return,
                                // Cannot tell now (the database did not
                                // answer): this event is not sent, later ones
                                // are checked again.
                                Err(_) => continue,
                            }
                        }
                        if outbox.try_send(json).is_err() {
                            overflow.notify_one();
                            return;
                        }
                    }
                    // Lagging behind the bus loses events; the REST API has them.
                    Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return,
                }
            }
        });
    }
}

async fn connection(mut socket: WebSocket, state: AppState, who: Principal) {
    metrics::gauge!("codemint_ws_connections").increment(1.0);
    let (outbox, mut events) = mpsc::channel(OUTBOX);
    let mut subs = Subscriptions {
        outbox,
        overflow: Arc::new(Notify::new()),
        tasks: JoinSet::new(),
        rooms: Vec::new(),
        duels: Vec::new(),
        assessments: Vec::new(),
    };
    subs.add(&state.bus, &member_topic(&who.member_id()));
    if let Principal::Candidate(c) = &who {
        // The attempt's clock, sessions and end.
        subs.add(&state.bus, &bus::attempt_topic(&c.attempt));
    }
    let mut window = (Instant::now(), 0u32);
    let ready = ServerEvent::Ready {
        user_id: who.user().map_or(0, |u| u.id),
    };
    let mut open = send(&mut socket, &ready).await;
    let overflow = subs.overflow.clone();
    while open {
        tokio::select! {
            Some(json) = events.recv() => open = send_text(&mut socket, json.to_string()).await,
            _ = overflow.notified() => {
                let _ = socket.send(Message::Close(Some(CloseFrame {
                    code: 1013,
                    reason: Utf8Bytes::from_static("too slow; reconnect"),
                }))).await;
                open = false;
            }
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
                    let reply = answer(&state, &who, &mut subs, &text).await;
                    open = send(&mut socket, &reply).await;
                }
                Some(Ok(Message::Binary(_))) => {
                    let e = error("bad_message", "messages are JSON text");
                    open = send(&mut socket, &e).await;
                }
                Some(Ok(_)) => {}
                Some(Err(e)) => {
                    if crate::socket::too_large(&e) {
                        let reason = crate::socket::too_large_reason(MAX_MESSAGE);
                        let _ = socket.send(Message::Close(Some(CloseFrame {
                            code: 1009,
                            reason: reason.into(),
                        }))).await;
                        crate::socket::linger().await;
                    }
                    open = false;
                }
                None => open = false,
            },
        }
    }
    subs.tasks.abort_all();
    if let Some(user) = who.user() {
        // Leaving the page leaves the matchmaking queue, and a player's last
        // connection closing starts the duel's grace period.
        if let Err(e) = state.duels.dequeue(user).await {
            tracing::debug!(error = %e, "cannot leave the duel queue");
        }
        for (duel, _) in subs.duels.iter().filter(|(_, playing)| *playing) {
            if let Err(e) = state.duels.presence(duel, user.id, -1).await {
                tracing::warn!(duel, error = %e, "cannot record a player leaving");
            }
        }
    }
    for room in &subs.rooms {
        state.bus.publish(
            &bus::room_topic(room),
            &ServerEvent::ParticipantLeft {
                room: room.clone(),
                member: who.member_id(),
            },
        );
    }
    metrics::gauge!("codemint_ws_connections").decrement(1.0);
}

/// Subscribe to a room's events: admitted members get the room's topic, its
/// staff also the staff-only topic (notes, signals, the lobby).
async fn join_room(
    state: &AppState,
    who: &Principal,
    subs: &mut Subscriptions,
    room: &str,
) -> ServerEvent {
    let member = match state.rooms.admitted(&who.caller(), room).await {
        Ok((_, m)) => m,
        Err(e) => {
            let e = ApiError::from(e);
            return error(e.code, e.detail);
        }
    };
    if !subs.rooms.iter().any(|r| r == room) {
        if subs.rooms.len() >= 16 {
            return error("too_many_rooms", "at most 16 rooms per connection");
        }
        subs.add(&state.bus, &bus::room_topic(room));
        if let (true, Some(user)) = (member.is_staff(), who.user()) {
            subs.add_staff(state, &bus::room_staff_topic(room), user.id);
        }
        subs.rooms.push(room.to_string());
    }
    let me = member.info();
    state.bus.publish(
        &bus::room_topic(room),
        &ServerEvent::ParticipantJoined {
            room: room.to_string(),
            member: me.clone(),
        },
    );
    ServerEvent::RoomJoined {
        room: room.to_string(),
        me,
    }
}

/// Subscribe to a duel's events (anyone signed in: they carry counts, never
/// code). A player's connection also counts as being present.
async fn join_duel(
    state: &AppState,
    who: &Principal,
    subs: &mut Subscriptions,
    duel: &str,
) -> ServerEvent {
    let Some(user) = who.user() else {
        return error("forbidden", "guests cannot watch duels");
    };
    if subs.duels.iter().any(|(d, _)| d == duel) {
        return error(
            "already_joined",
            "this connection already receives the duel's events",
        );
    }
    let view = match state.duels.view(duel).await {
        Ok(v) => v,
        Err(e) => {
            let e = ApiError::from(e);
            return error(e.code, e.detail);
        }
    };
    if subs.duels.len() >= 16 {
        return error("too_many_duels", "at most 16 duels per connection");
    }
    subs.add(&state.bus, &bus::duel_topic(duel));
    let playing = view.players.iter().any(|p| p.user_id == user.id);
    if playing && let Err(e) = state.duels.presence(duel, user.id, 1).await {
        let e = ApiError::from(e);
        return error(e.code, e.detail);
    }
    subs.duels.push((duel.to_string(), playing));
    if !playing {
        return ServerEvent::DuelJoined { duel: view };
    }
    // The view as it is now that this player is here.
    match state.duels.view(duel).await {
        Ok(duel) => ServerEvent::DuelJoined { duel },
        Err(e) => {
            let e = ApiError::from(e);
            error(e.code, e.detail)
        }
    }
}

/// Receive an assessment's proctor events (its owner and admins): every
/// candidate's row now, then changes and signals as they happen.
async fn watch_assessment(
    state: &AppState,
    who: &Principal,
    subs: &mut Subscriptions,
    assessment: &str,
) -> ServerEvent {
    let Some(user) = who.user() else {
        return error(
            "forbidden",
            "only interviewers and admins watch assessments",
        );
    };
    let watching = match state.assessments.watch(user, assessment).await {
        Ok(w) => w,
        Err(e) => {
            let e = ApiError::from(e);
            return error(e.code, e.detail);
        }
    };
    if !subs.assessments.iter().any(|a| a == assessment) {
        if subs.assessments.len() >= 16 {
            return error(
                "too_many_assessments",
                "at most 16 assessments per connection",
            );
        }
        let owner = match state.store.assessment(assessment).await {
            Ok(a) => a.owner_id,
            Err(e) => {
                let e = ApiError::from(e);
                return error(e.code, e.detail);
            }
        };
        subs.add_proctor(state, &bus::assessment_topic(assessment), user.id, owner);
        subs.assessments.push(assessment.to_string());
    }
    watching
}

/// May this connection hear about a run or submission of `owner`'s?
async fn may_watch(state: &AppState, who: &Principal, owner: i64, duel: Option<&str>) -> bool {
    match who {
        Principal::User(user) => matches!(
            crate::routes::may_see_work(state, user, owner, duel).await,
            Ok(true)
        ),
        Principal::Candidate(c) => c.user_id == owner,
        Principal::Guest(_) => false,
    }
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
async fn answer(
    state: &AppState,
    who: &Principal,
    subs: &mut Subscriptions,
    text: &str,
) -> ServerEvent {
    let de = &mut serde_json::Deserializer::from_str(text);
    let msg: ClientMessage = match serde_path_to_error::deserialize(de) {
        Ok(m) => m,
        Err(e) if e.inner().is_data() => {
            let e = crate::plain::field_error(&e);
            return error(
                "bad_message",
                format!("not a client message: {} {}", e.field, e.message),
            );
        }
        Err(_) => {
            return error(
                "bad_message",
                "not a client message: the text is not valid JSON",
            );
        }
    };
    match &msg {
        ClientMessage::JoinRoom { room } => return join_room(state, who, subs, room).await,
        ClientMessage::JoinDuel { duel } => return join_duel(state, who, subs, duel).await,
        ClientMessage::WatchAssessment { assessment } => {
            return watch_assessment(state, who, subs, assessment).await;
        }
        ClientMessage::Ping => return ServerEvent::Pong,
        _ => {}
    }
    // Runs and submissions belong to accounts (a candidate's to their attempt's).
    if matches!(who, Principal::Guest(_)) {
        return error("forbidden", "guests have no runs or submissions");
    }
    match msg {
        ClientMessage::Ping
        | ClientMessage::JoinRoom { .. }
        | ClientMessage::JoinDuel { .. }
        | ClientMessage::WatchAssessment { .. } => ServerEvent::Pong,
        ClientMessage::WatchSubmission { id } => match state.store.submission(id).await {
            Ok(s) if may_watch(state, who, s.user_id, s.duel_id.as_deref()).await => {
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
            Ok(r) if may_watch(state, who, r.user_id, None).await => match r.state.as_str() {
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
