//! The one HTTP error type. Every failure leaves the API as
//! `application/problem+json` (RFC 9457) with a stable `code`; internal errors
//! are logged with an id and shown without details.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use problem::{FieldError, ValidationErrors};
use serde::Serialize;
use store::StoreError;
use utoipa::ToSchema;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub detail: String,
    pub errors: Vec<FieldError>,
    pub retry_after: Option<u64>,
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the error kind (stable).
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable error code, e.g. `validation_failed`.
    pub code: String,
    /// For validation errors: one entry per offending field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<Object>)]
    pub errors: Vec<FieldError>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            detail: detail.into(),
            errors: Vec::new(),
            retry_after: None,
        }
    }

    pub fn bad_request(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, detail)
    }

    /// 422 for one field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errs = ValidationErrors::default();
        errs.add(field, message);
        errs.into()
    }

    pub fn unauthorized(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, code, detail)
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", detail)
    }

    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", detail)
    }

    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", detail)
    }

    pub fn too_many_requests(retry_after_secs: u64) -> Self {
        ApiError {
            retry_after: Some(retry_after_secs.max(1)),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!("too many requests; retry in {} s", retry_after_secs.max(1)),
            )
        }
    }

    /// Log the cause with an id; the client sees only the id.
    pub fn internal(err: impl std::fmt::Display) -> Self {
        let id = uuid::Uuid::new_v4();
        tracing::error!(error_id = %id, "internal error: {err}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            format!("internal error (id {id})"),
        )
    }

    fn title(&self) -> &'static str {
        self.status.canonical_reason().unwrap_or("Error")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Problem {
            type_: format!("urn:codemint:error:{}", self.code),
            title: self.title().to_string(),
            status: self.status.as_u16(),
            detail: self.detail,
            code: self.code.to_string(),
            errors: self.errors,
        };
        let mut res = (self.status, axum::Json(body)).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        res
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errs: ValidationErrors) -> Self {
        ApiError {
            errors: errs.0,
            ..ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "validation_failed",
                String::new(),
            )
        }
        .with_detail_from_errors()
    }
}

impl ApiError {
    fn with_detail_from_errors(mut self) -> Self {
        self.detail = ValidationErrors(self.errors.clone()).to_string();
        self
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => ApiError::conflict(what),
            StoreError::NotFound => ApiError::not_found("not found"),
            other => ApiError::internal(other),
        }
    }
}

impl From<rooms::RoomError> for ApiError {
    fn from(e: rooms::RoomError) -> Self {
        use rooms::RoomError;
        match e {
            RoomError::NotFound(what) => ApiError::not_found(what),
            RoomError::Forbidden(why) => ApiError::forbidden(why),
            RoomError::Conflict(why) => ApiError::conflict(why),
            RoomError::Invalid { field, message } => ApiError::field(field, message),
            RoomError::Store(e) => e.into(),
            e @ RoomError::Document(_) => ApiError::internal(e),
        }
    }
}

impl From<duels::DuelError> for ApiError {
    fn from(e: duels::DuelError) -> Self {
        use duels::DuelError;
        match e {
            DuelError::NotFound(what) => ApiError::not_found(what),
            DuelError::Forbidden(why) => ApiError::forbidden(why),
            DuelError::Conflict(why) => ApiError::conflict(why),
            DuelError::Invalid { field, message } => ApiError::field(field, message),
            DuelError::Store(e) => e.into(),
            e @ DuelError::Document(_) => ApiError::internal(e),
        }
    }
}

impl From<assessments::AssessmentError> for ApiError {
    fn from(e: assessments::AssessmentError) -> Self {
        use assessments::AssessmentError;
        match e {
            AssessmentError::NotFound(what) => ApiError::not_found(what),
            AssessmentError::Forbidden(why) => ApiError::forbidden(why),
            AssessmentError::Conflict(why) => ApiError::conflict(why),
            AssessmentError::Gone { code, message } => {
                ApiError::new(StatusCode::GONE, code, message)
            }
            AssessmentError::Invalid { field, message } => ApiError::field(&field, message),
            AssessmentError::Store(e) => e.into(),
            e @ AssessmentError::Document(_) => ApiError::internal(e),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        match &r {
            JsonRejection::JsonDataError(_) => {
                let error = match serde_cause(&r) {
                    Some(cause) => crate::plain::field_error(cause),
                    None => FieldError {
                        field: "body".into(),
                        message: "does not have the fields this request needs".into(),
                    },
                };
                ApiError {
                    errors: vec![error],
                    ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_body", "")
                }
                .with_detail_from_errors()
            }
            JsonRejection::JsonSyntaxError(_) => {
                let detail = match serde_cause(&r) {
                    Some(cause) => format!(
                        "the body is not valid JSON ({} at line {}, column {})",
                        crate::plain::message_without_position(cause.inner()),
                        cause.inner().line(),
                        cause.inner().column()
                    ),
                    None => "the body is not valid JSON".into(),
                };
                ApiError::bad_request("malformed_json", detail)
            }
            JsonRejection::MissingJsonContentType(_) => ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send the body as JSON with the header Content-Type: application/json",
            ),
            _ if r.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "the body is larger than this endpoint accepts",
            ),
            _ => ApiError::new(r.status(), "bad_request", "the body could not be read"),
        }
    }
}

/// The serde error under axum's JSON rejection (axum deserialises through
/// `serde_path_to_error`), for a message that names the field.
fn serde_cause(r: &JsonRejection) -> Option<&serde_path_to_error::Error<serde_json::Error>> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(r);
    while let Some(e) = cause {
        if let Some(found) = e.downcast_ref() {
            return Some(found);
        }
        cause = e.source();
    }
    None
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(&r);
        while let Some(e) = cause {
            if let Some(found) = e.downcast_ref() {
                let FieldError { field, message } = crate::plain::query_error(found);
                return ApiError::bad_request("invalid_query", format!("{field}: {message}"));
            }
            cause = e.source();
        }
        ApiError::bad_request("invalid_query", "the query string could not be read")
    }
}

impl From<PathRejection> for ApiError {
    fn from(r: PathRejection) -> Self {
        let detail = match &r {
            PathRejection::FailedToDeserializePathParams(e) => crate::plain::path_error(e.kind()),
            _ => None,
        };
        ApiError::bad_request(
            "invalid_path",
            detail.unwrap_or_else(|| "the address could not be read".into()),
        )
    }
}
