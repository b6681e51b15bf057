//! Rooms: create and share, join (user or guest), the lobby, language and
//! problem, chat, integrity signals, private notes, shared runs, ending, and
//! the timeline for replay. Every action is checked against the caller's
//! membership in that room; events go out on the bus (`/ws`).

use axum::extract::State;
use axum::http::StatusCode;
use bus::{MemberInfo, ServerEvent, member_topic, room_staff_topic, room_topic};
use serde::{Deserialize, Serialize};
use store::StoreError;
use store::rooms::{Member, NewMember, Room};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{AuthUser, Json, Path, Principal, Staff};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_room, my_rooms))
        .routes(routes!(get_room))
        .routes(routes!(join_room))
        .routes(routes!(join_as_guest))
        .routes(routes!(list_members))
        .routes(routes!(decide))
        .routes(routes!(end_room))
        .routes(routes!(set_language))
        .routes(routes!(choose_problem))
        .routes(routes!(chat))
        .routes(routes!(signal))
        .routes(routes!(add_note, list_notes))
        .routes(routes!(room_events))
        .routes(routes!(room_run))
        .routes(routes!(room_submission))
        .routes(routes!(timeline))
}

/// The document field the editor binds to.
pub const CODE_FIELD: &str = "code";
const MAX_TEXT: usize = 4000;
const MAX_NAME: usize = 60;

#[derive(Debug, Serialize, ToSchema)]
pub struct RoomDto {
    pub id: String,
    /// The link to share.
    pub url: String,
    pub title: String,
    pub language: String,
    pub problem: Option<String>,
    /// `open` or `ended`.
    pub state: String,
    pub created_at: i64,
    pub ended_at: Option<i64>,
    /// The caller's membership, if they asked to join.
    #[schema(value_type = Option<Object>)]
    pub me: Option<MemberInfo>,
}

fn member_info(m: &Member) -> MemberInfo {
    MemberInfo {
        member: m.member.clone(),
        name: m.name.clone(),
        role: m.role.clone(),
        status: m.status.clone(),
    }
}

fn dto(state: &AppState, room: Room, me: Option<&Member>) -> RoomDto {
    RoomDto {
        url: format!("{}/rooms/{}", state.config.public_url, room.id),
        id: room.id,
        title: room.title,
        language: room.language,
        problem: room.problem,
        state: room.state,
        created_at: room.created_at,
        ended_at: room.ended_at,
        me: me.map(member_info),
    }
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("no room {id:?}"))
}

/// The room, if the caller may know it exists (guests: only their own).
async fn find(state: &AppState, who: &Principal, id: &str) -> ApiResult<Room> {
    if !who.may_enter(id) {
        return Err(not_found(id));
    }
    state.store.room(id).await.map_err(|e| match e {
        StoreError::NotFound => not_found(id),
        other => other.into(),
    })
}

/// The room and the caller's admitted membership, or 403.
pub(crate) async fn admitted(
    state: &AppState,
    who: &Principal,
    id: &str,
) -> ApiResult<(Room, Member)> {
    let room = find(state, who, id).await?;
    match state.store.member(id, &who.member_id()).await? {
        Some(mut m) if m.status == "admitted" => {
            // Staff rights in a room need the global role too: someone
            // demoted since they joined keeps the room, as an observer.
            if m.is_staff() && !who.user().is_some_and(|u| u.role.is_staff()) {
                m.role = "observer".into();
            }
            Ok((room, m))
        }
        Some(m) if m.status == "pending" => Err(ApiError::forbidden(
            "you are waiting in the lobby; an interviewer will admit you",
        )),
        Some(_) => Err(ApiError::forbidden("you were not admitted to this room")),
        None => Err(ApiError::forbidden("join the room first")),
    }
}

fn require_staff(m: &Member) -> ApiResult<()> {
    if m.is_staff() {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "this needs the room's host or an interviewer",
        ))
    }
}

fn require_open(room: &Room) -> ApiResult<()> {
    if room.state == "open" {
        Ok(())
    } else {
        Err(ApiError::conflict("the room has ended"))
    }
}

/// Names and titles are one line; chat and notes may have several.
fn text_field(field: &str, text: &str, max: usize, multiline: bool) -> ApiResult<String> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ApiError::field(field, "is empty"));
    }
    if t.chars().count() > max {
        return Err(ApiError::field(
            field,
            format!("is longer than {max} characters"),
        ));
    }
    if t.chars().any(|c| crate::text::is_forbidden(c, multiline)) {
        return Err(ApiError::field(field, crate::text::FORBIDDEN));
    }
    Ok(t.to_string())
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CreateRoom {
    #[serde(default)]
    pub title: Option<String>,
    /// Defaults to `python`.
    #[serde(default)]
    pub language: Option<String>,
}

/// Create a room (interviewer/admin); the creator is its host.
#[utoipa::path(post, path = "/rooms", tag = "rooms", security(("bearer" = [])),
    request_body = CreateRoom,
    responses(
        (status = 201, body = RoomDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_room(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(req): Json<CreateRoom>,
) -> ApiResult<(StatusCode, Json<RoomDto>)> {
    let host = &user;
    let title = match req.title.as_deref() {
        Some(t) => text_field("title", t, 120, false)?,
        None => format!("{}'s room", host.name),
    };
    let language = req.language.unwrap_or_else(|| "python".into());
    if !state.config.languages.contains(&language) {
        return Err(ApiError::field(
            "language",
            format!("unknown language {language:?}"),
        ));
    }
    let id = crate::auth::new_room_id();
    let room = state
        .store
        .create_room(&id, &title, &language, host.id, &host.name)
        .await?;
    let me = state.store.member(&id, &format!("u:{}", host.id)).await?;
    Ok((StatusCode::CREATED, Json(dto(&state, room, me.as_ref()))))
}

/// A room's details and the caller's membership.
#[derive(Debug, Serialize, ToSchema)]
pub struct RoomList {
    pub items: Vec<RoomDto>,
    pub total: i64,
}

/// The caller's rooms: created by them or admitted to, newest first (100 at most).
#[utoipa::path(get, path = "/rooms", tag = "rooms", security(("bearer" = [])),
    responses(
        (status = 200, body = RoomList),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn my_rooms(State(state): State<AppState>, user: AuthUser) -> ApiResult<Json<RoomList>> {
    let rooms = state.store.rooms_of_user(user.0.id, 100).await?;
    let items: Vec<RoomDto> = rooms.into_iter().map(|r| dto(&state, r, None)).collect();
    Ok(Json(RoomList {
        total: items.len() as i64,
        items,
    }))
}

#[utoipa::path(get, path = "/rooms/{id}", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = RoomDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_room(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<RoomDto>> {
    let room = find(&state, &who, &id).await?;
    let me = state.store.member(&id, &who.member_id()).await?;
    Ok(Json(dto(&state, room, me.as_ref())))
}

/// Ask to join as the signed-in user. Interviewers and admins enter at once;
/// others wait in the lobby. Asking again returns the current status.
#[utoipa::path(post, path = "/rooms/{id}/join", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = RoomDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn join_room(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<RoomDto>> {
    let room = find(&state, &who, &id).await?;
    let member = match &who {
        Principal::Guest(g) => state
            .store
            .member(&id, &g.member)
            .await?
            .ok_or_else(|| not_found(&id))?,
        Principal::User(u) => {
            let staff = u.role.is_staff();
            if room.state != "open" && state.store.member(&id, &who.member_id()).await?.is_none() {
                return Err(ApiError::conflict("the room has ended"));
            }
            let member = state
                .store
                .request_join(
                    &id,
                    &NewMember {
                        member: &who.member_id(),
                        user_id: Some(u.id),
                        name: &u.name,
                        role: if staff { "interviewer" } else { "candidate" },
                        status: if staff { "admitted" } else { "pending" },
                    },
                    state.config.max_room_members,
                )
                .await?;
            announce_join(&state, &id, &member);
            member
        }
    };
    Ok(Json(dto(&state, room, Some(&member))))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct GuestJoin {
    /// The name others will see (1-60 characters).
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GuestJoined {
    /// Use as the bearer token for this room, on `/yjs` and `/ws` as `?token=`.
    pub token: String,
    pub room: RoomDto,
}

/// Join by invite link without an account: a guest waits in the lobby.
#[utoipa::path(post, path = "/rooms/{id}/guests", tag = "rooms",
    params(("id" = String, Path)),
    request_body = GuestJoin,
    responses(
        (status = 201, body = GuestJoined),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn join_as_guest(
    State(state): State<AppState>,
    client: crate::extract::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<GuestJoin>,
) -> ApiResult<(StatusCode, Json<GuestJoined>)> {
    state.limits.auth_by_ip.check(&client.0).await?;
    let name = text_field("name", &req.name, MAX_NAME, false)?;
    let room = state.store.room(&id).await.map_err(|e| match e {
        StoreError::NotFound => not_found(&id),
        other => other.into(),
    })?;
    require_open(&room)?;
    let member_id = format!("g:{}", crate::auth::new_room_id());
    let member = state
        .store
        .request_join(
            &id,
            &NewMember {
                member: &member_id,
                user_id: None,
                name: &name,
                role: "candidate",
                status: "pending",
            },
            state.config.max_room_members,
        )
        .await?;
    announce_join(&state, &id, &member);
    let token = state.tokens.issue_guest(&member_id, &id, &name)?;
    Ok((
        StatusCode::CREATED,
        Json(GuestJoined {
            token,
            room: dto(&state, room, Some(&member)),
        }),
    ))
}

/// A lobby request reaches every interviewer; an admitted join reaches all.
fn announce_join(state: &AppState, room: &str, m: &Member) {
    let info = member_info(m);
    match m.status.as_str() {
        "pending" => state.bus.publish(
            &room_staff_topic(room),
            &ServerEvent::LobbyRequest {
                room: room.into(),
                member: info,
            },
        ),
        "admitted" => state.bus.publish(
            &room_topic(room),
            &ServerEvent::ParticipantJoined {
                room: room.into(),
                member: info,
            },
        ),
        _ => {}
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<MemberInfo>,
    pub total: i64,
}

/// Members: admitted ones for everyone admitted; the lobby too for staff.
#[utoipa::path(get, path = "/rooms/{id}/members", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = MemberList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_members(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<MemberList>> {
    let (_, me) = admitted(&state, &who, &id).await?;
    let items: Vec<MemberInfo> = state
        .store
        .members(&id)
        .await?
        .iter()
        .filter(|m| m.status == "admitted" || me.is_staff())
        .map(member_info)
        .collect();
    Ok(Json(MemberList {
        total: items.len() as i64,
        items,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct Decision {
    pub admit: bool,
    /// The role on admission: `candidate` (default), `interviewer` or
    /// `observer` (watches read-only).
    #[serde(default)]
    pub role: Option<String>,
}

/// Admit or reject someone waiting in the lobby (host/interviewers). The
/// first decision wins; a second one is a 409.
#[utoipa::path(post, path = "/rooms/{id}/lobby/{member}", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path), ("member" = String, Path)),
    request_body = Decision,
    responses(
        (status = 200, body = Object),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn decide(
    State(state): State<AppState>,
    who: Principal,
    Path((id, member)): Path<(String, String)>,
    Json(req): Json<Decision>,
) -> ApiResult<Json<MemberInfo>> {
    let (room, me) = admitted(&state, &who, &id).await?;
    require_staff(&me)?;
    require_open(&room)?;
    let role = req.role.as_deref().unwrap_or("candidate");
    if !["candidate", "interviewer", "observer"].contains(&role) {
        return Err(ApiError::field(
            "role",
            "must be candidate, interviewer or observer",
        ));
    }
    if role == "interviewer" && req.admit {
        // Room staff rights follow the global role (see `admitted`).
        let staff_account = match state.store.member(&id, &member).await? {
            // Nobody by that id: the decision below answers 404.
            None => true,
            Some(Member {
                user_id: Some(uid), ..
            }) => state.store.user(uid).await.is_ok_and(|u| u.role.is_staff()),
            Some(_) => false,
        };
        if !staff_account {
            return Err(ApiError::field(
                "role",
                "only accounts with the interviewer or admin role can be admitted as interviewers",
            ));
        }
    }
    let Some(decided) = state
        .store
        .decide_member(&id, &member, req.admit, role, &me.member)
        .await?
    else {
        return match state.store.member(&id, &member).await? {
            None => Err(ApiError::not_found(format!(
                "nobody {member:?} asked to join"
            ))),
            Some(m) => Err(ApiError::conflict(format!("already {}", m.status))),
        };
    };
    let info = member_info(&decided);
    let event = ServerEvent::LobbyDecision {
        room: id.clone(),
        member: info.clone(),
        by: me.name.clone(),
    };
    state.bus.publish(&room_staff_topic(&id), &event);
    state.bus.publish(&member_topic(&member), &event);
    let data = serde_json::json!({"member": member, "admitted": req.admit});
    state
        .store
        .add_room_event(&id, &me.member, "lobby_decision", "staff", &data)
        .await?;
    if req.admit {
        announce_join(&state, &id, &decided);
    }
    Ok(Json(info))
}

/// End the room (its host, or an admin): the document becomes read-only and
/// stays readable.
#[utoipa::path(post, path = "/rooms/{id}/end", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = RoomDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn end_room(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<RoomDto>> {
    let (_, me) = admitted(&state, &who, &id).await?;
    let admin = who.user().is_some_and(|u| u.role == store::Role::Admin);
    if me.role != "host" && !admin {
        return Err(ApiError::forbidden("only the room's host can end it"));
    }
    if state.store.end_room(&id).await? {
        state.collab.freeze(&id);
        state
            .store
            .add_room_event(&id, &me.member, "ended", "all", &serde_json::json!({}))
            .await?;
        state.bus.publish(
            &room_topic(&id),
            &ServerEvent::RoomEnded { room: id.clone() },
        );
    }
    let room = state.store.room(&id).await?;
    Ok(Json(dto(&state, room, Some(&me))))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LanguageChange {
    pub language: String,
}

/// Switch the room's language (any admitted participant but observers).
#[utoipa::path(put, path = "/rooms/{id}/language", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = LanguageChange,
    responses(
        (status = 204),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn set_language(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<LanguageChange>,
) -> ApiResult<StatusCode> {
    let (room, me) = admitted(&state, &who, &id).await?;
    participant(&me)?;
    require_open(&room)?;
    if !state.config.languages.contains(&req.language) {
        return Err(ApiError::field(
            "language",
            format!("unknown language {:?}", req.language),
        ));
    }
    state.store.set_room_language(&id, &req.language).await?;
    let data = serde_json::json!({"language": req.language});
    state
        .store
        .add_room_event(&id, &me.member, "language", "all", &data)
        .await?;
    state.bus.publish(
        &room_topic(&id),
        &ServerEvent::LanguageChanged {
            room: id.clone(),
            language: req.language,
            by: me.name,
        },
    );
    Ok(StatusCode::NO_CONTENT)
}

fn participant(m: &Member) -> ApiResult<()> {
    if m.role == "observer" {
        Err(ApiError::forbidden("observers can only watch"))
    } else {
        Ok(())
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProblemChoice {
    pub slug: String,
}

/// Choose the problem (host/interviewers): its statement goes to everyone and
/// its stub for the room's language replaces the document's code.
#[utoipa::path(put, path = "/rooms/{id}/problem", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ProblemChoice,
    responses(
        (status = 204),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn choose_problem(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<ProblemChoice>,
) -> ApiResult<StatusCode> {
    let (room, me) = admitted(&state, &who, &id).await?;
    require_staff(&me)?;
    require_open(&room)?;
    let problem = state.store.problem(&req.slug).await.map_err(|e| match e {
        StoreError::NotFound => ApiError::not_found(format!("no problem {:?}", req.slug)),
        other => other.into(),
    })?;
    let stub = problem
        .stubs
        .get(&room.language)
        .map(|s| format!("{}{}{}", s.prefix, s.solution, s.suffix))
        .unwrap_or_default();
    state
        .collab
        .set_text(&id, CODE_FIELD, &stub, &me.member)
        .await
        .map_err(ApiError::internal)?;
    state.store.set_room_problem(&id, &req.slug).await?;
    let data = serde_json::json!({"slug": req.slug});
    state
        .store
        .add_room_event(&id, &me.member, "problem", "all", &data)
        .await?;
    state.bus.publish(
        &room_topic(&id),
        &ServerEvent::ProblemChosen {
            room: id.clone(),
            slug: problem.summary.slug,
            title: problem.summary.title,
            statement: problem.statement,
        },
    );
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TextMessage {
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Posted {
    pub id: i64,
    pub at: i64,
}

/// Say something in the room's chat (admitted members).
#[utoipa::path(post, path = "/rooms/{id}/chat", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = TextMessage,
    responses(
        (status = 201, body = Posted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn chat(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<TextMessage>,
) -> ApiResult<(StatusCode, Json<Posted>)> {
    let (room, me) = admitted(&state, &who, &id).await?;
    require_open(&room)?;
    post_text(&state, &id, me, &req.text, false).await
}

/// Store a chat message or a private note and send it to whoever may see it.
async fn post_text(
    state: &AppState,
    room: &str,
    me: Member,
    text: &str,
    note: bool,
) -> ApiResult<(StatusCode, Json<Posted>)> {
    let text = text_field("text", text, MAX_TEXT, true)?;
    let data = serde_json::json!({"text": text, "name": me.name});
    let (kind, audience, topic) = if note {
        ("note", "staff", room_staff_topic(room))
    } else {
        ("chat", "all", room_topic(room))
    };
    let ev = state
        .store
        .add_room_event(room, &me.member, kind, audience, &data)
        .await?;
    let (room, id, at, from, name) = (room.to_string(), ev.id, ev.at, me.member, me.name);
    let event = if note {
        ServerEvent::Note {
            room,
            id,
            at,
            from,
            name,
            text,
        }
    } else {
        ServerEvent::Chat {
            room,
            id,
            at,
            from,
            name,
            text,
        }
    };
    state.bus.publish(&topic, &event);
    Ok((StatusCode::CREATED, Json(Posted { id, at })))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SignalReport {
    /// `tab_hidden`, `tab_visible`, `window_blur`, `window_focus`, `paste` or
    /// `fullscreen_exit`.
    pub kind: String,
    /// For `paste`: how many characters.
    #[serde(default)]
    pub chars: Option<u32>,
}

const SIGNALS: [&str; 6] = [
    "tab_hidden",
    "tab_visible",
    "window_blur",
    "window_focus",
    "paste",
    "fullscreen_exit",
];

/// An integrity signal from the candidate's browser; only the room's staff
/// ever see it.
#[utoipa::path(post, path = "/rooms/{id}/signals", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = SignalReport,
    responses(
        (status = 202),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn signal(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<SignalReport>,
) -> ApiResult<StatusCode> {
    let (room, me) = admitted(&state, &who, &id).await?;
    if me.role != "candidate" {
        return Err(ApiError::forbidden(
            "integrity signals come from the room's candidates only",
        ));
    }
    require_open(&room)?;
    if !SIGNALS.contains(&req.kind.as_str()) {
        return Err(ApiError::field(
            "kind",
            format!("must be one of {}", SIGNALS.join(", ")),
        ));
    }
    let chars = if req.kind == "paste" { req.chars } else { None };
    let data = serde_json::json!({"kind": req.kind, "chars": chars, "name": me.name});
    let ev = state
        .store
        .add_room_event(&id, &me.member, "signal", "staff", &data)
        .await?;
    state.bus.publish(
        &room_staff_topic(&id),
        &ServerEvent::Signal {
            room: id.clone(),
            at: ev.at,
            from: me.member,
            name: me.name,
            kind: req.kind,
            chars,
        },
    );
    Ok(StatusCode::ACCEPTED)
}

/// A private note (host/interviewers); never sent to candidates or guests.
#[utoipa::path(post, path = "/rooms/{id}/notes", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = TextMessage,
    responses(
        (status = 201, body = Posted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn add_note(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<TextMessage>,
) -> ApiResult<(StatusCode, Json<Posted>)> {
    let (_, me) = admitted(&state, &who, &id).await?;
    require_staff(&me)?;
    post_text(&state, &id, me, &req.text, true).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<store::rooms::RoomEvent>,
    pub total: i64,
}

/// The room's private notes (host/interviewers).
#[utoipa::path(get, path = "/rooms/{id}/notes", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = EventList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_notes(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<EventList>> {
    let (_, me) = admitted(&state, &who, &id).await?;
    require_staff(&me)?;
    let items: Vec<_> = state
        .store
        .room_events(&id, true)
        .await?
        .into_iter()
        .filter(|e| e.kind == "note")
        .collect();
    Ok(Json(EventList {
        total: items.len() as i64,
        items,
    }))
}

/// What a room run or submission starts from: an open room, a participant
/// (not an observer), and the document's code, checked like any code.
/// What happened in the room so far (chat, runs, language and problem changes;
/// for interviewers also notes, signals and lobby decisions), oldest first.
#[utoipa::path(get, path = "/rooms/{id}/events", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = EventList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn room_events(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<EventList>> {
    let (_, me) = admitted(&state, &who, &id).await?;
    let items = state.store.room_events(&id, me.is_staff()).await?;
    Ok(Json(EventList {
        total: items.len() as i64,
        items,
    }))
}

async fn room_code(
    state: &AppState,
    who: &Principal,
    id: &str,
) -> ApiResult<(Room, Member, String)> {
    let (room, me) = admitted(state, who, id).await?;
    participant(&me)?;
    require_open(&room)?;
    let code = state
        .collab
        .text(id, CODE_FIELD)
        .await
        .map_err(ApiError::internal)?;
    crate::routes::pipeline::validate_code(&state.config, &room.language, &code)?;
    Ok((room, me, code))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RoomRunRequest {
    /// Standard input for the program.
    #[serde(default)]
    pub stdin: String,
}

/// Run the room's current code in its language; the output is shared with
/// the room (`room_run` events).
#[utoipa::path(post, path = "/rooms/{id}/runs", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = RoomRunRequest,
    responses(
        (status = 202, body = crate::routes::submissions::Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn room_run(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<RoomRunRequest>,
) -> ApiResult<(StatusCode, Json<crate::routes::submissions::Accepted>)> {
    let (room, me, code) = room_code(&state, &who, &id).await?;
    if req.stdin.len() > state.config.max_stdin_bytes {
        return Err(ApiError::field("stdin", "is too large"));
    }
    // Runs belong to an account; a room's runs are the host's, and the room's
    // rate limit is the host's too.
    state.limits.runs_by_user.check(&room.created_by).await?;
    crate::routes::pipeline::check_capacity(&state).await?;
    let (run, _) = state
        .store
        .create_run(&store::runs::NewRun {
            user_id: room.created_by,
            language: &room.language,
            code: &code,
            stdin: &req.stdin,
            idempotency_key: None,
            room_id: Some(&id),
            priority: queue::priority::INTERACTIVE,
            max_attempts: state.config.job_max_attempts,
        })
        .await?;
    state.job_wake.notify_one();
    let data = serde_json::json!({"run": run.id, "by": me.name, "stdin": req.stdin});
    state
        .store
        .add_room_event(&id, &me.member, "run_started", "all", &data)
        .await?;
    state.bus.publish(
        &room_topic(&id),
        &ServerEvent::RoomRun {
            room: id.clone(),
            run: run.id,
            by: me.name,
            state: "queued".into(),
            result: None,
        },
    );
    Ok(crate::routes::submissions::Accepted::answer(
        true, run.id, run.state,
    ))
}

/// Submit the room's current code against the room's problem; the verdict is
/// shared with the room (`submission_*` events, and the timeline).
#[utoipa::path(post, path = "/rooms/{id}/submissions", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 202, body = crate::routes::submissions::Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn room_submission(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<(StatusCode, Json<crate::routes::submissions::Accepted>)> {
    let (room, me, code) = room_code(&state, &who, &id).await?;
    let Some(problem) = room.problem.clone() else {
        return Err(ApiError::conflict("the host has not chosen a problem yet"));
    };
    // Like runs, a room's submissions are the host's, under the host's limit.
    state
        .limits
        .submissions_by_user
        .check(&room.created_by)
        .await?;
    crate::routes::pipeline::check_capacity(&state).await?;
    let (sub, _) = state
        .store
        .create_submission(&store::submissions::NewSubmission {
            user_id: room.created_by,
            problem: &problem,
            language: &room.language,
            code: &code,
            idempotency_key: None,
            room_id: Some(&id),
            priority: queue::priority::SUBMISSION,
            max_attempts: state.config.job_max_attempts,
        })
        .await?;
    state.job_wake.notify_one();
    let data = serde_json::json!({"submission": sub.id, "by": me.name});
    state
        .store
        .add_room_event(&id, &me.member, "submission", "all", &data)
        .await?;
    state.bus.publish(
        &room_topic(&id),
        &ServerEvent::SubmissionQueued {
            id: sub.id,
            problem,
        },
    );
    Ok(crate::routes::submissions::Accepted::answer(
        true, sub.id, sub.state,
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineUpdate {
    pub id: i64,
    pub at: i64,
    pub author: String,
    /// The Yjs update (v1 encoding), base64.
    pub update: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Timeline {
    pub room: RoomDto,
    /// Every document update in order: apply them to an empty Y.Doc up to a
    /// time to see the document as it was then.
    pub updates: Vec<TimelineUpdate>,
    /// Runs, language and problem changes, chat, signals, notes, lobby.
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<store::rooms::RoomEvent>,
}

/// The room's whole history for replay (host/interviewers).
#[utoipa::path(get, path = "/rooms/{id}/timeline", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = Timeline),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn timeline(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<Json<Timeline>> {
    use base64::Engine;
    let (room, me) = admitted(&state, &who, &id).await?;
    require_staff(&me)?;
    state.collab.flush().await;
    let updates = state
        .store
        .doc_updates_after(&id, 0)
        .await?
        .into_iter()
        .map(|u| TimelineUpdate {
            id: u.id,
            at: u.at,
            author: u.author,
            update: base64::engine::general_purpose::STANDARD.encode(&u.data),
        })
        .collect();
    let events = state.store.room_events(&id, true).await?;
    Ok(Json(Timeline {
        room: dto(&state, room, Some(&me)),
        updates,
        events,
    }))
}
