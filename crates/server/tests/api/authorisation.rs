//! Authorisation comes before validation: every route that needs the
//! interviewer or admin role answers 401 without a token and 403 to someone
//! without the role, whatever the body (here: always an invalid one) and
//! whether or not what the path names exists.

use reqwest::Method;
use serde_json::json;
use store::Role;

use crate::dual_tests;
use crate::support::{TestApp, expect_problem};

dual_tests!(staff_and_admin_routes_authorise_before_validating);

/// (method, path, the role it needs: true for admin, false for staff)
const ROUTES: &[(&str, &str, bool)] = &[
    ("POST", "/api/v1/problems", false),
    ("PUT", "/api/v1/problems/no-such", false),
    ("DELETE", "/api/v1/problems/no-such", false),
    ("GET", "/api/v1/problems/no-such/tests", false),
    ("GET", "/api/v1/problems/no-such/package", false),
    ("POST", "/api/v1/problems/import", false),
    ("POST", "/api/v1/rooms", false),
    ("POST", "/api/v1/problems/no-such/rejudge", true),
    ("GET", "/api/v1/admin/jobs?state=nonsense", true),
    ("GET", "/api/v1/admin/jobs/999999", true),
    ("POST", "/api/v1/admin/jobs/999999/retry", true),
    ("DELETE", "/api/v1/admin/jobs/999999", true),
    ("GET", "/api/v1/users?page=nonsense", true),
    ("PUT", "/api/v1/users/999999/role", true),
];

async fn staff_and_admin_routes_authorise_before_validating(app: TestApp) {
    let user = app.token_with_role("plain@example.com", Role::User).await;
    let interviewer = app
        .token_with_role("interviewer@example.com", Role::Interviewer)
        .await;
    for &(method, path, admin) in ROUTES {
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let send = |token: Option<&str>| {
            // Invalid for every route: a JSON object missing every field.
            app.req(method.clone(), path, token)
                .header("content-type", "application/json")
                .body(json!({"title": "x"}).to_string())
                .send()
        };
        expect_problem(send(None).await.unwrap(), 401, "unauthenticated").await;
        let res = send(Some(&user)).await.unwrap();
        assert_eq!(res.status(), 403, "{method} {path} as a plain user");
        expect_problem(res, 403, "forbidden").await;
        if admin {
            let res = send(Some(&interviewer)).await.unwrap();
            assert_eq!(res.status(), 403, "{method} {path} as an interviewer");
        }
    }
}
