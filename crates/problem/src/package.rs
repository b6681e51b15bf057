//! ICPC/Kattis problem packages (directory or `.zip`) in and out.
//!
//! Reading happens in two steps: `files` gathers the package's regular files into
//! memory under strict limits (no symlinks, no path traversal, bounded sizes), then
//! `parse` turns that file map into a validated [`ProblemSpec`]. Nothing touches a
//! database, so a bad package can never leave a partial import behind.

mod files;
mod parse;
mod write;
mod yaml;

use std::path::Path;

pub use files::{Files, Limits};
pub use parse::parse;
pub use write::{stub_extension, to_files, write_dir, write_zip};

use crate::{ProblemSpec, ValidationErrors};

#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Rejected { path: String, message: String },
    #[error("{file}: {field}: {message}")]
    Yaml {
        file: String,
        field: String,
        message: String,
    },
    /// Not a `source`: the message already names every field, once.
    #[error("invalid problem: {0}")]
    Invalid(ValidationErrors),
}

impl From<ValidationErrors> for PackageError {
    fn from(e: ValidationErrors) -> Self {
        PackageError::Invalid(e)
    }
}

impl PackageError {
    pub(crate) fn rejected(path: impl Into<String>, message: impl Into<String>) -> Self {
        PackageError::Rejected {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// Read a package from a directory or a `.zip` file.
pub fn read(path: &Path) -> Result<ProblemSpec, PackageError> {
    let limits = Limits::default();
    let files = if path.is_dir() {
        Files::from_dir(path, &limits)?
    } else {
        let data = std::fs::read(path).map_err(|source| PackageError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Files::from_zip(&data, &limits)?
    };
    let stem = std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    parse(files, &stem)
}
