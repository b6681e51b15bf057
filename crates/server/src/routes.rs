//! Route composition: one module per resource, each with a `router()`.

mod assessments;
mod attempts;
mod auth;
mod duels;
mod health;
mod jobs;
mod notifications;
mod password_reset;
mod pipeline;
mod problems;
pub(crate) mod rooms;
mod runs;
pub(crate) mod submissions;
mod users;

use axum::Router;
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower::ServiceExt;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_swagger_ui::SwaggerUi;

use crate::error::ApiError;
use crate::openapi::ApiDoc;
use crate::{AppState, ServerConfig};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The documented API (everything under `/api/v1`), before state is attached.
pub(crate) fn api(config: &ServerConfig) -> OpenApiRouter<AppState> {
    let v1 = OpenApiRouter::new()
        .merge(auth::router())
        .merge(password_reset::router())
        .merge(notifications::router())
        .merge(users::router())
        .merge(submissions::router())
        .merge(runs::router())
        .merge(jobs::router())
        .merge(rooms::router())
        .merge(duels::router())
        .merge(assessments::router())
        .merge(attempts::router())
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .merge(problems::router().layer(DefaultBodyLimit::max(config.max_problem_bytes)));
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", v1)
}

/// May `viewer` see a piece of `owner`'s work (a submission or a run)? Its
/// owner; staff for practice, within the duels' and assessments' rules (a
/// duel's work is hidden while it runs, a candidate's belongs to the
/// assessment's owner).
pub(crate) async fn may_see_work(
    state: &AppState,
    viewer: &store::User,
    owner: i64,
    duel: Option<&str>,
) -> Result<bool, ApiError> {
    Ok(state.duels.may_see(viewer, owner, duel).await?
        && state.assessments.may_see_work(viewer, owner).await?)
}

pub fn router(state: AppState) -> Router {
    let (api, openapi) = api(&state.config).split_for_parts();
    let web = webui::router();
    Router::new()
        .merge(api)
        .merge(health::router())
        .merge(SwaggerUi::new("/api/docs").url("/api/v1/openapi.json", openapi))
        .route("/ws", get(crate::ws::handler))
        .route("/yjs/{room}", get(crate::yjs::handler))
        // After every route: a known path with another method is a 405 in
        // problem+json (axum keeps the `Allow` header).
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this path does not take that method",
            )
        })
        .fallback(move |req: Request<Body>| fallback(web.clone(), req))
        .layer(CatchPanicLayer::custom(
            |panic: Box<dyn std::any::Any + Send>| {
                let what = panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("unknown panic");
                ApiError::internal(format_args!("handler panicked: {what}")).into_response()
            },
        ))
        .layer(axum::middleware::from_fn(crate::metrics::track_http))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let id = req
                    .headers()
                    .get(REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                let path = redact_path(req.uri().path());
                tracing::info_span!("http", method = %req.method(), path = %path, request_id = %id)
            }),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// The path as logged: an invitation link's token is a credential (the
/// database keeps only its hash), so it never reaches the logs.
fn redact_path(path: &str) -> std::borrow::Cow<'_, str> {
    for prefix in ["/api/v1/invitations/", "/a/"] {
        if let Some(rest) = path.strip_prefix(prefix) {
            let tail = rest.find('/').map_or("", |i| &rest[i..]);
            return format!("{prefix}…{tail}").into();
        }
    }
    path.into()
}

/// Paths no route matched. The API's namespaces (`/api`, `/ws`, `/yjs`) answer
/// problem+json as ever; any other GET or HEAD belongs to the web app: one of
/// its files, or `index.html` for a client-side route such as `/rooms/{id}`.
async fn fallback(web: Router, req: Request<Body>) -> Response {
    let path = req.uri().path();
    let api = ["/api", "/ws", "/yjs"].iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    if api || !matches!(*req.method(), Method::GET | Method::HEAD) {
        return ApiError::not_found("no such route").into_response();
    }
    match web.oneshot(req).await {
        Ok(res) => res,
        Err(never) => match never {},
    }
}
