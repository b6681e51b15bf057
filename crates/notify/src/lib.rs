//! Telling people. Email now (SPEC D4): what each message says
//! ([`Templates`]), how it is queued ([`EmailJob`], a `send_email` job in the
//! transaction that causes it) and how it is sent ([`Mailer`], which the
//! `jobs` crate's handler uses); and the bell: in-app notifications stored
//! with what causes them and pushed live ([`tell`], [`announce`]).
//!
//! Like every domain crate it uses `store` and never axum, the judge or the
//! sandbox; `server` queues messages, `jobs` sends them.

mod bell;
mod email;
mod messages;
mod smtp;
mod templates;

pub use bell::{announce, tell, typed};
pub use email::{EMAIL_KIND, EmailJob};
pub use messages::{RESET_VALID_MS, password_reset, room_invite, welcome};
pub use smtp::{ConfigError, Mailer, SendError};
pub use templates::{Rendered, Template, TemplateError, Templates};
