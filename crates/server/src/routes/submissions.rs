//! Submissions: submit code for a problem, read one, list mine, re-judge.
//!
//! The stored result already hides hidden tests (names, data and output), so
//! a submission's owner sees exactly what is stored; staff see the same.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde::{Deserialize, Serialize};
use store::StoreError;
use store::submissions::{NewSubmission, Submission};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Admin, AuthUser, Json, Path, Query};
use crate::routes::pipeline::{check_capacity, idempotency_key, validate_code};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_submission, list_submissions))
        .routes(routes!(get_submission))
        .routes(routes!(rejudge))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SubmitRequest {
    /// The problem's slug.
    pub problem: String,
    /// A language id from `codemint languages`.
    pub language: String,
    /// The user's part of the program (the stub's prefix and suffix are added).
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionDto {
    pub id: i64,
    /// `queued`, `compiling`, `running` or `finished`.
    pub state: String,
    pub problem: String,
    /// The problem version this was judged against.
    pub problem_version: i64,
    pub language: String,
    pub code: String,
    /// `AC`, `WA`, `TLE`, `MLE`, `RE`, `CE`, `OLE`, `SE` or `IE`, once finished.
    pub verdict: Option<String>,
    /// Percentage of tests passed.
    pub score: Option<f64>,
    pub time_ms: Option<u64>,
    pub memory_kb: Option<u64>,
    pub compile_output: Option<String>,
    /// Tests run, in order; hidden tests carry no data. Judging stops at the
    /// first failure.
    #[schema(value_type = Vec<Object>)]
    pub tests: Vec<serde_json::Value>,
    /// How many tests the version has.
    pub total_tests: Option<u64>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

impl From<Submission> for SubmissionDto {
    fn from(s: Submission) -> Self {
        let r = s.result.unwrap_or_default();
        SubmissionDto {
            id: s.id,
            state: s.state,
            problem: s.problem,
            problem_version: s.problem_version,
            language: s.language,
            code: s.code,
            verdict: s.verdict,
            score: r["score"].as_f64(),
            time_ms: r["time_ms"].as_u64(),
            memory_kb: r["memory_kb"].as_u64(),
            compile_output: r["compile_output"].as_str().map(String::from),
            tests: r["tests"].as_array().cloned().unwrap_or_default(),
            total_tests: r["total_tests"].as_u64(),
            created_at: s.created_at,
            finished_at: s.finished_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    pub id: i64,
    /// `queued` for new work.
    pub state: String,
}

impl Accepted {
    /// 202 for new work; 200 for what an idempotency key had already made.
    pub fn answer(created: bool, id: i64, state: String) -> (StatusCode, Json<Accepted>) {
        let status = if created {
            StatusCode::ACCEPTED
        } else {
            StatusCode::OK
        };
        (status, Json(Accepted { id, state }))
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionList {
    pub items: Vec<SubmissionDto>,
    pub total: i64,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// Only this problem's submissions.
    pub problem: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Rejudged {
    /// Submissions queued for judging again.
    pub queued: i64,
}

/// Submit code for judging. An `Idempotency-Key` header makes a retried POST
/// return the first submission instead of making another.
#[utoipa::path(post, path = "/submissions", tag = "submissions", security(("bearer" = [])),
    request_body = SubmitRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "at most 128 characters")),
    responses(
        (status = 202, body = Accepted),
        (status = 200, body = Accepted, description = "the submission made earlier with this idempotency key"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_submission(
    State(state): State<AppState>,
    user: AuthUser,
    headers: HeaderMap,
    Json(req): Json<SubmitRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let key = idempotency_key(&headers)?;
    validate_code(&state.config, &req.language, &req.code)?;
    if req.problem.trim().is_empty() {
        return Err(ApiError::field("problem", "is required"));
    }
    state.limits.submissions_by_user.check(&user.0.id).await?;
    check_capacity(&state).await?;
    let (sub, created) = state
        .store
        .create_submission(&NewSubmission {
            user_id: user.0.id,
            problem: &req.problem,
            language: &req.language,
            code: &req.code,
            idempotency_key: key.as_deref(),
            room_id: None,
            duel_id: None,
            attempt_id: None,
            priority: queue::priority::SUBMISSION,
            max_attempts: state.config.job_max_attempts,
        })
        .await
        .map_err(|e| match e {
            StoreError::NotFound => {
                ApiError::not_found(format!("no problem with slug {:?}", req.problem))
            }
            other => other.into(),
        })?;
    if created {
        state.job_wake.notify_one();
        state.bus.publish(
            &bus::user_topic(user.0.id),
            &bus::ServerEvent::SubmissionQueued {
                id: sub.id,
                problem: sub.problem.clone(),
            },
        );
    }
    Ok(Accepted::answer(created, sub.id, sub.state))
}

/// One submission: its owner's, or any for staff.
#[utoipa::path(get, path = "/submissions/{id}", tag = "submissions", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = SubmissionDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_submission(
    State(state): State<AppState>,
    user: AuthUser,
    Path(id): Path<i64>,
) -> ApiResult<Json<SubmissionDto>> {
    let not_found = || ApiError::not_found(format!("no submission {id}"));
    let sub = state.store.submission(id).await.map_err(|e| match e {
        StoreError::NotFound => not_found(),
        other => other.into(),
    })?;
    // Someone else's submission is "not found", not "forbidden": ids are not
    // a way to learn who submitted what.
    // Nor is a duel player's work while their duel is on, whoever asks.
    if !super::may_see_work(&state, &user.0, sub.user_id, sub.duel_id.as_deref()).await? {
        return Err(not_found());
    }
    Ok(Json(sub.into()))
}

/// My submissions, newest first.
#[utoipa::path(get, path = "/submissions", tag = "submissions", security(("bearer" = [])),
    params(ListQuery),
    responses((status = 200, body = SubmissionList)))]
async fn list_submissions(
    State(state): State<AppState>,
    user: AuthUser,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<SubmissionList>> {
    let (offset, limit) = crate::routes::users::PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let (subs, total) = state
        .store
        .list_submissions(user.0.id, q.problem.as_deref(), limit as i64, offset as i64)
        .await?;
    Ok(Json(SubmissionList {
        items: subs.into_iter().map(SubmissionDto::from).collect(),
        total,
    }))
}

/// Judge every submission of a problem again against its current version, as
/// low-priority jobs (admin only).
#[utoipa::path(post, path = "/problems/{slug}/rejudge", tag = "submissions", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 202, body = Rejudged),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn rejudge(
    State(state): State<AppState>,
    _: Admin,
    Path(slug): Path<String>,
) -> ApiResult<(StatusCode, Json<Rejudged>)> {
    let queued = state
        .store
        .rejudge_problem(&slug, queue::priority::BATCH, state.config.job_max_attempts)
        .await
        .map_err(|e| match e {
            StoreError::NotFound => ApiError::not_found(format!("no problem with slug {slug:?}")),
            other => other.into(),
        })?;
    state.job_wake.notify_one();
    Ok((StatusCode::ACCEPTED, Json(Rejudged { queued })))
}
