//! Who is in a room: create and list rooms, read one, join as a user or a
//! guest, list members, and the lobby's decisions.

use axum::extract::State;
use axum::http::StatusCode;
use bus::MemberInfo;
use rooms::Member;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{RoomDto, dto};
use crate::AppState;
use crate::error::{ApiResult, Problem};
use crate::extract::{AuthUser, ClientIp, Json, Path, Principal, Staff};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_room, my_rooms))
        .routes(routes!(get_room))
        .routes(routes!(join_room))
        .routes(routes!(join_as_guest))
        .routes(routes!(list_members))
        .routes(routes!(decide))
        .routes(routes!(invite))
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
    let id = crate::auth::new_room_id();
    let (room, me) = state
        .rooms
        .create(&user, &id, req.title.as_deref(), req.language.as_deref())
        .await?;
    Ok((StatusCode::CREATED, Json(dto(&state, room, Some(&me)))))
}

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
    let rooms = state.rooms.rooms_of(&user.0, 100).await?;
    let items: Vec<RoomDto> = rooms.into_iter().map(|r| dto(&state, r, None)).collect();
    Ok(Json(RoomList {
        total: items.len() as i64,
        items,
    }))
}

/// A room's details and the caller's membership.
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
    let who = who.caller();
    let room = state.rooms.find(&who, &id).await?;
    let me = state.rooms.membership(&who, &id).await?;
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
    let (room, me) = state.rooms.join(&who.caller(), &id).await?;
    Ok(Json(dto(&state, room, Some(&me))))
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
    client: ClientIp,
    Path(id): Path<String>,
    Json(req): Json<GuestJoin>,
) -> ApiResult<(StatusCode, Json<GuestJoined>)> {
    state.limits.auth_by_ip.check(&client.0).await?;
    let member = format!("g:{}", crate::auth::new_room_id());
    let (room, me) = state.rooms.join_as_guest(&id, &member, &req.name).await?;
    let token = state.tokens.issue_guest(&member, &id, &me.name)?;
    Ok((
        StatusCode::CREATED,
        Json(GuestJoined {
            token,
            room: dto(&state, room, Some(&me)),
        }),
    ))
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
    let members = state.rooms.members(&who.caller(), &id).await?;
    let items: Vec<MemberInfo> = members.iter().map(Member::info).collect();
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
    let decided = state
        .rooms
        .decide(&who.caller(), &id, &member, req.admit, req.role.as_deref())
        .await?;
    Ok(Json(decided.info()))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct InviteRequest {
    /// Who to invite (a candidate needs no account).
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Invited {
    /// The room's link.
    pub url: String,
    /// `true`: an email with the link is on its way. `false`: this server
    /// sends no email; share the link yourself.
    pub emailed: bool,
}

/// Invite someone to the room by email (host/interviewers).
#[utoipa::path(post, path = "/rooms/{id}/invites", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = InviteRequest,
    responses(
        (status = 201, body = Invited),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn invite(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<InviteRequest>,
) -> ApiResult<(StatusCode, Json<Invited>)> {
    let sent = state.rooms.invite(&who.caller(), &id, &req.email).await?;
    if sent.emailed {
        state.job_wake.notify_one();
    }
    Ok((
        StatusCode::CREATED,
        Json(Invited {
            url: sent.url,
            emailed: sent.emailed,
        }),
    ))
}
