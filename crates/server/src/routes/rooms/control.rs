//! Changing the room: its language, its problem, ending it.

use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::{RoomDto, dto};
use crate::AppState;
use crate::error::{ApiResult, Problem};
use crate::extract::{Json, Path, Principal};

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(end_room))
        .routes(routes!(set_language))
        .routes(routes!(choose_problem))
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
    let (room, me) = state.rooms.end(&who.caller(), &id).await?;
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
    state
        .rooms
        .set_language(&who.caller(), &id, &req.language)
        .await?;
    Ok(StatusCode::NO_CONTENT)
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
    state
        .rooms
        .choose_problem(&who.caller(), &id, &req.slug)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
