//! What members say: chat, private notes, integrity signals.

use axum::extract::State;
use axum::http::StatusCode;
use rooms::TimelineEvent;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiResult, Problem};
use crate::extract::{Json, Path, Principal};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(chat))
        .routes(routes!(signal))
        .routes(routes!(add_note, list_notes))
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

impl From<rooms::Posted> for Posted {
    fn from(p: rooms::Posted) -> Self {
        Posted { id: p.id, at: p.at }
    }
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
    let posted = state.rooms.chat(&who.caller(), &id, &req.text).await?;
    Ok((StatusCode::CREATED, Json(posted.into())))
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
    state
        .rooms
        .signal(&who.caller(), &id, &req.kind, req.chars)
        .await?;
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
    let posted = state.rooms.note(&who.caller(), &id, &req.text).await?;
    Ok((StatusCode::CREATED, Json(posted.into())))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<TimelineEvent>,
    pub total: i64,
}

impl From<Vec<TimelineEvent>> for EventList {
    fn from(items: Vec<TimelineEvent>) -> Self {
        EventList {
            total: items.len() as i64,
            items,
        }
    }
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
    Ok(Json(state.rooms.notes(&who.caller(), &id).await?.into()))
}
