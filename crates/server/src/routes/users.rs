//! The current user, and user administration for admins.

use axum::extract::State;
use serde::{Deserialize, Serialize};
use store::{Role, User};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::error::{ApiError, ApiResult, Problem};
use crate::extract::{Admin, AuthUser, Json, Path, Query};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(me))
        .routes(routes!(list_users))
        .routes(routes!(set_role))
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UserDto {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// `admin`, `interviewer` or `user`.
    #[schema(value_type = String, example = "user")]
    pub role: Role,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        UserDto {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            created_at: u.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserList {
    pub items: Vec<UserDto>,
    pub total: i64,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct PageQuery {
    /// 1-based page number.
    pub page: Option<u32>,
    /// Items per page (1-100, default 50).
    pub per_page: Option<u32>,
}

impl PageQuery {
    /// (offset, limit), or a 422 naming the bad parameter.
    pub fn resolve(&self) -> ApiResult<(usize, usize)> {
        let page = self.page.unwrap_or(1);
        let per_page = self.per_page.unwrap_or(50);
        if page == 0 || page > 100_000 {
            return Err(ApiError::field("page", "must be between 1 and 100000"));
        }
        if !(1..=100).contains(&per_page) {
            return Err(ApiError::field("per_page", "must be between 1 and 100"));
        }
        Ok(((page as usize - 1) * per_page as usize, per_page as usize))
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RoleRequest {
    /// `admin`, `interviewer` or `user`.
    pub role: String,
}

/// The signed-in user, with their role.
#[utoipa::path(get, path = "/me", tag = "users", security(("bearer" = [])),
    responses(
        (status = 200, body = UserDto),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
async fn me(user: AuthUser) -> Json<UserDto> {
    Json(user.0.into())
}

/// Every user (admin only).
#[utoipa::path(get, path = "/users", tag = "users", security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, body = UserList),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ))]
async fn list_users(
    State(state): State<AppState>,
    _: Admin,
    Query(q): Query<PageQuery>,
) -> ApiResult<Json<UserList>> {
    let (offset, limit) = q.resolve()?;
    let (users, total) = state.store.list_users(offset as i64, limit as i64).await?;
    Ok(Json(UserList {
        items: users.into_iter().map(UserDto::from).collect(),
        total,
    }))
}

/// Change a user's global role (admin only).
#[utoipa::path(put, path = "/users/{id}/role", tag = "users", security(("bearer" = [])),
    params(("id" = i64, Path)),
    request_body = RoleRequest,
    responses(
        (status = 200, body = UserDto),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
async fn set_role(
    State(state): State<AppState>,
    Admin(user): Admin,
    Path(id): Path<i64>,
    Json(req): Json<RoleRequest>,
) -> ApiResult<Json<UserDto>> {
    let role = Role::parse(&req.role)
        .ok_or_else(|| ApiError::field("role", "must be one of admin, interviewer, user"))?;
    let target = state.store.user(id).await.map_err(|e| match e {
        store::StoreError::NotFound => ApiError::not_found(format!("no user with id {id}")),
        other => other.into(),
    })?;
    if target.id == user.id && role != Role::Admin {
        return Err(ApiError::conflict(
            "admins cannot remove their own admin role",
        ));
    }
    Ok(Json(
        state.store.set_role(&target.email, role).await?.into(),
    ))
}
