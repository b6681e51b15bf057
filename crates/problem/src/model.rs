use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How hard a problem is, as shown in the problem list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "easy" => Some(Difficulty::Easy),
            "medium" => Some(Difficulty::Medium),
            "hard" => Some(Difficulty::Hard),
            _ => None,
        }
    }
}

/// How a contestant's output is compared with the expected answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Checker {
    /// Byte for byte, except that trailing white space at the end is ignored.
    Exact,
    /// Whitespace-separated tokens must match (the Kattis default validator).
    Tokens {
        #[serde(default = "yes")]
        case_sensitive: bool,
    },
    /// Tokens, where numbers may differ by an absolute or a relative tolerance.
    Float {
        #[serde(default)]
        abs_tolerance: f64,
        #[serde(default)]
        rel_tolerance: f64,
    },
    /// A program from `output_validators/<name>/` (exit 42 accepts, 43 rejects).
    Custom { name: String },
}

fn yes() -> bool {
    true
}

impl Default for Checker {
    fn default() -> Self {
        Checker::Tokens {
            case_sensitive: true,
        }
    }
}

/// One test: the input fed to the program and the answer its output is checked against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TestCase {
    pub name: String,
    pub input: String,
    pub answer: String,
}

/// A code template for one language: the user edits only `solution`; the judge runs
/// `prefix + solution + suffix`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Stub {
    #[serde(default)]
    pub prefix: String,
    pub solution: String,
    #[serde(default)]
    pub suffix: String,
}

/// A package file that the model does not interpret (reference solutions,
/// generators, output validators, images), kept so that export round-trips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub path: String,
    pub data: Vec<u8>,
}

/// Everything one version of a problem is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemSpec {
    pub slug: String,
    pub title: String,
    /// Markdown.
    pub statement: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub time_limit_ms: u32,
    pub memory_mb: u32,
    pub checker: Checker,
    pub samples: Vec<TestCase>,
    pub hidden: Vec<TestCase>,
    /// Keyed by language id (`c`, `cpp`, `python`, …).
    pub stubs: BTreeMap<String, Stub>,
    pub attachments: Vec<Attachment>,
    pub author: Option<String>,
    pub license: Option<String>,
}
