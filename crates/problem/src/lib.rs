//! The problem model and the ICPC/Kattis problem package format.
//!
//! This crate knows nothing of databases or HTTP: it turns package files into a
//! validated [`ProblemSpec`] and back. The store persists specs; the server and the
//! CLI move them in and out.

mod model;
pub mod package;
pub mod text;
mod validate;

pub use model::{Attachment, Checker, Difficulty, ProblemSpec, Stub, TestCase};
pub use validate::{FieldError, ValidationErrors};
