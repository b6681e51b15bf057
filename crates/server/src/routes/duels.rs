//! Duels over HTTP: challenges and the matchmaking queue, a duel's view,
//! joining, forfeiting and submitting, the result and replay once it ended,
//! a player's history and the leaderboard. Each handler authenticates, calls
//! the `duels` crate and answers; live events go over `/ws` (`join_duel`).

use axum::extract::State;
use axum::http::StatusCode;
use base64::Engine;
use bus::DuelView;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::pipeline::{check_capacity, validate_code};
use super::submissions::Accepted;
use super::users::PageQuery;
use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{AuthUser, Json, Path, Query};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create_duel))
        .routes(routes!(queue_status, join_queue, leave_queue))
        .routes(routes!(get_duel))
        .routes(routes!(join_duel))
        .routes(routes!(forfeit_duel))
        .routes(routes!(submit_to_duel, duel_submissions))
        .routes(routes!(duel_result))
        .routes(routes!(duel_replay))
        .routes(routes!(get_leaderboard))
        .routes(routes!(user_duels))
}

/// A duel as anyone signed in may see it (see `DuelView` in the events).
#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct DuelDto(DuelView);

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateDuel {
    /// `easy`, `medium` or `hard`: the problem is one of these neither
    /// player has solved.
    #[serde(default)]
    pub difficulty: Option<String>,
    /// A problem's slug instead.
    #[serde(default)]
    pub problem: Option<String>,
    /// 60 to 10800; 900 by default.
    #[serde(default)]
    pub duration_secs: Option<i64>,
    /// The language the editors start in (`python` by default).
    #[serde(default)]
    pub language: Option<String>,
}

/// Challenge someone: share the returned `url`; the duel waits until another
/// user opens it and joins.
#[utoipa::path(post, path = "/duels", tag = "duels", security(("bearer" = [])),
    request_body = CreateDuel,
    responses(
        (status = 201, body = DuelDto),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_duel(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Json(req): Json<CreateDuel>,
) -> ApiResult<(StatusCode, Json<DuelDto>)> {
    let id = crate::new_duel_id();
    let view = state
        .duels
        .challenge(
            &me,
            &id,
            duels::Challenge {
                difficulty: req.difficulty.as_deref(),
                problem: req.problem.as_deref(),
                duration_secs: req.duration_secs,
                language: req.language.as_deref(),
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(DuelDto(view))))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct QueueDto(duels::QueueStatus);

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QueueRequest {
    /// `easy`, `medium` or `hard`; any if left out.
    #[serde(default)]
    pub difficulty: Option<String>,
}

/// Whether the caller is waiting, since when, the rating window now, and
/// the duel they are in, if any.
#[utoipa::path(get, path = "/duels/queue", tag = "duels", security(("bearer" = [])),
    responses((status = 200, body = QueueDto)))]
async fn queue_status(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
) -> ApiResult<Json<QueueDto>> {
    Ok(Json(QueueDto(state.duels.queue_status(&me).await?)))
}

/// Wait for a rated opponent (`{}` for any difficulty). Asking again keeps
/// one's place. The match
/// arrives over `/ws` (`duel_matched`); closing every `/ws` connection
/// leaves the queue.
#[utoipa::path(post, path = "/duels/queue", tag = "duels", security(("bearer" = [])),
    request_body = QueueRequest,
    responses(
        (status = 202, body = QueueDto),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn join_queue(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Json(req): Json<QueueRequest>,
) -> ApiResult<(StatusCode, Json<QueueDto>)> {
    let status = state.duels.enqueue(&me, req.difficulty.as_deref()).await?;
    Ok((StatusCode::ACCEPTED, Json(QueueDto(status))))
}

/// Stop waiting (204 whether or not one was waiting).
#[utoipa::path(delete, path = "/duels/queue", tag = "duels", security(("bearer" = [])),
    responses((status = 204)))]
async fn leave_queue(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
) -> ApiResult<StatusCode> {
    state.duels.dequeue(&me).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A duel: state, the server's clock, both players' progress counts and
/// connection, the result — and its problem from `running` on. Never code.
#[utoipa::path(get, path = "/duels/{id}", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuelDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_duel(
    State(state): State<AppState>,
    _me: AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<DuelDto>> {
    Ok(Json(DuelDto(state.duels.view(&id).await?)))
}

/// Accept a challenge: the countdown starts for both.
#[utoipa::path(post, path = "/duels/{id}/join", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuelDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn join_duel(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<DuelDto>> {
    Ok(Json(DuelDto(state.duels.join(&me, &id).await?)))
}

/// Give up: the opponent wins (a challenge nobody joined is withdrawn).
#[utoipa::path(post, path = "/duels/{id}/forfeit", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuelDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn forfeit_duel(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<DuelDto>> {
    Ok(Json(DuelDto(state.duels.forfeit(&me, &id).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DuelSubmit {
    pub language: String,
    /// Your part of the problem's stub, as on the problem page.
    pub code: String,
}

/// Submit for the duel's problem (a player, while the clock runs). Judged
/// by the normal queue; the opponent sees only the counts.
#[utoipa::path(post, path = "/duels/{id}/submissions", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    request_body = DuelSubmit,
    responses(
        (status = 202, body = Accepted),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn submit_to_duel(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
    Json(req): Json<DuelSubmit>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    // Authorise (a player of this duel) before judging the body.
    if !state.duels.is_player(&me, &id).await? {
        return Err(ApiError::forbidden("only the duel's players can submit"));
    }
    validate_code(&state.config, &req.language, &req.code)?;
    state.limits.submissions_by_user.check(&me.id).await?;
    check_capacity(&state).await?;
    let sub = state
        .duels
        .submit(
            &me,
            &id,
            &req.language,
            &req.code,
            queue::priority::SUBMISSION,
        )
        .await?;
    state.job_wake.notify_one();
    state.bus.publish(
        &bus::user_topic(me.id),
        &bus::ServerEvent::SubmissionQueued {
            id: sub.id,
            problem: sub.problem.clone(),
        },
    );
    Ok(Accepted::answer(true, sub.id, sub.state))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DuelSubmissionDto {
    pub id: i64,
    #[schema(value_type = i64)]
    pub user_id: i64,
    pub language: String,
    pub state: String,
    pub verdict: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DuelSubmissionList {
    pub items: Vec<DuelSubmissionDto>,
    pub total: i64,
}

/// The duel's submissions: a player's own while it runs, both players'
/// after. Nobody else's (403).
#[utoipa::path(get, path = "/duels/{id}/submissions", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuelSubmissionList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn duel_submissions(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<DuelSubmissionList>> {
    let items: Vec<DuelSubmissionDto> = state
        .duels
        .submissions(&me, &id)
        .await?
        .into_iter()
        .map(|s| DuelSubmissionDto {
            id: s.id,
            user_id: s.user_id,
            language: s.language,
            state: s.state,
            verdict: s.verdict,
            created_at: s.created_at,
        })
        .collect();
    Ok(Json(DuelSubmissionList {
        total: items.len() as i64,
        items,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct DuelResultDto(duels::DuelResultView);

/// An ended duel, whole: both final codes and every submission with its
/// verdict (its players and admins).
#[utoipa::path(get, path = "/duels/{id}/result", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = DuelResultDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn duel_result(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<DuelResultDto>> {
    Ok(Json(DuelResultDto(state.duels.result(&me, &id).await?)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplayUpdate {
    pub at: i64,
    /// The Yjs update (v1 encoding), base64.
    pub update: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplayDocDto {
    pub user_id: i64,
    pub name: String,
    pub updates: Vec<ReplayUpdate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplayDto {
    #[schema(value_type = Object)]
    pub duel: DuelView,
    pub docs: Vec<ReplayDocDto>,
    #[schema(value_type = Vec<Object>)]
    pub submissions: Vec<duels::ResultSubmission>,
}

/// Both editors on one timeline, with the submissions to mark (its players
/// and admins, once it ended).
#[utoipa::path(get, path = "/duels/{id}/replay", tag = "duels", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses(
        (status = 200, body = ReplayDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
async fn duel_replay(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<String>,
) -> ApiResult<Json<ReplayDto>> {
    let r = state.duels.replay(&me, &id).await?;
    let b64 = base64::engine::general_purpose::STANDARD;
    Ok(Json(ReplayDto {
        duel: r.duel,
        docs: r
            .docs
            .into_iter()
            .map(|d| ReplayDocDto {
                user_id: d.user_id,
                name: d.name,
                updates: d
                    .updates
                    .into_iter()
                    .map(|(at, data)| ReplayUpdate {
                        at,
                        update: b64.encode(data),
                    })
                    .collect(),
            })
            .collect(),
        submissions: r.submissions,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RankedDto {
    pub user_id: i64,
    pub name: String,
    pub rating: f64,
    /// Glicko-2 rating deviation: how sure the rating is.
    pub rd: f64,
    pub games: i64,
    pub wins: i64,
    pub losses: i64,
    pub draws: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Leaderboard {
    pub items: Vec<RankedDto>,
    pub total: i64,
}

/// Rated players, best first.
#[utoipa::path(get, path = "/leaderboard", tag = "duels", security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, body = Leaderboard),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_leaderboard(
    State(state): State<AppState>,
    _me: AuthUser,
    Query(q): Query<PageQuery>,
) -> ApiResult<Json<Leaderboard>> {
    let (offset, limit) = q.resolve()?;
    let (rows, total) = state.duels.leaderboard(limit as i64, offset as i64).await?;
    Ok(Json(Leaderboard {
        items: rows
            .into_iter()
            .map(|r| RankedDto {
                user_id: r.rating.user_id,
                name: r.name,
                rating: r.rating.rating,
                rd: r.rating.rd,
                games: r.rating.games,
                wins: r.rating.wins,
                losses: r.rating.losses,
                draws: r.rating.draws,
            })
            .collect(),
        total,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserDuels {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<duels::HistoryItem>,
    pub total: i64,
    pub user_id: i64,
    pub name: String,
    /// `null` until their first rated duel.
    pub rating: Option<RankedDto>,
}

/// A player's duels, newest first, with their rating now (a profile).
#[utoipa::path(get, path = "/users/{id}/duels", tag = "duels", security(("bearer" = [])),
    params(("id" = i64, Path), PageQuery),
    responses(
        (status = 200, body = UserDuels),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn user_duels(
    State(state): State<AppState>,
    AuthUser(me): AuthUser,
    Path(id): Path<i64>,
    Query(q): Query<PageQuery>,
) -> ApiResult<Json<UserDuels>> {
    let (offset, limit) = q.resolve()?;
    let user = state.store.user(id).await.map_err(|e| match e {
        store::StoreError::NotFound => ApiError::not_found(format!("no user {id}")),
        other => other.into(),
    })?;
    let (items, total) = state
        .duels
        .history(&me, id, limit as i64, offset as i64)
        .await?;
    let rating = state.duels.rating_of(id).await?.map(|r| RankedDto {
        user_id: r.user_id,
        name: user.name.clone(),
        rating: r.rating,
        rd: r.rd,
        games: r.games,
        wins: r.wins,
        losses: r.losses,
        draws: r.draws,
    });
    Ok(Json(UserDuels {
        items,
        total,
        user_id: user.id,
        name: user.name,
        rating,
    }))
}
