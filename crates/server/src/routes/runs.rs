//! Runs with custom input (the playground): queued at high priority, result
//! readable by the owner (and pushed over `/ws`).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use store::StoreError;
use store::runs::{NewRun, Run};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{AuthUser, Json, Path};
use crate::routes::pipeline::{check_capacity, idempotency_key, validate_code};
use crate::routes::submissions::Accepted;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_run))
        .routes(routes!(get_run))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RunRequest {
    pub language: String,
    pub code: String,
    /// Standard input for the program.
    #[serde(default)]
    pub stdin: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunDto {
    pub id: i64,
    /// `queued`, `compiling`, `running` or `finished`.
    pub state: String,
    pub language: String,
    /// Once finished: the `codemint run --json` fields (`status`, `exit_code`,
    /// `signal`, `time_ms`, `wall_ms`, `memory_kb`, `stdout`, `stderr`,
    /// `compile_output`).
    #[schema(value_type = Option<Object>)]
    pub result: Option<serde_json::Value>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

impl From<Run> for RunDto {
    fn from(r: Run) -> Self {
        RunDto {
            id: r.id,
            state: r.state,
            language: r.language,
            result: r.result,
            created_at: r.created_at,
            finished_at: r.finished_at,
        }
    }
}

/// Compile and run code with custom input.
#[utoipa::path(post, path = "/runs", tag = "runs", security(("bearer" = [])),
    request_body = RunRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "at most 128 characters")),
    responses(
        (status = 202, body = Accepted),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_run(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
    Json(req): Json<RunRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let key = idempotency_key(&headers)?;
    validate_code(&state.config, &req.language, &req.code)?;
    if req.stdin.len() > state.config.max_stdin_bytes {
        return Err(ApiError::field(
            "stdin",
            format!(
                "is {} bytes; at most {}",
                req.stdin.len(),
                state.config.max_stdin_bytes
            ),
        ));
    }
    state.limits.runs_by_user.check(&user.0.id).await?;
    check_capacity(&state).await?;
    let (run, created) = state
        .store
        .create_run(&NewRun {
            user_id: user.0.id,
            language: &req.language,
            code: &req.code,
            stdin: &req.stdin,
            idempotency_key: key.as_deref(),
            room_id: None,
            priority: queue::priority::INTERACTIVE,
            max_attempts: state.config.job_max_attempts,
        })
        .await?;
    if created {
        state.job_wake.notify_one();
        state.bus.publish(
            &bus::user_topic(user.0.id),
            &bus::ServerEvent::RunQueued { id: run.id },
        );
    }
    Ok(Accepted::answer(created, run.id, run.state))
}

/// One run: its owner's, or any for staff.
#[utoipa::path(get, path = "/runs/{id}", tag = "runs", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = RunDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_run(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<i64>,
) -> ApiResult<Json<RunDto>> {
    let not_found = || ApiError::not_found(format!("no run {id}"));
    let run = state.store.run(id).await.map_err(|e| match e {
        StoreError::NotFound => not_found(),
        other => other.into(),
    })?;
    if !super::may_see_work(&state, &user.0, run.user_id, None).await? {
        return Err(not_found());
    }
    Ok(Json(run.into()))
}
