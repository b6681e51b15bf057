//! Runs and submissions of the room's code, shared with the room. The server
//! adds what is about the service rather than the room: the code checks, the
//! host's rate limits and the queue's capacity.

use axum::extract::State;
use axum::http::StatusCode;
use rooms::JobOptions;
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Json, Path, Principal};
use crate::routes::pipeline::{check_capacity, validate_code};
use crate::routes::submissions::Accepted;

pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(room_run))
        .routes(routes!(room_submission))
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
        (status = 202, body = Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn room_run(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    Json(req): Json<RoomRunRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let prepared = state.rooms.prepare(&who.caller(), &id).await?;
    validate_code(&state.config, &prepared.room.language, &prepared.code)?;
    if req.stdin.len() > state.config.max_stdin_bytes {
        return Err(ApiError::field("stdin", "is too large"));
    }
    // A room's runs are its host's, under the host's rate limit.
    state
        .limits
        .runs_by_user
        .check(&prepared.room.created_by)
        .await?;
    check_capacity(&state).await?;
    let job = JobOptions {
        priority: queue::priority::INTERACTIVE,
        max_attempts: state.config.job_max_attempts,
    };
    let run = state.rooms.start_run(prepared, &req.stdin, job).await?;
    state.job_wake.notify_one();
    Ok(Accepted::answer(true, run.id, run.state))
}

/// Submit the room's current code against the room's problem; the verdict is
/// shared with the room (`submission_*` events, and the timeline).
#[utoipa::path(post, path = "/rooms/{id}/submissions", tag = "rooms", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 202, body = Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn room_submission(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let prepared = state.rooms.prepare(&who.caller(), &id).await?;
    validate_code(&state.config, &prepared.room.language, &prepared.code)?;
    prepared.problem()?;
    // Like runs, a room's submissions are the host's, under the host's limit.
    state
        .limits
        .submissions_by_user
        .check(&prepared.room.created_by)
        .await?;
    check_capacity(&state).await?;
    let job = JobOptions {
        priority: queue::priority::SUBMISSION,
        max_attempts: state.config.job_max_attempts,
    };
    let sub = state.rooms.start_submission(prepared, job).await?;
    state.job_wake.notify_one();
    Ok(Accepted::answer(true, sub.id, sub.state))
}
