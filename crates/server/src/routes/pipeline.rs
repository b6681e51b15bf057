//! What runs and submissions check before they enqueue work.

use axum::http::HeaderMap;

use crate::error::{ApiError, ApiResult};
use crate::{AppState, ServerConfig};

const MAX_IDEMPOTENCY_KEY: usize = 128;

/// The `Idempotency-Key` header, if any, validated.
pub fn idempotency_key(headers: &HeaderMap) -> ApiResult<Option<String>> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= MAX_IDEMPOTENCY_KEY)
        .ok_or_else(|| {
            ApiError::bad_request(
                "invalid_idempotency_key",
                format!("Idempotency-Key must be 1-{MAX_IDEMPOTENCY_KEY} visible ASCII characters"),
            )
        })?;
    Ok(Some(key.to_string()))
}

/// A known language and code within the size limit.
pub fn validate_code(config: &ServerConfig, language: &str, code: &str) -> ApiResult<()> {
    if !config.languages.iter().any(|l| l == language) {
        return Err(ApiError::field(
            "language",
            format!(
                "unknown language {language:?}; one of: {}",
                config.languages.join(", ")
            ),
        ));
    }
    if code.trim().is_empty() {
        return Err(ApiError::field("code", "is empty"));
    }
    if code.len() > config.max_code_bytes {
        return Err(ApiError::field(
            "code",
            format!("is {} bytes; at most {}", code.len(), config.max_code_bytes),
        ));
    }
    Ok(())
}

/// Back-pressure: refuse new work while the queue is over its depth limit,
/// rather than accept jobs nobody will reach for minutes.
pub async fn check_capacity(state: &AppState) -> ApiResult<()> {
    let depth = state.store.queue_depth().await?;
    if depth >= state.config.max_queue_depth {
        metrics::counter!("codemint_queue_rejected_total").increment(1);
        let mut err = ApiError::too_many_requests(5);
        err.code = "queue_full";
        err.detail = format!("the judge queue is full ({depth} jobs waiting); retry in 5 s");
        return Err(err);
    }
    Ok(())
}
