//! The SMTP client: `--smtp-url` (`smtps://user:pass@host:465`,
//! `smtp://host:587?tls=required`, plain `smtp://host:1025` for a local test
//! server) and `--mail-from`, through lettre on tokio with rustls (no
//! OpenSSL). A failed send says whether another attempt can help: a 4xx
//! reply, a refused connection or a timeout can; a 5xx reply cannot.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::Rendered;

/// How long one SMTP conversation may take.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Why the settings cannot be used, naming the flag.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "--smtp-url: {0} (expected e.g. smtps://user:pass@host:465, smtp://host:587?tls=required or smtp://host:1025)"
    )]
    Url(String),
    #[error("--mail-from: {0} (expected e.g. \"Codemint <codemint@example.com>\")")]
    From(String),
}

/// Why a message was not accepted.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused it for good (5xx) or the address is unusable.
    #[error("{0}")]
    Permanent(String),
    /// Worth another attempt: 4xx, connection refused or cut, timeout.
    #[error("{0}")]
    Temporary(String),
}

/// One server's SMTP settings; cheap to clone (the transport pools
/// connections).
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    // The URL may hold a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from).finish()
    }
}

impl Mailer {
    pub fn new(smtp_url: &str, mail_from: &str) -> Result<Mailer, ConfigError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| ConfigError::Url(e.to_string()))?
            .timeout(Some(TIMEOUT))
            .build();
        let from = mail_from
            .parse::<Mailbox>()
            .map_err(|e| ConfigError::From(e.to_string()))?;
        Ok(Mailer { transport, from })
    }

    /// Send one message under `message_id` (the same for every attempt of
    /// it); returns the server's reply.
    pub async fn send(
        &self,
        to: &str,
        message_id: &str,
        message: Rendered,
    ) -> Result<String, SendError> {
        let to = to
            .parse::<Mailbox>()
            .map_err(|e| SendError::Permanent(format!("the address {to:?} is not usable: {e}")))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject)
            .message_id(Some(message_id.to_string()))
            .multipart(MultiPart::alternative_plain_html(
                message.text,
                message.html,
            ))
            .map_err(|e| SendError::Permanent(format!("the message cannot be built: {e}")))?;
        match self.transport.send(email).await {
            Ok(reply) => Ok(format!(
                "{} {}",
                reply.code(),
                reply.message().collect::<Vec<_>>().join(" ")
            )),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Err(e) => Err(SendError::Temporary(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_settings_name_their_flag() {
        let err = Mailer::new("smtq://nowhere", "a@b.c").unwrap_err();
        assert!(err.to_string().starts_with("--smtp-url: "), "{err}");
        let err = Mailer::new("smtp://127.0.0.1:1025", "not an address").unwrap_err();
        assert!(err.to_string().starts_with("--mail-from: "), "{err}");
        assert!(Mailer::new("smtp://127.0.0.1:1025", "Codemint <cm@example.com>").is_ok());
    }
}
