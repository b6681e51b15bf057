//! An email is a job (`send_email`): queued in the transaction of the write
//! that causes it, so the API never waits for SMTP and a rolled-back action
//! sends nothing. The payload keeps the template and its variables (it is
//! rendered when sent, so an operator's broken template dead-letters the
//! message with the template's error) and one Message-ID for every attempt:
//! a resend after a crash between the server's "250 OK" and our commit is
//! recognisable as the same message.

use serde::{Deserialize, Serialize};
use store::jobs::NewJob;
use store::{StoreError, Write};

use crate::Template;

/// The job kind.
pub const EMAIL_KIND: &str = "send_email";

/// Emails wait behind interactive runs but ahead of batch re-judging.
const PRIORITY: i64 = 60;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmailJob {
    pub message_id: String,
    pub to: String,
    pub template: Template,
    pub vars: serde_json::Value,
}

impl EmailJob {
    pub fn new(to: &str, template: Template, vars: serde_json::Value) -> EmailJob {
        EmailJob {
            message_id: format!("<{}@codemint>", uuid::Uuid::new_v4()),
            to: to.to_string(),
            template,
            vars,
        }
    }

    /// Queue it in the caller's transaction.
    pub async fn enqueue(&self, w: &mut Write, max_attempts: i64) -> Result<i64, StoreError> {
        w.enqueue(&NewJob {
            kind: EMAIL_KIND.into(),
            payload: serde_json::to_string(self).unwrap_or_default(),
            priority: PRIORITY,
            max_attempts,
        })
        .await
    }
}
