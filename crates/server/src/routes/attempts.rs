//! Assessments over HTTP, the candidate's side: the invitation link's page
//! and starting (no account), then everything with the attempt's own token:
//! its view on the server's clock, claiming the page that edits, code for
//! API clients, runs, submissions, integrity signals and finishing early.
//! Each handler checks the token names this attempt before anything else.

use axum::extract::State;
use axum::http::StatusCode;
use bus::IntegrityKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::pipeline::{check_capacity, validate_code};
use super::runs::RunDto;
use super::submissions::Accepted;
use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Candidate, Json, Path};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(invitation_landing))
        .routes(routes!(start_attempt))
        .routes(routes!(get_attempt))
        .routes(routes!(claim_session))
        .routes(routes!(put_attempt_code))
        .routes(routes!(create_attempt_run))
        .routes(routes!(get_attempt_run))
        .routes(routes!(submit_attempt, list_attempt_submissions))
        .routes(routes!(report_signal))
        .routes(routes!(finish_attempt))
}

/// What the invitation link's page shows.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct LandingDto(assessments::Landing);

/// The invitation behind a link: the assessment's title, instructions,
/// duration and window, and what proctoring records. No login; 410 if the
/// link was revoked or the window closed before it was used.
#[utoipa::path(get, path = "/invitations/{token}", tag = "assessments",
    params(("token" = String, Path)),
    responses(
        (status = 200, body = LandingDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 410, body = Problem, content_type = "application/problem+json"),
    ))]
async fn invitation_landing(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<LandingDto>> {
    Ok(Json(LandingDto(state.assessments.landing(&token).await?)))
}

/// A candidate's attempt: its clock, and each problem's saved code and best score.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct AttemptDto(assessments::AttemptView);

#[derive(Debug, Serialize, ToSchema)]
pub struct StartedDto {
    /// Bearer token for this attempt only (its endpoints, `/ws` and its editors).
    pub token: String,
    pub attempt: AttemptDto,
}

/// Start the clock (no account needed). Starting again gives the same
/// attempt back, with a new token: another device resumes it.
#[utoipa::path(post, path = "/invitations/{token}/start", tag = "assessments",
    params(("token" = String, Path)),
    responses(
        (status = 200, body = StartedDto),
        (status = 201, body = StartedDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 410, body = Problem, content_type = "application/problem+json"),
    ))]
async fn start_attempt(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<(StatusCode, Json<StartedDto>)> {
    let started = state.assessments.start(&token).await?;
    let t = &started.attempt;
    let token = state.tokens.issue_attempt(&t.id, t.user_id)?;
    let attempt = AttemptDto(state.assessments.attempt_view(&t.id).await?);
    let status = if started.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(StartedDto { token, attempt })))
}

/// The attempt: state, `deadline` and `server_now` (count down against the
/// server's clock), each problem's saved code and best score.
#[utoipa::path(get, path = "/attempts/{id}", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = AttemptDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_attempt(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
) -> ApiResult<Json<AttemptDto>> {
    let id = me.attempt(&id)?;
    Ok(Json(AttemptDto(state.assessments.attempt_view(id).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionRequest {
    /// The page's session id (kept across reloads); a new one when left out.
    #[serde(default)]
    pub session: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct SessionDto(assessments::SessionClaim);

/// A page claims the attempt: the newest claim edits, an older page becomes
/// read-only (it hears `attempt_session` over `/ws`); both are recorded.
#[utoipa::path(post, path = "/attempts/{id}/sessions", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = SessionRequest,
    responses(
        (status = 200, body = SessionDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn claim_session(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
    Json(req): Json<SessionRequest>,
) -> ApiResult<Json<SessionDto>> {
    let id = me.attempt(&id)?;
    state.limits.attempt_actions.check(&me.0.user_id).await?;
    Ok(Json(SessionDto(
        state.assessments.claim(id, req.session.as_deref()).await?,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    pub language: String,
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Saved {
    pub saved_at: i64,
}

/// Set a problem's code (for API clients; the web page types into the
/// problem's document, `/yjs/{attempt}:{slug}`). 409 once time is up.
#[utoipa::path(put, path = "/attempts/{id}/code/{slug}", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path), ("slug" = String, Path)),
    request_body = CodeRequest,
    responses(
        (status = 200, body = Saved),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn put_attempt_code(
    State(state): State<AppState>,
    me: Candidate,
    Path((id, slug)): Path<(String, String)>,
    Json(req): Json<CodeRequest>,
) -> ApiResult<Json<Saved>> {
    let id = me.attempt(&id)?;
    state.limits.attempt_actions.check(&me.0.user_id).await?;
    validate_code(&state.config, &req.language, &req.code)?;
    let saved_at = state
        .assessments
        .put_code(id, &slug, &req.language, &req.code)
        .await?;
    Ok(Json(Saved { saved_at }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttemptRunRequest {
    pub language: String,
    pub code: String,
    #[serde(default)]
    pub stdin: String,
}

/// Run code on custom input during the attempt.
#[utoipa::path(post, path = "/attempts/{id}/runs", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = AttemptRunRequest,
    responses(
        (status = 202, body = Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_attempt_run(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
    Json(req): Json<AttemptRunRequest>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let id = me.attempt(&id)?;
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
    state.limits.runs_by_user.check(&me.0.user_id).await?;
    check_capacity(&state).await?;
    let run = state
        .assessments
        .run(
            id,
            &req.language,
            &req.code,
            &req.stdin,
            queue::priority::INTERACTIVE,
        )
        .await?;
    state.job_wake.notify_one();
    state.bus.publish(
        &bus::user_topic(me.0.user_id),
        &bus::ServerEvent::RunQueued { id: run.id },
    );
    Ok(Accepted::answer(true, run.id, run.state))
}

/// One of the attempt's runs, with its result once finished.
#[utoipa::path(get, path = "/attempts/{id}/runs/{run}", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path), ("run" = i64, Path)),
    responses(
        (status = 200, body = RunDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_attempt_run(
    State(state): State<AppState>,
    me: Candidate,
    Path((id, run)): Path<(String, i64)>,
) -> ApiResult<Json<RunDto>> {
    let id = me.attempt(&id)?;
    Ok(Json(state.assessments.attempt_run(id, run).await?.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttemptSubmit {
    /// The problem's slug.
    pub problem: String,
    pub language: String,
    pub code: String,
}

/// Submit a problem during the attempt: judged on every test, scored by the
/// share passed. 409 after the deadline.
#[utoipa::path(post, path = "/attempts/{id}/submissions", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = AttemptSubmit,
    responses(
        (status = 202, body = Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
async fn submit_attempt(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
    Json(req): Json<AttemptSubmit>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    let id = me.attempt(&id)?;
    validate_code(&state.config, &req.language, &req.code)?;
    state
        .limits
        .submissions_by_user
        .check(&me.0.user_id)
        .await?;
    check_capacity(&state).await?;
    let sub = state
        .assessments
        .submit(
            id,
            &req.problem,
            &req.language,
            &req.code,
            queue::priority::SUBMISSION,
        )
        .await?;
    state.job_wake.notify_one();
    state.bus.publish(
        &bus::user_topic(me.0.user_id),
        &bus::ServerEvent::SubmissionQueued {
            id: sub.id,
            problem: sub.problem.clone(),
        },
    );
    Ok(Accepted::answer(true, sub.id, sub.state))
}

/// A submission as its candidate sees it: counts, never hidden tests.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptSubmissionDto {
    pub id: i64,
    pub problem: String,
    pub language: String,
    pub state: String,
    pub verdict: Option<String>,
    pub passed: u32,
    pub total: u32,
    /// Share of tests passed (0-100).
    pub score: f64,
    pub created_at: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptSubmissions {
    pub items: Vec<AttemptSubmissionDto>,
    pub total: usize,
}

/// The attempt's submissions, oldest first.
#[utoipa::path(get, path = "/attempts/{id}/submissions", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = AttemptSubmissions),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_attempt_submissions(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
) -> ApiResult<Json<AttemptSubmissions>> {
    let id = me.attempt(&id)?;
    let items: Vec<AttemptSubmissionDto> = state
        .assessments
        .attempt_submissions(id)
        .await?
        .into_iter()
        .map(|s| {
            let r = s.result.unwrap_or_default();
            let tests = r["tests"].as_array();
            AttemptSubmissionDto {
                id: s.id,
                problem: s.problem,
                language: s.language,
                state: s.state,
                verdict: s.verdict,
                passed: tests.map_or(0, |t| t.iter().filter(|t| t["verdict"] == "AC").count())
                    as u32,
                total: tests.map_or(0, |t| t.len() as u32),
                score: r["score"].as_f64().unwrap_or(0.0),
                created_at: s.created_at,
            }
        })
        .collect();
    Ok(Json(AttemptSubmissions {
        total: items.len(),
        items,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignalRequest {
    /// `tab_hidden`, `window_blur` (with `duration_ms`, sent on return),
    /// `paste` (with `length`) or `fullscreen_exit`.
    #[schema(value_type = String)]
    pub kind: IntegrityKind,
    #[serde(default)]
    pub duration_ms: Option<i64>,
    #[serde(default)]
    pub length: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Recorded {
    pub recorded: bool,
}

/// Report what the page noticed (see the start page for what is recorded).
/// Recorded for a proctor to review; it never blocks or scores anyone.
#[utoipa::path(post, path = "/attempts/{id}/signals", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = SignalRequest,
    responses(
        (status = 202, body = Recorded),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn report_signal(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
    Json(req): Json<SignalRequest>,
) -> ApiResult<(StatusCode, Json<Recorded>)> {
    let id = me.attempt(&id)?;
    state.limits.attempt_actions.check(&me.0.user_id).await?;
    state
        .assessments
        .signal(
            id,
            assessments::SignalInput {
                kind: req.kind,
                duration_ms: req.duration_ms,
                length: req.length,
            },
        )
        .await?;
    Ok((StatusCode::ACCEPTED, Json(Recorded { recorded: true })))
}

/// End the attempt now: the saved code of every problem is submitted.
#[utoipa::path(post, path = "/attempts/{id}/finish", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = AttemptDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn finish_attempt(
    State(state): State<AppState>,
    me: Candidate,
    Path(id): Path<String>,
) -> ApiResult<Json<AttemptDto>> {
    let id = me.attempt(&id)?;
    let view = state.assessments.finish(id).await?;
    state.job_wake.notify_one();
    Ok(Json(AttemptDto(view)))
}
