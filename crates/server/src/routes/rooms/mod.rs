//! Rooms over HTTP: each handler authenticates the caller, hands the action to
//! the `rooms` crate (which checks membership, changes the room and records
//! its timeline in one transaction, then publishes) and answers. Split by
//! action family: who is in the room, what they say, changing the room,
//! shared runs, and the history.

mod control;
mod history;
mod lobby;
mod shared;
mod talk;

use bus::{MemberInfo, RoomState};
use rooms::{Member, Room};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;

use crate::AppState;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(lobby::router())
        .merge(talk::router())
        .merge(control::router())
        .merge(shared::router())
        .merge(history::router())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoomDto {
    pub id: String,
    /// The link to share.
    pub url: String,
    pub title: String,
    pub language: String,
    pub problem: Option<String>,
    /// `open` or `ended`.
    #[schema(value_type = String)]
    pub state: RoomState,
    pub created_at: i64,
    pub ended_at: Option<i64>,
    /// The caller's membership, if they asked to join.
    #[schema(value_type = Option<Object>)]
    pub me: Option<MemberInfo>,
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
        me: me.map(Member::info),
    }
}
