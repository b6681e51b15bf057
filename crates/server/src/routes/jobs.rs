//! The job queue for admins: list jobs by state, inspect one, retry or discard
//! dead ones.

use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use store::StoreError;
use store::jobs::JobRow;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Admin, Json, Path, Query};
use crate::routes::users::PageQuery;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_jobs))
        .routes(routes!(get_job, discard_job))
        .routes(routes!(retry_job))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobDto {
    pub id: i64,
    /// `judge_submission` or `run_code`.
    pub kind: String,
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    pub priority: i64,
    /// `queued`, `running` or `dead`.
    pub state: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl From<JobRow> for JobDto {
    fn from(j: JobRow) -> Self {
        JobDto {
            id: j.id,
            kind: j.kind,
            payload: j.payload,
            priority: j.priority,
            state: j.state,
            attempts: j.attempts,
            max_attempts: j.max_attempts,
            run_at: j.run_at,
            last_error: j.last_error,
            created_at: j.created_at,
            updated_at: j.updated_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobList {
    pub items: Vec<JobDto>,
    pub total: i64,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct JobQuery {
    /// `queued`, `running` or `dead` (default `dead`).
    pub state: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

fn job_not_found(id: i64, what: &str) -> impl Fn(StoreError) -> ApiError + '_ {
    move |e| match e {
        StoreError::NotFound => ApiError::not_found(format!("no {what}job {id}")),
        other => other.into(),
    }
}

/// Jobs in one state, newest first (admin only).
#[utoipa::path(get, path = "/admin/jobs", tag = "admin", security(("bearer" = [])),
    params(JobQuery),
    responses(
        (status = 200, body = JobList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_jobs(
    State(state): State<AppState>,
    _: Admin,
    Query(q): Query<JobQuery>,
) -> ApiResult<Json<JobList>> {
    let job_state = q.state.as_deref().unwrap_or("dead");
    if !["queued", "running", "dead"].contains(&job_state) {
        return Err(ApiError::field("state", "must be queued, running or dead"));
    }
    let (offset, limit) = PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let (jobs, total) = state
        .store
        .list_jobs(job_state, limit as i64, offset as i64)
        .await?;
    Ok(Json(JobList {
        items: jobs.into_iter().map(JobDto::from).collect(),
        total,
    }))
}

/// One job, with its last error (admin only).
#[utoipa::path(get, path = "/admin/jobs/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = JobDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_job(
    State(state): State<AppState>,
    _: Admin,
    Path(id): Path<i64>,
) -> ApiResult<Json<JobDto>> {
    let job = state.store.job(id).await.map_err(job_not_found(id, ""))?;
    Ok(Json(job.into()))
}

/// Queue a dead job again with fresh attempts (admin only).
#[utoipa::path(post, path = "/admin/jobs/{id}/retry", tag = "admin", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = JobDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn retry_job(
    State(state): State<AppState>,
    _: Admin,
    Path(id): Path<i64>,
) -> ApiResult<Json<JobDto>> {
    let job = state
        .dead_letters
        .retry(&state.store, id)
        .await
        .map_err(job_not_found(id, "dead "))?;
    state.job_wake.notify_one();
    Ok(Json(job.into()))
}

/// Drop a dead job for good (admin only).
#[utoipa::path(delete, path = "/admin/jobs/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 204),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn discard_job(
    State(state): State<AppState>,
    _: Admin,
    Path(id): Path<i64>,
) -> ApiResult<StatusCode> {
    state
        .store
        .discard_dead_job(id)
        .await
        .map_err(job_not_found(id, "dead "))?;
    Ok(StatusCode::NO_CONTENT)
}
