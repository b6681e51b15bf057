//! What happened in a room: its events for members, and the whole timeline
//! (document updates and events) for replay.

use axum::extract::State;
use base64::Engine;
use rooms::TimelineEvent;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::talk::EventList;
use super::{RoomDto, dto};
use crate::AppState;
use crate::error::{ApiResult, Problem};
use crate::extract::{Json, Path, Principal};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(room_events))
        .routes(routes!(timeline))
}

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
    Ok(Json(state.rooms.events(&who.caller(), &id).await?.into()))
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
    pub events: Vec<TimelineEvent>,
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
    let t = state.rooms.timeline(&who.caller(), &id).await?;
    let updates = t
        .updates
        .into_iter()
        .map(|u| TimelineUpdate {
            id: u.id,
            at: u.at,
            author: u.author,
            update: base64::engine::general_purpose::STANDARD.encode(&u.data),
        })
        .collect();
    Ok(Json(Timeline {
        room: dto(&state, t.room, Some(&t.me)),
        updates,
        events: t.events,
    }))
}
