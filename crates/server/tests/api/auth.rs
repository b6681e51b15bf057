use reqwest::Method;
use serde_json::{Value, json};
use server::auth::{hash_opaque, new_opaque_token};
use store::Role;

use crate::dual_tests;
use crate::support::{Backend, TestApp, error_fields, expect_problem};

dual_tests!(
    register_login_refresh_logout,
    reused_refresh_token_revokes_the_family,
    registration_validation,
    login_failures_look_the_same,
    bearer_tokens_are_checked,
    setup_link_creates_the_first_admin,
    admins_manage_roles,
);

async fn register_login_refresh_logout(app: TestApp) {
    let reg = app.register("Alice@Example.com").await;
    assert_eq!(reg["user"]["email"], "alice@example.com");
    assert_eq!(reg["user"]["role"], "user");
    assert!(reg["user"].get("password_hash").is_none());

    let login: Value = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "alice@example.com", "password": "password123"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let access = login["access_token"].as_str().unwrap();
    let me: Value = app
        .get("/api/v1/me", Some(access))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["email"], "alice@example.com");
    assert_eq!(me["role"], "user");

    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": login["refresh_token"]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let rotated: Value = res.json().await.unwrap();
    assert_ne!(rotated["refresh_token"], login["refresh_token"]);
    let me = app
        .get("/api/v1/me", rotated["access_token"].as_str())
        .await;
    assert_eq!(me.status(), 200);

    let res = app
        .post(
            "/api/v1/auth/logout",
            None,
            &json!({"refresh_token": rotated["refresh_token"]}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": rotated["refresh_token"]}),
        )
        .await;
    expect_problem(res, 401, "refresh_token_reused").await;

    // The session from registration is a separate family and still works.
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": reg["refresh_token"]}),
        )
        .await;
    assert_eq!(res.status(), 200);
}

async fn reused_refresh_token_revokes_the_family(app: TestApp) {
    let reg = app.register("bob@example.com").await;
    let first = reg["refresh_token"].clone();
    let second: Value = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": first}),
        )
        .await
        .json()
        .await
        .unwrap();
    // A thief replays the first token: refused, and the legitimate successor dies too.
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": first}),
        )
        .await;
    expect_problem(res, 401, "refresh_token_reused").await;
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": second["refresh_token"]}),
        )
        .await;
    expect_problem(res, 401, "refresh_token_reused").await;
    let res = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": "no-such-token"}),
        )
        .await;
    expect_problem(res, 401, "invalid_refresh_token").await;
}

async fn registration_validation(app: TestApp) {
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "nope", "password": "short", "name": " "}),
        )
        .await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&body), ["email", "password", "name"]);

    app.register("carol@example.com").await;
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": " CAROL@example.com ", "password": "password123", "name": "C"}),
        )
        .await;
    expect_problem(res, 409, "email_taken").await;

    let res = app
        .post("/api/v1/auth/register", None, &json!({"email": "x@y.z"}))
        .await;
    let body = expect_problem(res, 422, "invalid_body").await;
    // In plain words, naming the field, as the form shows it.
    assert_eq!(body["detail"], "password: is required", "{body}");
    assert_eq!(
        body["errors"],
        json!([{"field": "password", "message": "is required"}])
    );

    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "x@y.z", "password": 12345678, "name": "X"}),
        )
        .await;
    let body = expect_problem(res, 422, "invalid_body").await;
    assert_eq!(
        body["detail"], "password: must be a string, not 12345678",
        "{body}"
    );

    let res = app
        .req(Method::POST, "/api/v1/auth/register", None)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    expect_problem(res, 400, "malformed_json").await;

    let res = app
        .req(Method::POST, "/api/v1/auth/register", None)
        .body("email=x")
        .send()
        .await
        .unwrap();
    expect_problem(res, 415, "unsupported_media_type").await;

    let huge = "x".repeat(2 * 1024 * 1024);
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "a@b.c", "password": huge, "name": "n"}),
        )
        .await;
    expect_problem(res, 413, "payload_too_large").await;
}

async fn login_failures_look_the_same(app: TestApp) {
    app.register("dave@example.com").await;
    for (email, password) in [
        ("dave@example.com", "wrong-password"),
        ("nobody@example.com", "password123"),
    ] {
        let res = app
            .post(
                "/api/v1/auth/login",
                None,
                &json!({"email": email, "password": password}),
            )
            .await;
        let body = expect_problem(res, 401, "invalid_credentials").await;
        assert_eq!(body["detail"], "wrong email or password");
    }
}

async fn bearer_tokens_are_checked(app: TestApp) {
    expect_problem(app.get("/api/v1/me", None).await, 401, "unauthenticated").await;
    expect_problem(
        app.get("/api/v1/me", Some("garbage")).await,
        401,
        "invalid_token",
    )
    .await;
    // A token signed with another secret.
    let other = server::auth::TokenService::new(
        &server::auth::Secret::new("another-secret-another-secret-xx"),
        60,
        60,
    );
    let user = app
        .store
        .create_user("eve@example.com", "Eve", "x", Role::Admin)
        .await
        .unwrap();
    let forged = other.issue_access(&user).unwrap();
    expect_problem(
        app.get("/api/v1/me", Some(&forged)).await,
        401,
        "invalid_token",
    )
    .await;
    // An expired token.
    let expired_issuer = server::auth::TokenService::new(
        &server::auth::Secret::new("test-secret-test-secret-test-secret"),
        -120,
        60,
    );
    let expired = expired_issuer.issue_access(&user).unwrap();
    expect_problem(
        app.get("/api/v1/me", Some(&expired)).await,
        401,
        "token_expired",
    )
    .await;
}

async fn setup_link_creates_the_first_admin(app: TestApp) {
    let token = new_opaque_token();
    app.store
        .insert_setup_token(&hash_opaque(&token), store::now_ms() + 60_000)
        .await
        .unwrap();
    let body = json!({"token": token, "email": "root@example.com", "password": "password123", "name": "Root"});
    let res = app.post("/api/v1/auth/setup", None, &body).await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    assert_eq!(created["user"]["role"], "admin");
    // One time only.
    let again = json!({"token": token, "email": "root2@example.com", "password": "password123", "name": "R"});
    expect_problem(
        app.post("/api/v1/auth/setup", None, &again).await,
        401,
        "invalid_setup_token",
    )
    .await;
    assert_eq!(app.store.count_admins().await.unwrap(), 1);
}

async fn admins_manage_roles(app: TestApp) {
    let user = app.register("frank@example.com").await;
    let user_token = user["access_token"].as_str().unwrap();
    expect_problem(
        app.get("/api/v1/users", Some(user_token)).await,
        403,
        "forbidden",
    )
    .await;

    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let list: Value = app
        .get("/api/v1/users", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 2);
    let id = user["user"]["id"].as_i64().unwrap();
    let res = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            Some(&admin),
            &json!({"role": "interviewer"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    // Roles are read per request: the old token already carries the new role.
    let me: Value = app
        .get("/api/v1/me", Some(user_token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "interviewer");
    let res = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            Some(&admin),
            &json!({"role": "king"}),
        )
        .await;
    expect_problem(res, 422, "validation_failed").await;
    let res = app
        .put(
            "/api/v1/users/99999/role",
            Some(&admin),
            &json!({"role": "user"}),
        )
        .await;
    expect_problem(res, 404, "not_found").await;
}

#[tokio::test]
async fn login_is_rate_limited_per_ip() {
    let app = TestApp::spawn_with(Backend::Sqlite, |c| c.auth_rate_per_minute = 3).await;
    let body = json!({"email": "x@example.com", "password": "password123"});
    for _ in 0..3 {
        let res = app.post("/api/v1/auth/login", None, &body).await;
        assert_eq!(res.status(), 401);
    }
    let res = app.post("/api/v1/auth/login", None, &body).await;
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    expect_problem(res, 429, "rate_limited").await;
}
