use reqwest::Method;
use serde_json::{Value, json};
use store::Role;

use crate::dual_tests;
use crate::support::{TestApp, error_fields, expect_problem};

dual_tests!(
    staff_create_read_update_delete,
    hidden_tests_never_reach_users,
    list_filters_and_pages,
    invalid_problems_name_the_field,
    package_import_and_export_round_trip,
    a_bad_package_changes_nothing,
);

/// POST a package body to the import endpoint as `staff`.
async fn import(
    app: &TestApp,
    staff: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    app.req(Method::POST, "/api/v1/problems/import", Some(staff))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

const SECRET_INPUT: &str = "8 31337 424242\n";

fn problem(slug: &str, difficulty: &str, tags: &[&str]) -> Value {
    json!({
        "slug": slug,
        "title": format!("Problem {slug}"),
        "statement": "Print the sum of the numbers.",
        "difficulty": difficulty,
        "tags": tags,
        "time_limit_ms": 1000,
        "memory_mb": 128,
        "samples": [{"name": "01", "input": "2 1 2\n", "answer": "3\n"}],
        "hidden_tests": [
            {"name": "01", "input": SECRET_INPUT, "answer": "455579\n"},
            {"name": "02", "input": "1 5\n", "answer": "5\n"}
        ],
        "stubs": {"python": {"prefix": "", "solution": "def solve(nums):\n    return 0\n", "suffix": "print(solve([]))\n"}}
    })
}

async fn staff_create_read_update_delete(app: TestApp) {
    let user = app.register("user@example.com").await;
    let user_token = user["access_token"].as_str().unwrap();
    let staff = app
        .token_with_role("interviewer@example.com", Role::Interviewer)
        .await;

    let res = app
        .post(
            "/api/v1/problems",
            Some(user_token),
            &problem("sum-it", "easy", &[]),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .post("/api/v1/problems", None, &problem("sum-it", "easy", &[]))
        .await;
    expect_problem(res, 401, "unauthenticated").await;

    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &problem("sum-it", "easy", &["math"]),
        )
        .await;
    assert_eq!(res.status(), 201);
    let saved: Value = res.json().await.unwrap();
    assert_eq!(
        saved,
        json!({"slug": "sum-it", "version": 1, "created": true})
    );

    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &problem("sum-it", "easy", &[]),
        )
        .await;
    expect_problem(res, 409, "conflict").await;

    // Anyone can read it, without logging in.
    let page: Value = app
        .get("/api/v1/problems/sum-it", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["title"], "Problem sum-it");
    assert_eq!(page["samples"][0]["answer"], "3\n");
    assert_eq!(page["hidden_test_count"], 2);
    assert_eq!(
        page["stubs"]["python"]["solution"],
        "def solve(nums):\n    return 0\n"
    );
    assert_eq!(page["version"], 1);

    // PUT keeps omitted tests and stubs, and makes version 2.
    let edit = json!({"title": "Sum It Up", "statement": "New words.", "difficulty": "medium", "tags": ["math"]});
    let res = app
        .put("/api/v1/problems/sum-it", Some(&staff), &edit)
        .await;
    assert_eq!(res.status(), 200);
    let saved: Value = res.json().await.unwrap();
    assert_eq!(saved["version"], 2);
    let page: Value = app
        .get("/api/v1/problems/sum-it", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page["title"], "Sum It Up");
    assert_eq!(page["difficulty"], "medium");
    assert_eq!(page["hidden_test_count"], 2);
    assert_eq!(page["samples"].as_array().unwrap().len(), 1);
    assert!(page["stubs"]["python"].is_object());

    let res = app
        .put(
            "/api/v1/problems/sum-it",
            Some(&staff),
            &json!({"slug": "other", "title": "x", "difficulty": "easy"}),
        )
        .await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&body), ["slug"]);
    let res = app
        .put("/api/v1/problems/missing", Some(&staff), &edit)
        .await;
    expect_problem(res, 404, "not_found").await;

    let res = app
        .req(Method::DELETE, "/api/v1/problems/sum-it", Some(user_token))
        .send()
        .await
        .unwrap();
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .req(Method::DELETE, "/api/v1/problems/sum-it", Some(&staff))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    expect_problem(
        app.get("/api/v1/problems/sum-it", None).await,
        404,
        "not_found",
    )
    .await;
    let list: Value = app
        .get("/api/v1/problems", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 0);

    // Re-creating a deleted slug brings it back as a new version.
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &problem("sum-it", "easy", &[]),
        )
        .await;
    assert_eq!(res.status(), 201);
    let saved: Value = res.json().await.unwrap();
    assert_eq!(saved["version"], 3);
}

async fn hidden_tests_never_reach_users(app: TestApp) {
    let staff = app.token_with_role("admin@example.com", Role::Admin).await;
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &problem("secret-sum", "easy", &[]),
        )
        .await;
    assert_eq!(res.status(), 201);
    let user = app.register("user@example.com").await;
    let user_token = user["access_token"].as_str().unwrap();

    for token in [None, Some(user_token)] {
        let page = app
            .get("/api/v1/problems/secret-sum", token)
            .await
            .text()
            .await
            .unwrap();
        assert!(!page.contains("31337"), "hidden input leaked: {page}");
        assert!(!page.contains("455579"), "hidden answer leaked: {page}");
        let list = app
            .get("/api/v1/problems", token)
            .await
            .text()
            .await
            .unwrap();
        assert!(!list.contains("31337"));
    }
    expect_problem(
        app.get("/api/v1/problems/secret-sum/tests", Some(user_token))
            .await,
        403,
        "forbidden",
    )
    .await;
    expect_problem(
        app.get("/api/v1/problems/secret-sum/tests", None).await,
        401,
        "unauthenticated",
    )
    .await;
    let res = app
        .get("/api/v1/problems/secret-sum/package", Some(user_token))
        .await;
    expect_problem(res, 403, "forbidden").await;

    let tests: Value = app
        .get("/api/v1/problems/secret-sum/tests", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tests["total"], 2);
    assert_eq!(tests["items"][0]["input"], SECRET_INPUT);
}

async fn list_filters_and_pages(app: TestApp) {
    let staff = app
        .token_with_role("i@example.com", Role::Interviewer)
        .await;
    for (slug, d, tags) in [
        ("alpha-array", "easy", vec!["arrays"]),
        ("beta-graph", "hard", vec!["graphs", "bfs"]),
        ("gamma-array", "medium", vec!["arrays", "sorting"]),
        ("delta-dp", "hard", vec!["dynamic-programming"]),
    ] {
        let res = app
            .post("/api/v1/problems", Some(&staff), &problem(slug, d, &tags))
            .await;
        assert_eq!(res.status(), 201);
    }
    let slugs = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["slug"].as_str().unwrap().to_string())
            .collect()
    };
    let all: Value = app
        .get("/api/v1/problems", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all["total"], 4);
    assert_eq!(
        slugs(&all),
        ["alpha-array", "beta-graph", "gamma-array", "delta-dp"]
    );
    let hard: Value = app
        .get("/api/v1/problems?difficulty=hard", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(slugs(&hard), ["beta-graph", "delta-dp"]);
    let arrays: Value = app
        .get("/api/v1/problems?tag=arrays", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(slugs(&arrays), ["alpha-array", "gamma-array"]);
    let q: Value = app
        .get("/api/v1/problems?q=GRAPH", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(slugs(&q), ["beta-graph"]);
    let page2: Value = app
        .get("/api/v1/problems?per_page=3&page=2", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(page2["total"], 4);
    assert_eq!(slugs(&page2), ["delta-dp"]);

    let res = app.get("/api/v1/problems?difficulty=brutal", None).await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&body), ["difficulty"]);
    let res = app.get("/api/v1/problems?page=0", None).await;
    expect_problem(res, 422, "validation_failed").await;
    let res = app.get("/api/v1/problems?page=abc", None).await;
    let body = expect_problem(res, 400, "invalid_query").await;
    assert_eq!(body["detail"], "page: must be a whole number", "{body}");
    // Path parameters too, without Rust's type names.
    let someone = app.token_with_role("someone@example.com", Role::User).await;
    let res = app.get("/api/v1/submissions/abc", Some(&someone)).await;
    let body = expect_problem(res, 400, "invalid_path").await;
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("\"abc\"") && !detail.contains("i64"),
        "{body}"
    );
}

async fn invalid_problems_name_the_field(app: TestApp) {
    let staff = app
        .token_with_role("i@example.com", Role::Interviewer)
        .await;
    let mut bad = problem("Bad Slug", "easy", &["Not A Tag"]);
    bad["time_limit_ms"] = json!(5);
    bad["samples"] = json!([]);
    bad["hidden_tests"] = json!([]);
    let res = app.post("/api/v1/problems", Some(&staff), &bad).await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(
        error_fields(&body),
        ["slug", "tags[0]", "time_limit_ms", "samples"]
    );

    let mut unknown = problem("fine-slug", "easy", &[]);
    unknown["difficulty"] = json!("brutal");
    let res = app.post("/api/v1/problems", Some(&staff), &unknown).await;
    let body = expect_problem(res, 422, "invalid_body").await;
    assert_eq!(
        body["detail"], "difficulty: must be one of easy, medium, hard, not brutal",
        "{body}"
    );

    let mut missing = problem("fine-slug", "easy", &[]);
    missing.as_object_mut().unwrap().remove("slug");
    let res = app.post("/api/v1/problems", Some(&staff), &missing).await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&body), ["slug"]);

    let list: Value = app
        .get("/api/v1/problems", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 0);
}

async fn package_import_and_export_round_trip(app: TestApp) {
    let staff = app
        .token_with_role("i@example.com", Role::Interviewer)
        .await;
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &problem("round-trip", "hard", &["math"]),
        )
        .await;
    assert_eq!(res.status(), 201);
    let res = app
        .get("/api/v1/problems/round-trip/package", Some(&staff))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let zip = res.bytes().await.unwrap();

    // Importing the same package again makes version 2 with identical content.
    let res = import(&app, &staff, "application/zip", zip.clone()).await;
    assert_eq!(res.status(), 200);
    let imported: Value = res.json().await.unwrap();
    assert_eq!(
        imported["items"][0],
        json!({"slug": "round-trip", "version": 2, "created": false})
    );
    let v1 = app.store.problem_spec("round-trip").await.unwrap();
    let reparsed = problem::package::parse(
        problem::package::Files::from_zip(&zip, &problem::package::Limits::default()).unwrap(),
        "",
    )
    .unwrap();
    assert_eq!(reparsed, v1);
    let tests: Value = app
        .get("/api/v1/problems/round-trip/tests", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tests["items"][0]["input"], SECRET_INPUT);
}

async fn a_bad_package_changes_nothing(app: TestApp) {
    use std::io::Write;
    let staff = app
        .token_with_role("i@example.com", Role::Interviewer)
        .await;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, data) in [
        ("problem.yaml", "name: Evil\ncodemint:\n  slug: evil\n"),
        ("problem_statement/problem.en.md", "x"),
        ("data/sample/01.in", "1"),
        ("data/sample/01.ans", "1"),
        ("../../escape.txt", "boom"),
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(data.as_bytes()).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let res = import(&app, &staff, "application/zip", bytes).await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert!(
        body["detail"].as_str().unwrap().contains("unsafe path"),
        "{body}"
    );

    let res = import(&app, &staff, "application/zip", "this is not a zip").await;
    expect_problem(res, 422, "validation_failed").await;
    let res = import(&app, &staff, "text/plain", "x").await;
    expect_problem(res, 415, "unsupported_media_type").await;

    let list: Value = app
        .get("/api/v1/problems", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 0);
    assert!(!std::path::Path::new("../escape.txt").exists());
}
