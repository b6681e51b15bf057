//! Assessments over HTTP, the interviewer's side: build, edit, list and
//! archive; invite by email, resend, revoke, give extra time; reports as
//! JSON and CSV, one candidate in full and the replay of their typing.
//! Every handler takes a staff user first (authorise before validating) and
//! calls the `assessments` crate; the live dashboard is `/ws`
//! (`watch_assessment`).

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Json, Path, Query, Staff};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_assessment, list_assessments))
        .routes(routes!(get_assessment, update_assessment))
        .routes(routes!(archive_assessment))
        .routes(routes!(invite_candidates, list_invitations))
        .routes(routes!(resend_invitation))
        .routes(routes!(revoke_invitation))
        .routes(routes!(set_extra_time))
        .routes(routes!(assessment_report))
        .routes(routes!(assessment_report_csv))
        .routes(routes!(candidate_report))
        .routes(routes!(candidate_replay))
}

/// A time: milliseconds since the epoch, or an RFC 3339 string.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum Timestamp {
    Millis(i64),
    Text(String),
}

impl Timestamp {
    fn ms(&self, field: &str) -> ApiResult<i64> {
        match self {
            Timestamp::Millis(ms) => Ok(*ms),
            Timestamp::Text(s) => assessments::parse_time(s).ok_or_else(|| {
                ApiError::field(
                    field,
                    format!(
                        "{s:?} is not a time: give milliseconds or RFC 3339 (2026-12-03T18:00:00Z)"
                    ),
                )
            }),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProblemEntry {
    pub slug: String,
    /// More than 0.
    pub points: f64,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRequest {
    pub title: String,
    /// Markdown shown before the start.
    #[serde(default)]
    pub instructions: String,
    pub problems: Vec<ProblemEntry>,
    pub duration_minutes: i64,
    /// When candidates may start (ms or RFC 3339).
    pub opens_at: Timestamp,
    /// When the window closes: no start after it, and no attempt runs past
    /// it (plus a candidate's extra time).
    pub closes_at: Timestamp,
    /// Language ids allowed; every language when left out.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
}

impl AssessmentRequest {
    fn spec(self) -> ApiResult<assessments::Spec> {
        Ok(assessments::Spec {
            opens_at: self.opens_at.ms("opens_at")?,
            closes_at: self.closes_at.ms("closes_at")?,
            title: self.title,
            instructions: self.instructions,
            problems: self
                .problems
                .into_iter()
                .map(|p| assessments::NewProblem {
                    slug: p.slug,
                    points: p.points,
                })
                .collect(),
            duration_minutes: self.duration_minutes,
            languages: self.languages,
        })
    }
}

/// An assessment with its problems and invitation counts.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct AssessmentDto(assessments::AssessmentDetail);

/// Build an assessment (interviewers and admins): problems from the bank
/// with points, a duration and the window candidates may start in.
#[utoipa::path(post, path = "/assessments", tag = "assessments", security(("bearer" = [])),
    request_body = AssessmentRequest,
    responses(
        (status = 201, body = AssessmentDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_assessment(
    State(state): State<AppState>,
    Staff(me): Staff,
    Json(req): Json<AssessmentRequest>,
) -> ApiResult<(StatusCode, Json<AssessmentDto>)> {
    let detail = state.assessments.create(&me, &req.spec()?).await?;
    Ok((StatusCode::CREATED, Json(AssessmentDto(detail))))
}

/// Change an assessment (409 once a candidate has started).
#[utoipa::path(put, path = "/assessments/{id}", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = AssessmentRequest,
    responses(
        (status = 200, body = AssessmentDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn update_assessment(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
    Json(req): Json<AssessmentRequest>,
) -> ApiResult<Json<AssessmentDto>> {
    let spec = req.spec()?;
    Ok(Json(AssessmentDto(
        state.assessments.update(&me, &id, &spec).await?,
    )))
}

/// One assessment (its owner's or, for admins, any).
#[utoipa::path(get, path = "/assessments/{id}", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = AssessmentDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_assessment(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> ApiResult<Json<AssessmentDto>> {
    Ok(Json(AssessmentDto(
        state.assessments.detail(&me, &id).await?,
    )))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AssessmentListQuery {
    /// Archived ones instead of current ones.
    pub archived: Option<bool>,
    /// 1-based page number.
    pub page: Option<u32>,
    /// Items per page (1-100, default 50).
    pub per_page: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<assessments::AssessmentSummary>,
    pub total: i64,
}

/// The caller's assessments (an admin's: everyone's), newest first.
#[utoipa::path(get, path = "/assessments", tag = "assessments", security(("bearer" = [])),
    params(AssessmentListQuery),
    responses((status = 200, body = AssessmentList)))]
async fn list_assessments(
    State(state): State<AppState>,
    Staff(me): Staff,
    Query(q): Query<AssessmentListQuery>,
) -> ApiResult<Json<AssessmentList>> {
    let (offset, limit) = super::users::PageQuery {
        page: q.page,
        per_page: q.per_page,
    }
    .resolve()?;
    let (items, total) = state
        .assessments
        .list(
            &me,
            q.archived.unwrap_or(false),
            limit as i64,
            offset as i64,
        )
        .await?;
    Ok(Json(AssessmentList { items, total }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchiveRequest {
    pub archived: bool,
}

/// Archive an assessment (out of the list; links stop working for those who
/// have not started), or bring it back.
#[utoipa::path(post, path = "/assessments/{id}/archive", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = ArchiveRequest,
    responses(
        (status = 200, body = AssessmentDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn archive_assessment(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
    Json(req): Json<ArchiveRequest>,
) -> ApiResult<Json<AssessmentDto>> {
    Ok(Json(AssessmentDto(
        state
            .assessments
            .set_archived(&me, &id, req.archived)
            .await?,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationsRequest {
    pub emails: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<assessments::InvitationView>,
    pub total: usize,
}

/// An invitation: status, extra time, the attempt once started.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct InvitationDto(assessments::InvitationView);

/// Invite candidates: each address gets its own unguessable link, emailed
/// (or, without email, returned as `url` to copy).
#[utoipa::path(post, path = "/assessments/{id}/invitations", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = InvitationsRequest,
    responses(
        (status = 201, body = InvitationList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn invite_candidates(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
    Json(req): Json<InvitationsRequest>,
) -> ApiResult<(StatusCode, Json<InvitationList>)> {
    let items = state.assessments.invite(&me, &id, &req.emails).await?;
    state.job_wake.notify_one();
    Ok((
        StatusCode::CREATED,
        Json(InvitationList {
            total: items.len(),
            items,
        }),
    ))
}

/// Every invitation of an assessment with its status.
#[utoipa::path(get, path = "/assessments/{id}/invitations", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = InvitationList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_invitations(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> ApiResult<Json<InvitationList>> {
    let items = state.assessments.invitations(&me, &id).await?;
    Ok(Json(InvitationList {
        total: items.len(),
        items,
    }))
}

/// A fresh link for the candidate (the old one stops working), emailed again.
#[utoipa::path(post, path = "/assessments/{id}/invitations/{invitation}/resend", tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("invitation" = String, Path)),
    responses(
        (status = 200, body = InvitationDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn resend_invitation(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path((id, invitation)): Path<(String, String)>,
) -> ApiResult<Json<InvitationDto>> {
    let view = state.assessments.resend(&me, &id, &invitation).await?;
    state.job_wake.notify_one();
    Ok(Json(InvitationDto(view)))
}

/// Take an invitation back (before the candidate starts): its link answers 410.
#[utoipa::path(post, path = "/assessments/{id}/invitations/{invitation}/revoke", tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("invitation" = String, Path)),
    responses(
        (status = 200, body = InvitationDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn revoke_invitation(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path((id, invitation)): Path<(String, String)>,
) -> ApiResult<Json<InvitationDto>> {
    Ok(Json(InvitationDto(
        state.assessments.revoke(&me, &id, &invitation).await?,
    )))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraRequest {
    /// Extra minutes (0-480).
    #[serde(default)]
    pub minutes: i64,
    /// Extra time as a percentage of the duration (0-200).
    #[serde(default)]
    pub percent: i64,
}

/// Give a candidate extra time, before or during their attempt: a running
/// attempt's deadline moves at once and their open page shows it.
#[utoipa::path(put, path = "/assessments/{id}/invitations/{invitation}/extra", tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("invitation" = String, Path)),
    request_body = ExtraRequest,
    responses(
        (status = 200, body = InvitationDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn set_extra_time(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path((id, invitation)): Path<(String, String)>,
    Json(req): Json<ExtraRequest>,
) -> ApiResult<Json<InvitationDto>> {
    Ok(Json(InvitationDto(
        state
            .assessments
            .set_extra(&me, &id, &invitation, req.minutes, req.percent)
            .await?,
    )))
}

/// The report: every candidate's row and a distribution of total scores.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct ReportDto(assessments::Report);

/// The assessment's report: each candidate's status, time, scores per
/// problem, total and signal counts, and the score distribution.
#[utoipa::path(get, path = "/assessments/{id}/report", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = ReportDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn assessment_report(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> ApiResult<Json<ReportDto>> {
    Ok(Json(ReportDto(state.assessments.report(&me, &id).await?)))
}

/// The report as CSV, one row per candidate: `email, status, started_at,
/// submitted_at, time_used_secs, total`, a score column per problem (its
/// slug), then `signals_low, signals_medium, signals_high`.
#[utoipa::path(get, path = "/assessments/{id}/report.csv", tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = String, content_type = "text/csv"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn assessment_report_csv(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let csv = state.assessments.report_csv(&me, &id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"assessment-{id}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}

/// One candidate in full.
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct CandidateReportDto(assessments::CandidateReport);

/// One candidate in full: per-problem score, verdict and final code, every
/// submission, the signals' timeline.
#[utoipa::path(get, path = "/assessments/{id}/candidates/{invitation}", tag = "assessments",
    security(("bearer" = [])),
    params(("id" = String, Path), ("invitation" = String, Path)),
    responses(
        (status = 200, body = CandidateReportDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn candidate_report(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path((id, invitation)): Path<(String, String)>,
) -> ApiResult<Json<CandidateReportDto>> {
    Ok(Json(CandidateReportDto(
        state
            .assessments
            .candidate_report(&me, &id, &invitation)
            .await?,
    )))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateReplay {
    /// `[ms, base64 Yjs v1 update]` in order: apply them one by one to
    /// replay the candidate's typing.
    #[schema(value_type = Vec<Object>)]
    pub updates: Vec<(i64, String)>,
}

/// Every edit of one candidate's editor for one problem, for a keystroke replay.
#[utoipa::path(get, path = "/assessments/{id}/candidates/{invitation}/replay/{slug}",
    tag = "assessments", security(("bearer" = [])),
    params(("id" = String, Path), ("invitation" = String, Path), ("slug" = String, Path)),
    responses(
        (status = 200, body = CandidateReplay),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn candidate_replay(
    State(state): State<AppState>,
    Staff(me): Staff,
    Path((id, invitation, slug)): Path<(String, String, String)>,
) -> ApiResult<Json<CandidateReplay>> {
    let replay = state
        .assessments
        .replay(&me, &id, &invitation, &slug)
        .await?;
    let b64 = base64::engine::general_purpose::STANDARD;
    Ok(Json(CandidateReplay {
        updates: replay
            .updates
            .into_iter()
            .map(|(at, data)| (at, b64.encode(data)))
            .collect(),
    }))
}
