//! What `/ws` and `/yjs` share about their WebSockets: recognising a frame
//! over the size limit, and closing on one with 1009 rather than a reset.

use std::time::Duration;

/// The client sent a message or frame over the configured maximum.
pub(crate) fn too_large(e: &axum::Error) -> bool {
    // axum hides the WebSocket library's error behind its own; the same
    // tungstenite that axum uses is ours too (Cargo.lock holds one version).
    let inner: &(dyn std::error::Error + 'static) = e;
    let mut source = Some(inner);
    while let Some(err) = source {
        if let Some(tungstenite::Error::Capacity(_)) = err.downcast_ref::<tungstenite::Error>() {
            return true;
        }
        source = err.source();
    }
    false
}

pub(crate) fn too_large_reason(max: usize) -> String {
    format!("message larger than {} KiB", max / 1024)
}

/// After answering an oversized frame with a close: its remaining bytes
/// cannot be read (the library would buffer the whole frame), and closing a
/// socket with unread input makes the kernel reset it, which can destroy the
/// close frame in flight. Hold the socket briefly so the client reads it first.
pub(crate) async fn linger() {
    tokio::time::sleep(Duration::from_millis(500)).await;
}
