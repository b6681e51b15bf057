//! Validation of a [`ProblemSpec`], shared by the API and the package importer so
//! that both refuse the same things with the same messages.

use std::fmt;

use crate::{Checker, ProblemSpec, TestCase};

pub const MAX_TITLE: usize = 200;
pub const MAX_STATEMENT: usize = 256 * 1024;
pub const MAX_TAGS: usize = 12;
pub const MAX_TESTS: usize = 500;
pub const MAX_TEST_BYTES: usize = 16 * 1024 * 1024;
pub const MAX_TOTAL_TEST_BYTES: usize = 128 * 1024 * 1024;
pub const MAX_STUB_BYTES: usize = 64 * 1024;

/// One thing wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// Every problem found in a value, so a user can fix them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            message: message.into(),
        });
    }

    pub fn into_result(self) -> Result<(), ValidationErrors> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// `a-z`, `0-9` and single dashes, 2 to 64 characters, starting with a letter or digit.
pub fn is_valid_slug(s: &str) -> bool {
    (2..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

fn is_valid_word(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'+')
}

impl ProblemSpec {
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errs = ValidationErrors::default();
        if !is_valid_slug(&self.slug) {
            errs.add(
                "slug",
                "must be 2-64 characters of a-z, 0-9 and single dashes, not starting or ending with a dash",
            );
        }
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            errs.add("title", format!("must be 1-{MAX_TITLE} characters"));
        }
        if self.statement.len() > MAX_STATEMENT {
            errs.add(
                "statement",
                format!("is {} bytes, at most {MAX_STATEMENT}", self.statement.len()),
            );
        }
        if self.tags.len() > MAX_TAGS {
            errs.add("tags", format!("at most {MAX_TAGS} tags"));
        }
        for (i, t) in self.tags.iter().enumerate() {
            if !is_valid_word(t, 32) {
                errs.add(
                    format!("tags[{i}]"),
                    "must be 1-32 characters of a-z, 0-9, '-' and '+'",
                );
            }
        }
        if !(100..=30_000).contains(&self.time_limit_ms) {
            errs.add("time_limit_ms", "must be between 100 and 30000");
        }
        if !(16..=4096).contains(&self.memory_mb) {
            errs.add("memory_mb", "must be between 16 and 4096");
        }
        match &self.checker {
            Checker::Float {
                abs_tolerance,
                rel_tolerance,
            } => {
                let ok = |x: f64| x.is_finite() && (0.0..1.0).contains(&x);
                if !ok(*abs_tolerance) || !ok(*rel_tolerance) {
                    errs.add("checker", "tolerances must be finite numbers in [0, 1)");
                }
            }
            Checker::Custom { name } => {
                let prefix = format!("output_validators/{name}/");
                if !is_valid_word(name, 64)
                    && !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                {
                    errs.add("checker.name", "must be a plain directory name");
                } else if !self.attachments.iter().any(|a| a.path.starts_with(&prefix)) {
                    errs.add(
                        "checker.name",
                        format!("custom checker needs its program under {prefix}"),
                    );
                }
            }
            _ => {}
        }
        let total = self.samples.len() + self.hidden.len();
        if total == 0 {
            errs.add("samples", "a problem needs at least one test");
        }
        if total > MAX_TESTS {
            errs.add("hidden_tests", format!("at most {MAX_TESTS} tests"));
        }
        let mut bytes = 0usize;
        for (field, tests) in [("samples", &self.samples), ("hidden_tests", &self.hidden)] {
            check_tests(field, tests, &mut bytes, &mut errs);
        }
        if bytes > MAX_TOTAL_TEST_BYTES {
            errs.add(
                "hidden_tests",
                format!("tests hold {bytes} bytes, at most {MAX_TOTAL_TEST_BYTES}"),
            );
        }
        for (lang, stub) in &self.stubs {
            if !is_valid_word(lang, 20) {
                errs.add(format!("stubs.{lang}"), "unknown language id format");
            }
            if stub.prefix.len() + stub.solution.len() + stub.suffix.len() > MAX_STUB_BYTES {
                errs.add(
                    format!("stubs.{lang}"),
                    format!("at most {MAX_STUB_BYTES} bytes"),
                );
            }
        }
        errs.into_result()
    }
}

fn check_tests(field: &str, tests: &[TestCase], bytes: &mut usize, errs: &mut ValidationErrors) {
    let mut names = std::collections::HashSet::new();
    for (i, t) in tests.iter().enumerate() {
        if t.name.is_empty()
            || t.name.len() > 128
            || t.name.contains("..")
            || t.name.starts_with('/')
            || t.name.contains('\\')
        {
            errs.add(
                format!("{field}[{i}].name"),
                "must be 1-128 characters, a relative name",
            );
        } else if !names.insert(t.name.as_str()) {
            errs.add(
                format!("{field}[{i}].name"),
                format!("duplicate test name {:?}", t.name),
            );
        }
        for (part, text) in [("input", &t.input), ("answer", &t.answer)] {
            if text.len() > MAX_TEST_BYTES {
                errs.add(
                    format!("{field}[{i}].{part}"),
                    format!("is {} bytes, at most {MAX_TEST_BYTES}", text.len()),
                );
            }
            *bytes += text.len();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["two-sum", "a1", "knapsack-01"] {
            assert!(is_valid_slug(ok), "{ok}");
        }
        for bad in ["", "a", "-a", "a-", "a--b", "A-b", "a_b", "a/b", "../x"] {
            assert!(!is_valid_slug(bad), "{bad}");
        }
    }
}
