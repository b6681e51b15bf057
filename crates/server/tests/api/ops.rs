use serde_json::Value;

use crate::dual_tests;
use crate::support::{TestApp, expect_problem};

dual_tests!(
    health_readiness_and_metrics,
    unknown_routes_are_problem_json
);

async fn health_readiness_and_metrics(app: TestApp) {
    let res = app.get("/healthz", None).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers().contains_key("x-request-id"));
    let res = app.get("/readyz", None).await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["database"], "ok");

    app.get("/api/v1/problems", None).await;
    let metrics = app.get("/metrics", None).await.text().await.unwrap();
    assert!(
        metrics
            .contains(r#"http_requests_total{method="GET",route="/api/v1/problems",status="200"}"#),
        "{metrics}"
    );
    assert!(
        metrics.contains("http_request_duration_seconds_bucket"),
        "{metrics}"
    );

    // Once the database is gone, the node is no longer ready but still alive.
    app.store.close().await;
    assert_eq!(app.get("/readyz", None).await.status(), 503);
    assert_eq!(app.get("/healthz", None).await.status(), 200);
}

async fn unknown_routes_are_problem_json(app: TestApp) {
    expect_problem(app.get("/api/v1/nope", None).await, 404, "not_found").await;
    let res = app.get("/api/v1/problems/%2e%2e%2fetc", None).await;
    expect_problem(res, 404, "not_found").await;
}

#[tokio::test]
async fn openapi_document_is_stable_and_served() {
    let doc = server::openapi_json();
    let parsed: Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(parsed["openapi"], "3.1.0");
    for path in [
        "/api/v1/auth/register",
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/auth/logout",
        "/api/v1/me",
        "/api/v1/problems",
        "/api/v1/problems/{slug}",
    ] {
        assert!(
            parsed["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    insta::assert_snapshot!("openapi", doc);

    let app = TestApp::spawn(crate::support::Backend::Sqlite).await;
    let served: Value = app
        .get("/api/v1/openapi.json", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(served, parsed);
    let docs = app.get("/api/docs/", None).await;
    assert_eq!(docs.status(), 200);
    assert!(docs.text().await.unwrap().contains("swagger"));
    // The setup link printed at first start is a page of the web app, served
    // like any client route (the browser scenario `first_admin` uses it).
    let setup = app.get("/setup?token=abc", None).await;
    let index = app.get("/", None).await;
    assert_eq!(setup.status(), index.status());
    assert_eq!(setup.text().await.unwrap(), index.text().await.unwrap());
}

/// The web app builds its API client from a copy of the document
/// (`web/src/generated/openapi.json`, typed by openapi-typescript), which must
/// match the Rust handlers. Regenerate with
/// `UPDATE_GENERATED=1 cargo test -p server --test api openapi`.
#[test]
fn openapi_copy_for_the_web_app_is_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../web/src/generated/openapi.json"
    );
    let want = format!("{}\n", server::openapi_json());
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "{path} is stale: run `UPDATE_GENERATED=1 cargo test -p server --test api openapi` and commit it"
    );
}
