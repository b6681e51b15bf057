use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Codemint API",
        description = "Collaborative coding interviews, duels, assessments and a judge. \
                       Errors are application/problem+json with a stable `code`. \
                       Times are milliseconds since the Unix epoch.",
        license(name = "AGPL-3.0-only")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Accounts and tokens"),
        (name = "users", description = "The current user; user administration"),
        (name = "problems", description = "The problem bank"),
        (name = "submissions", description = "Judged submissions and re-judging"),
        (name = "runs", description = "Runs with custom input"),
        (name = "rooms", description = "Interview and pair-programming rooms"),
        (name = "duels", description = "Duels: challenges, rated matchmaking, results, the leaderboard"),
        (name = "notifications", description = "The bell: in-app notifications and email preferences"),
        (name = "admin", description = "The job queue: dead letters, retries"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The OpenAPI document the server serves, built without a running server.
pub fn openapi_json() -> String {
    let config = crate::ServerConfig::with_secret(crate::auth::Secret::new("unused"));
    let (_, doc) = crate::routes::api(&config).split_for_parts();
    doc.to_pretty_json().unwrap_or_default()
}
