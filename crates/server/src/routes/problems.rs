//! The problem bank: a public list and pages (never hidden tests), CRUD for
//! interviewers and admins, hidden tests for them, and package import/export.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use problem::{Checker, Difficulty, ProblemSpec, Stub, TestCase, ValidationErrors};
use serde::{Deserialize, Serialize};
use store::problems::{ProblemDetail, ProblemSummary, SaveMode, Saved};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::users::PageQuery;
use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Json, Path, Query, Staff};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_problems, create_problem))
        .routes(routes!(get_problem, update_problem, delete_problem))
        .routes(routes!(hidden_tests))
        .routes(routes!(export_package))
        .routes(routes!(import_package))
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemSummaryDto {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub version: i64,
    pub updated_at: i64,
}

impl From<&ProblemSummary> for ProblemSummaryDto {
    fn from(s: &ProblemSummary) -> Self {
        ProblemSummaryDto {
            slug: s.slug.clone(),
            title: s.title.clone(),
            difficulty: s.difficulty,
            tags: s.tags.clone(),
            version: s.version,
            updated_at: s.updated_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemList {
    pub items: Vec<ProblemSummaryDto>,
    pub total: usize,
    pub page: u32,
    pub per_page: u32,
}

/// A problem page: statement, limits, samples and stubs; hidden tests only as a count.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProblemDto {
    #[serde(flatten)]
    pub summary: ProblemSummaryDto,
    /// Markdown.
    pub statement: String,
    pub time_limit_ms: i64,
    pub memory_mb: i64,
    pub checker: Checker,
    pub samples: Vec<TestCase>,
    /// Keyed by language id; the user edits only `solution`.
    pub stubs: BTreeMap<String, Stub>,
    pub hidden_test_count: i64,
    pub author: Option<String>,
    pub license: Option<String>,
    pub created_at: i64,
}

impl From<ProblemDetail> for ProblemDto {
    fn from(d: ProblemDetail) -> Self {
        ProblemDto {
            summary: (&d.summary).into(),
            statement: d.statement,
            time_limit_ms: d.time_limit_ms,
            memory_mb: d.memory_mb,
            checker: d.checker,
            samples: d.samples,
            stubs: d.stubs,
            hidden_test_count: d.hidden_count,
            author: d.author,
            license: d.license,
            created_at: d.created_at,
        }
    }
}

/// Create (POST) or replace (PUT) a problem. On PUT, `slug` may be omitted, and
/// omitted `samples`, `hidden_tests` and `stubs` keep their current values.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProblemInput {
    pub slug: Option<String>,
    pub title: String,
    #[serde(default)]
    pub statement: String,
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default = "default_time")]
    pub time_limit_ms: u32,
    #[serde(default = "default_memory")]
    pub memory_mb: u32,
    #[serde(default)]
    pub checker: Checker,
    pub samples: Option<Vec<TestCase>>,
    pub hidden_tests: Option<Vec<TestCase>>,
    pub stubs: Option<BTreeMap<String, Stub>>,
    pub author: Option<String>,
    pub license: Option<String>,
}

fn default_time() -> u32 {
    2000
}

fn default_memory() -> u32 {
    256
}

impl ProblemInput {
    /// The spec to save; `base` supplies what a PUT leaves out.
    fn into_spec(self, slug: String, base: Option<ProblemSpec>) -> ProblemSpec {
        let base = base.unwrap_or_else(|| ProblemSpec {
            slug: slug.clone(),
            title: String::new(),
            statement: String::new(),
            difficulty: Difficulty::Medium,
            tags: vec![],
            time_limit_ms: 0,
            memory_mb: 0,
            checker: Checker::default(),
            samples: vec![],
            hidden: vec![],
            stubs: BTreeMap::new(),
            attachments: vec![],
            author: None,
            license: None,
        });
        ProblemSpec {
            slug,
            title: self.title,
            statement: self.statement,
            difficulty: self.difficulty,
            tags: self.tags,
            time_limit_ms: self.time_limit_ms,
            memory_mb: self.memory_mb,
            checker: self.checker,
            samples: self.samples.unwrap_or(base.samples),
            hidden: self.hidden_tests.unwrap_or(base.hidden),
            stubs: self.stubs.unwrap_or(base.stubs),
            attachments: base.attachments,
            author: self.author.or(base.author),
            license: self.license.or(base.license),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SavedDto {
    pub slug: String,
    pub version: i64,
    /// True when this save created the problem (or brought a deleted one back).
    pub created: bool,
}

impl From<Saved> for SavedDto {
    fn from(s: Saved) -> Self {
        SavedDto {
            slug: s.slug,
            version: s.version,
            created: s.created,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TestList {
    pub items: Vec<TestCase>,
    pub total: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    pub items: Vec<SavedDto>,
    pub total: usize,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// `easy`, `medium` or `hard`.
    pub difficulty: Option<String>,
    /// Only problems with this tag.
    pub tag: Option<String>,
    /// Case-insensitive text in the title or slug.
    pub q: Option<String>,
    /// 1-based page number.
    pub page: Option<u32>,
    /// Items per page (1-100, default 50).
    pub per_page: Option<u32>,
}

async fn all_problems(state: &AppState) -> ApiResult<Arc<Vec<ProblemSummary>>> {
    if let Some(list) = state.problems.list() {
        return Ok(list);
    }
    let list = Arc::new(state.store.list_problems().await?);
    state.problems.put_list(list.clone());
    Ok(list)
}

/// List problems with filters, paginated. Public.
#[utoipa::path(get, path = "/problems", tag = "problems",
    params(ListQuery),
    responses(
        (status = 200, body = ProblemList),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_problems(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> ApiResult<Response> {
    let paging = PageQuery {
        page: q.page,
        per_page: q.per_page,
    };
    let (offset, limit) = paging.resolve()?;
    let difficulty = match q.difficulty.as_deref().filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(
            Difficulty::parse(d)
                .ok_or_else(|| ApiError::field("difficulty", "must be easy, medium or hard"))?,
        ),
    };
    let tag = q.tag.as_deref().filter(|t| !t.is_empty());
    let needle =
        q.q.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase);
    if needle.as_ref().is_some_and(|n| n.len() > 200) {
        return Err(ApiError::field("q", "at most 200 characters"));
    }
    let key = format!("list:{difficulty:?}:{tag:?}:{needle:?}:{offset}:{limit}");
    if let Some(body) = state.problems.body(&key) {
        return Ok(json_body(body));
    }
    let all = all_problems(&state).await?;
    let matching: Vec<&ProblemSummary> = all
        .iter()
        .filter(|p| difficulty.is_none_or(|d| p.difficulty == d))
        .filter(|p| tag.is_none_or(|t| p.tags.iter().any(|x| x == t)))
        .filter(|p| {
            needle
                .as_ref()
                .is_none_or(|n| p.title.to_lowercase().contains(n) || p.slug.contains(n.as_str()))
        })
        .collect();
    let list = ProblemList {
        total: matching.len(),
        items: matching
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(Into::into)
            .collect(),
        page: q.page.unwrap_or(1),
        per_page: limit as u32,
    };
    let body = Bytes::from(serde_json::to_vec(&list).map_err(ApiError::internal)?);
    state.problems.put_body(key, body.clone());
    Ok(json_body(body))
}

fn json_body(body: Bytes) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn not_found(slug: &str) -> impl Fn(store::StoreError) -> ApiError + '_ {
    move |e| match e {
        store::StoreError::NotFound => {
            ApiError::not_found(format!("no problem with slug {slug:?}"))
        }
        other => other.into(),
    }
}

/// A problem page. Public; hidden tests are never included.
#[utoipa::path(get, path = "/problems/{slug}", tag = "problems",
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = ProblemDto),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn get_problem(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let key = format!("page:{slug}");
    if let Some(body) = state.problems.body(&key) {
        return Ok(json_body(body));
    }
    let detail = state.store.problem(&slug).await.map_err(not_found(&slug))?;
    let body =
        Bytes::from(serde_json::to_vec(&ProblemDto::from(detail)).map_err(ApiError::internal)?);
    state.problems.put_body(key, body.clone());
    Ok(json_body(body))
}

/// Create a problem (interviewer or admin).
#[utoipa::path(post, path = "/problems", tag = "problems", security(("bearer" = [])),
    request_body = ProblemInput,
    responses(
        (status = 201, body = SavedDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "slug taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn create_problem(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(input): Json<ProblemInput>,
) -> ApiResult<(StatusCode, Json<SavedDto>)> {
    let slug = input
        .slug
        .clone()
        .ok_or_else(|| ApiError::field("slug", "is required"))?;
    let spec = input.into_spec(slug, None);
    spec.validate()?;
    let saved = state
        .store
        .save_problem(&spec, Some(user.id), SaveMode::Create)
        .await?;
    state.problems.invalidate();
    Ok((StatusCode::CREATED, Json(saved.into())))
}

/// Replace a problem with a new version (interviewer or admin).
#[utoipa::path(put, path = "/problems/{slug}", tag = "problems", security(("bearer" = [])),
    params(("slug" = String, Path)),
    request_body = ProblemInput,
    responses(
        (status = 200, body = SavedDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn update_problem(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
    Json(input): Json<ProblemInput>,
) -> ApiResult<Json<SavedDto>> {
    not_in_duel(&state, &user).await?;
    if input.slug.as_ref().is_some_and(|s| *s != slug) {
        return Err(ApiError::field(
            "slug",
            "cannot be changed; it must match the URL",
        ));
    }
    let base = state
        .store
        .problem_spec(&slug)
        .await
        .map_err(not_found(&slug))?;
    let spec = input.into_spec(slug.clone(), Some(base));
    spec.validate()?;
    let saved = state
        .store
        .save_problem(&spec, Some(user.id), SaveMode::Update)
        .await
        .map_err(not_found(&slug))?;
    state.problems.invalidate();
    Ok(Json(saved.into()))
}

/// Staff playing a duel may not read hidden tests, export, change or
/// import problems until it ends: that would be reading the answers.
async fn not_in_duel(state: &AppState, user: &store::User) -> ApiResult<()> {
    if let Some(duel) = state.store.active_duel_of(user.id).await? {
        return Err(ApiError::conflict(format!(
            "you are playing duel {} ({}): hidden tests, packages and problem changes wait until it ends",
            duel.id, duel.state
        )));
    }
    Ok(())
}

/// Delete a problem (interviewer or admin). Its versions stay for past submissions.
#[utoipa::path(delete, path = "/problems/{slug}", tag = "problems", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 204, description = "deleted"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn delete_problem(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> ApiResult<StatusCode> {
    not_in_duel(&state, &user).await?;
    state
        .store
        .delete_problem(&slug)
        .await
        .map_err(not_found(&slug))?;
    state.problems.invalidate();
    Ok(StatusCode::NO_CONTENT)
}

/// The hidden tests of a problem (interviewer or admin).
#[utoipa::path(get, path = "/problems/{slug}/tests", tag = "problems", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = TestList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn hidden_tests(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> ApiResult<Json<TestList>> {
    not_in_duel(&state, &user).await?;
    let items = state
        .store
        .hidden_tests(&slug)
        .await
        .map_err(not_found(&slug))?;
    Ok(Json(TestList {
        total: items.len(),
        items,
    }))
}

/// The problem as an ICPC/Kattis package (zip), for interviewers and admins.
#[utoipa::path(get, path = "/problems/{slug}/package", tag = "problems", security(("bearer" = [])),
    params(("slug" = String, Path)),
    responses(
        (status = 200, description = "zip archive", content_type = "application/zip", body = Vec<u8>),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
async fn export_package(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    not_in_duel(&state, &user).await?;
    let spec = state
        .store
        .problem_spec(&slug)
        .await
        .map_err(not_found(&slug))?;
    let zip = tokio::task::spawn_blocking(move || problem::package::write_zip(&spec))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    let disposition = format!("attachment; filename=\"{slug}.zip\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        zip,
    )
        .into_response())
}

/// Import an ICPC/Kattis package (zip body). An existing slug gets a new version.
#[utoipa::path(post, path = "/problems/import", tag = "problems", security(("bearer" = [])),
    request_body(content = Vec<u8>, content_type = "application/zip"),
    responses(
        (status = 200, body = ImportResult),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 415, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "invalid package", body = Problem, content_type = "application/problem+json"),
    ))]
async fn import_package(
    State(state): State<AppState>,
    Staff(user): Staff,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<ImportResult>> {
    not_in_duel(&state, &user).await?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type.starts_with("application/zip")
        && !content_type.starts_with("application/octet-stream")
    {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the package as a zip body with Content-Type: application/zip",
        ));
    }
    let spec = tokio::task::spawn_blocking(move || {
        let files = problem::package::Files::from_zip(&body, &problem::package::Limits::default())?;
        problem::package::parse(files, "")
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(package_error)?;
    let saved = state
        .store
        .import_problems(std::slice::from_ref(&spec), Some(user.id))
        .await?;
    state.problems.invalidate();
    Ok(Json(ImportResult {
        total: saved.len(),
        items: saved.into_iter().map(Into::into).collect(),
    }))
}

fn package_error(e: problem::package::PackageError) -> ApiError {
    use problem::package::PackageError as P;
    match e {
        P::Invalid(errs) => errs.into(),
        P::Yaml {
            file,
            field,
            message,
        } => {
            let mut errs = ValidationErrors::default();
            errs.add(format!("{file}: {field}"), message);
            errs.into()
        }
        P::Rejected { path, message } => ApiError::field(&path, message),
        P::Io { .. } => ApiError::internal(e),
    }
}
