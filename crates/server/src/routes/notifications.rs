//! The bell: the caller's own notifications (unread first), marking them
//! read, and which kinds are also emailed. Nobody sees anyone else's.

use axum::extract::State;
use axum::http::StatusCode;
use bus::{Notification, NotificationKind};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::users::PageQuery;
use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{AuthUser, Json, Query};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(mark_read))
        .routes(routes!(preferences, set_preference))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationList {
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<Notification>,
    pub total: i64,
    pub unread: i64,
}

/// The caller's notifications, unread first, newest first (paginated).
#[utoipa::path(get, path = "/notifications", tag = "notifications", security(("bearer" = [])),
    params(("page" = Option<u32>, Query), ("per_page" = Option<u32>, Query)),
    responses(
        (status = 200, body = NotificationList),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list(
    State(state): State<AppState>,
    AuthUser(user): AuthUser,
    Query(page): Query<PageQuery>,
) -> ApiResult<Json<NotificationList>> {
    let (offset, limit) = page.resolve()?;
    let (rows, total, unread) = state
        .store
        .notifications(user.id, limit as i64, offset as i64)
        .await?;
    let items = rows
        .into_iter()
        .map(notify::typed)
        .collect::<Result<_, _>>()?;
    Ok(Json(NotificationList {
        items,
        total,
        unread,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MarkRead {
    /// These notifications (at most 500)…
    #[serde(default)]
    pub ids: Option<Vec<i64>>,
    /// …or all of them.
    #[serde(default)]
    pub all: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Unread {
    /// How many are still unread.
    pub unread: i64,
}

/// Mark notifications read: `{"ids": […]}` or `{"all": true}`.
#[utoipa::path(post, path = "/notifications/read", tag = "notifications", security(("bearer" = [])),
    request_body = MarkRead,
    responses(
        (status = 200, body = Unread),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn mark_read(
    State(state): State<AppState>,
    AuthUser(user): AuthUser,
    Json(req): Json<MarkRead>,
) -> ApiResult<Json<Unread>> {
    let ids = match (req.all, &req.ids) {
        (true, None) => None,
        (false, Some(ids)) if !ids.is_empty() && ids.len() <= 500 => Some(ids.as_slice()),
        (false, Some(_)) => return Err(ApiError::field("ids", "must list 1-500 ids")),
        _ => {
            return Err(ApiError::field(
                "ids",
                "give either ids or all: true (not both, not neither)",
            ));
        }
    };
    state.store.mark_notifications_read(user.id, ids).await?;
    let (_, _, unread) = state.store.notifications(user.id, 0, 0).await?;
    Ok(Json(Unread { unread }))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Preference {
    /// `room_invite` (the other kinds are always emailed or never are).
    pub kind: String,
    /// Whether it is also emailed.
    pub email: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Preferences {
    pub items: Vec<Preference>,
}

/// The kinds a user may choose to get by email too.
const CHOOSABLE: [NotificationKind; 1] = [NotificationKind::RoomInvite];

/// Which kinds of notification the caller also gets by email.
#[utoipa::path(get, path = "/notifications/preferences", tag = "notifications", security(("bearer" = [])),
    responses((status = 200, body = Preferences)))]
async fn preferences(
    State(state): State<AppState>,
    AuthUser(user): AuthUser,
) -> ApiResult<Json<Preferences>> {
    let mut items = Vec::new();
    for kind in CHOOSABLE {
        items.push(Preference {
            kind: kind.as_str().into(),
            email: state.store.wants_email(user.id, kind.as_str()).await?,
        });
    }
    Ok(Json(Preferences { items }))
}

/// Choose whether a kind of notification is also emailed.
#[utoipa::path(put, path = "/notifications/preferences", tag = "notifications", security(("bearer" = [])),
    request_body = Preference,
    responses(
        (status = 204),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn set_preference(
    State(state): State<AppState>,
    AuthUser(user): AuthUser,
    Json(req): Json<Preference>,
) -> ApiResult<StatusCode> {
    if !CHOOSABLE.iter().any(|k| k.as_str() == req.kind) {
        let words: Vec<_> = CHOOSABLE.iter().map(|k| k.as_str()).collect();
        return Err(ApiError::field(
            "kind",
            format!("must be one of {}", words.join(", ")),
        ));
    }
    state
        .store
        .set_email_pref(user.id, &req.kind, req.email)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
