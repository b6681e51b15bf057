//! The embedded web app behind the API's routes: `index.html` for `/` and any
//! client-side route, hashed assets cached for good, unknown API paths still
//! problem+json. What is expected depends on whether `web/dist` was built
//! (`scripts/build-web`): the crate that embeds it is rebuilt with it, so the
//! files on disk now are the files in the binary.

use std::path::{Path, PathBuf};

use reqwest::Method;
use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, ETAG, IF_NONE_MATCH,
};

use crate::support::{Backend, TestApp, expect_problem};

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/dist")
}

#[tokio::test]
async fn root_and_client_routes_serve_the_app() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let index = std::fs::read_to_string(dist().join("index.html")).ok();

    let root = app.get("/", None).await;
    let headers = root.headers().clone();
    let status = root.status();
    let body = root.text().await.unwrap();
    assert!(
        headers[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html"),
        "{headers:?}"
    );
    match &index {
        Some(index) => {
            assert_eq!(status, 200);
            assert_eq!(&body, index);
            assert_eq!(headers[CACHE_CONTROL], "no-cache");
            let etag = headers[ETAG].clone();
            let again = app
                .req(Method::GET, "/", None)
                .header(IF_NONE_MATCH, etag)
                .send()
                .await
                .unwrap();
            assert_eq!(again.status(), 304);
        }
        None => {
            eprintln!("note: web/dist/index.html is missing; checking the not-built page");
            assert_eq!(status, 503);
            assert!(body.contains("scripts/build-web"), "{body}");
            assert!(body.contains("/api/docs"), "{body}");
        }
    }

    // Client-side routes get the same page, so a reload keeps working.
    for path in [
        "/rooms/xyz",
        "/problems/two-sum",
        "/login",
        "/setup?token=abc",
        "/index.html",
        "/apiary",
    ] {
        let res = app.get(path, None).await;
        assert_eq!(res.status(), status, "{path}");
        assert_eq!(res.text().await.unwrap(), body, "{path}");
    }
    let head = app
        .req(Method::HEAD, "/rooms/xyz", None)
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), status);
    assert!(head.text().await.unwrap().is_empty());

    // The API's namespaces and other methods are not the app's.
    for path in ["/api/v1/nope", "/api", "/api/", "/ws/x", "/yjs", "/yjs/a/b"] {
        expect_problem(app.get(path, None).await, 404, "not_found").await;
    }
    let post = app
        .req(Method::POST, "/rooms/xyz", None)
        .send()
        .await
        .unwrap();
    expect_problem(post, 404, "not_found").await;
    // Routes that exist are untouched.
    assert_eq!(app.get("/healthz", None).await.status(), 200);
}

#[tokio::test]
async fn assets_are_immutable_and_revalidated_by_etag() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let res = app.get("/assets/missing-0123abcd.js", None).await;
    assert_eq!(res.status(), 404);

    let mut assets: Vec<PathBuf> = std::fs::read_dir(dist().join("assets"))
        .map(|dir| dir.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    assets.sort();
    if assets.is_empty() {
        eprintln!("note: no web/dist/assets (run scripts/build-web); only the 404 was checked");
    }
    for file in assets.iter().filter(|p| p.is_file()) {
        let name = file.file_name().unwrap().to_str().unwrap();
        let bytes = std::fs::read(file).unwrap();
        let path = format!("/assets/{name}");
        let res = app.get(&path, None).await;
        assert_eq!(res.status(), 200, "{path}");
        let headers = res.headers().clone();
        assert_eq!(
            headers[CACHE_CONTROL], "public, max-age=31536000, immutable",
            "{path}"
        );
        let ct = headers[CONTENT_TYPE].to_str().unwrap();
        match file.extension().and_then(|e| e.to_str()) {
            Some("js") => assert!(ct.contains("javascript"), "{path}: {ct}"),
            Some("css") => assert!(ct.starts_with("text/css"), "{path}: {ct}"),
            Some("svg") => assert!(ct.starts_with("image/svg+xml"), "{path}: {ct}"),
            Some("woff2") => assert_eq!(ct, "font/woff2", "{path}"),
            _ => {}
        }
        assert_eq!(res.bytes().await.unwrap(), bytes, "{path}");

        let etag = headers[ETAG].clone();
        let again = app
            .req(Method::GET, &path, None)
            .header(IF_NONE_MATCH, etag.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
        assert_eq!(again.headers()[ETAG], etag);
        assert_eq!(
            again.headers()[CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert!(again.bytes().await.unwrap().is_empty());

        // Text worth compressing comes gzipped to clients that accept it.
        let gz = app
            .req(Method::GET, &path, None)
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .unwrap();
        let compressible = ct.starts_with("text/") || ct.contains("javascript");
        if compressible && bytes.len() >= 256 {
            assert_eq!(gz.headers()[CONTENT_ENCODING], "gzip", "{path}");
        } else {
            assert!(gz.headers().get(CONTENT_ENCODING).is_none(), "{path}");
        }
    }

    // Other files at the top of dist (favicon, …) are revalidated each time.
    let top: Vec<PathBuf> = std::fs::read_dir(dist())
        .map(|dir| dir.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    for file in top.iter().filter(|p| p.is_file()) {
        let name = file.file_name().unwrap().to_str().unwrap();
        let res = app.get(&format!("/{name}"), None).await;
        assert_eq!(res.status(), 200, "{name}");
        assert_eq!(res.headers()[CACHE_CONTROL], "no-cache", "{name}");
        assert!(res.headers().contains_key(ETAG), "{name}");
        assert_eq!(
            res.bytes().await.unwrap(),
            std::fs::read(file).unwrap(),
            "{name}"
        );
    }
}
