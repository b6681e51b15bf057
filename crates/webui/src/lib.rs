//! The web app, embedded. Vite builds `web/` into `web/dist` (`index.html`
//! plus content-hashed files under `assets/`); this crate puts those files in
//! the binary at compile time and serves them:
//!
//! - `/assets/*`: cached for a year (`immutable`), since a changed file gets a
//!   new name; a name that is not there is a 404.
//! - any other embedded file (favicon, …): `no-cache`, revalidated by ETag.
//! - anything else: `index.html` (`no-cache`), so that client-side routes such
//!   as `/rooms/abc` survive a reload; the app's router takes it from there.
//!
//! ETags are the files' SHA-256 (computed when embedding), weak because the
//! gzip layer serves another encoding of the same file under the same tag.
//! This crate knows nothing of the API: the server decides which paths reach it.

use std::borrow::Cow;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use rust_embed::{EmbeddedFile, RustEmbed};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{Predicate, SizeAbove};

/// `web/dist` as it was when this crate was compiled (`build.rs` makes cargo
/// recompile it after each front-end build). Without a build it is empty.
#[derive(RustEmbed)]
#[folder = "../../web/dist/"]
#[allow_missing = true]
struct Dist;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// Whether a built web app was embedded.
pub fn is_built() -> bool {
    Dist::get("index.html").is_some()
}

/// Serves every path it is given (see the module docs), gzipping text files
/// for clients that accept it.
pub fn router() -> Router {
    let compress = SizeAbove::new(256).and(
        |_: StatusCode, _: axum::http::Version, headers: &HeaderMap, _: &axum::http::Extensions| {
            headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(is_text)
        },
    );
    Router::new()
        .fallback(serve)
        .layer(CompressionLayer::new().compress_when(compress))
}

/// The handler behind [`router`], for GET and HEAD.
pub async fn serve(method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
        )
            .into_response();
    }
    let path = uri.path().trim_start_matches('/');
    if path.starts_with("assets/") {
        return match Dist::get(path) {
            Some(file) => respond(file, IMMUTABLE, &headers),
            None => (StatusCode::NOT_FOUND, "no such asset\n").into_response(),
        };
    }
    if let Some(file) = Some(path).filter(|p| !p.is_empty()).and_then(Dist::get) {
        return respond(file, REVALIDATE, &headers);
    }
    match Dist::get("index.html") {
        Some(index) => respond(index, REVALIDATE, &headers),
        None => not_built(),
    }
}

fn respond(file: EmbeddedFile, cache_control: &'static str, request: &HeaderMap) -> Response {
    let etag = etag(&file.metadata.sha256_hash());
    let cache = [
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control),
        ),
        (header::ETAG, etag.clone()),
    ];
    if request
        .get(header::IF_NONE_MATCH)
        .is_some_and(|tags| matches_any(tags, &etag))
    {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    let body = match file.data {
        Cow::Borrowed(bytes) => Bytes::from_static(bytes),
        Cow::Owned(bytes) => Bytes::from(bytes),
    };
    (
        cache,
        [
            (header::CONTENT_TYPE, content_type(file.metadata.mimetype())),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        Body::from(body),
    )
        .into_response()
}

/// What a binary built without `web/dist` answers instead of the app.
fn not_built() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        "<!doctype html><meta charset=utf-8><title>Codemint: web app not built</title>\
         <h1>Codemint</h1>\
         <p>The web app was not built into this binary. Run <code>scripts/build-web</code> \
         and build again (<code>scripts/serve</code> does both).</p>\
         <p>The API is running: see <a href=/api/docs>/api/docs</a>.</p>\n",
    )
        .into_response()
}

/// `W/"<first 16 bytes of the SHA-256, hex>"`.
fn etag(hash: &[u8; 32]) -> HeaderValue {
    let hex: String = hash[..16].iter().map(|b| format!("{b:02x}")).collect();
    HeaderValue::from_str(&format!("W/\"{hex}\"")).expect("hex is a valid header value")
}

/// `If-None-Match` uses the weak comparison: `W/` prefixes do not matter.
fn matches_any(tags: &HeaderValue, etag: &HeaderValue) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = opaque(etag.to_str().unwrap_or_default());
    tags.to_str()
        .unwrap_or_default()
        .split(',')
        .any(|t| t.trim() == "*" || opaque(t) == ours)
}

fn content_type(mime: &str) -> HeaderValue {
    let value = if is_text(mime) && !mime.contains("charset") {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    };
    HeaderValue::from_str(&value).unwrap_or(HeaderValue::from_static("application/octet-stream"))
}

/// The types worth gzipping (fonts and raster images are compressed already).
fn is_text(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or_default().trim();
    mime.starts_with("text/")
        || matches!(
            mime,
            "application/javascript"
                | "application/json"
                | "application/manifest+json"
                | "image/svg+xml"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_is_a_weak_comparison_over_a_list() {
        let ours = HeaderValue::from_static("W/\"abc\"");
        for (header, hit) in [
            ("W/\"abc\"", true),
            ("\"abc\"", true),
            ("\"x\", W/\"abc\"", true),
            ("*", true),
            ("\"abcd\"", false),
            ("", false),
        ] {
            assert_eq!(
                matches_any(&HeaderValue::from_static(header), &ours),
                hit,
                "{header}"
            );
        }
    }

    #[test]
    fn text_types_get_a_charset_and_are_compressible() {
        assert_eq!(content_type("text/html"), "text/html; charset=utf-8");
        assert_eq!(content_type("image/png"), "image/png");
        assert!(is_text("text/javascript; charset=utf-8"));
        assert!(is_text("image/svg+xml"));
        assert!(!is_text("font/woff2"));
    }
}
