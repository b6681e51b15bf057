//! The stored (and API-visible) shape of results. Hidden tests are reduced here,
//! before anything is written: their names become "hidden N" and neither their
//! data nor the program's output on them is kept, so no later code path can
//! leak them.

use bus::RunResult;
use judge::{JudgeError, JudgeReport};
use problem::ProblemSpec;
use serde_json::{Value, json};

/// Sample input and expected output kept in a result.
const MAX_SHOWN: usize = 64 * 1024;

/// The program the judge runs: the stub's prefix and suffix around the user's
/// part, when the problem has a stub for this language.
pub fn assemble_code(spec: &ProblemSpec, language: &str, code: &str) -> String {
    match spec.stubs.get(language) {
        Some(stub) if !stub.prefix.is_empty() || !stub.suffix.is_empty() => {
            let mut full =
                String::with_capacity(stub.prefix.len() + code.len() + stub.suffix.len() + 2);
            full.push_str(&stub.prefix);
            if !stub.prefix.is_empty() && !stub.prefix.ends_with('\n') {
                full.push('\n');
            }
            full.push_str(code);
            if !code.ends_with('\n') {
                full.push('\n');
            }
            full.push_str(&stub.suffix);
            full
        }
        _ => code.to_string(),
    }
}

/// The public name of hidden test `n` (from 0).
pub fn hidden_name(n: usize) -> String {
    format!("hidden {}", n + 1)
}

fn cut(s: &str) -> String {
    if s.len() <= MAX_SHOWN {
        return s.to_string();
    }
    let mut end = MAX_SHOWN;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

pub(crate) fn submission_result(report: &JudgeReport, spec: &ProblemSpec) -> Value {
    let samples = spec.samples.len();
    let tests: Vec<Value> = report
        .tests
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let verdict = format!("{:?}", t.verdict);
            match spec.samples.get(i) {
                Some(sample) => json!({
                    "name": t.name, "verdict": verdict, "time_ms": t.time_ms,
                    "memory_kb": t.memory_kb, "sample": true,
                    "input": cut(&sample.input), "expected": cut(&sample.answer),
                    "output": t.output.as_deref().map(cut).unwrap_or_default(),
                }),
                None => json!({
                    "name": hidden_name(i - samples), "verdict": verdict, "time_ms": t.time_ms,
                    "memory_kb": t.memory_kb, "sample": false,
                }),
            }
        })
        .collect();
    json!({
        "verdict": format!("{:?}", report.verdict),
        "score": report.score,
        "time_ms": report.time_ms,
        "memory_kb": report.memory_kb,
        "compile_output": report.compile_output,
        "total_tests": samples + spec.hidden.len(),
        "tests": tests,
    })
}

fn empty(verdict: &str, compile_output: &str, error: Option<&str>) -> Value {
    json!({
        "verdict": verdict, "score": 0.0, "time_ms": 0, "memory_kb": 0,
        "compile_output": compile_output, "total_tests": 0, "tests": [], "error": error,
    })
}

/// The code was refused before it ran (empty, too big, unknown language).
pub(crate) fn compile_error(message: &str) -> Value {
    empty("CE", message, None)
}

pub(crate) fn internal_error(message: &str) -> Value {
    empty("IE", "", Some(message))
}

/// A run the judge refused (unknown language, empty source, missing toolchain).
pub(crate) fn run_refused(e: &JudgeError) -> RunResult {
    match e {
        JudgeError::MissingToolchain(..) => run_internal_error(&e.to_string()),
        _ => run_ended("compile_error", e.to_string(), String::new()),
    }
}

/// A run that failed on our side, `message` in its stderr.
pub(crate) fn run_internal_error(message: &str) -> RunResult {
    run_ended("internal_error", String::new(), message.to_string())
}

fn run_ended(status: &str, compile_output: String, stderr: String) -> RunResult {
    RunResult {
        status: status.into(),
        exit_code: None,
        signal: None,
        time_ms: 0,
        wall_ms: 0,
        memory_kb: 0,
        stdout: String::new(),
        stderr,
        compile_output,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use problem::Stub;

    #[test]
    fn stub_wraps_the_users_part() {
        let mut spec = ProblemSpec {
            slug: "x".into(),
            title: "X".into(),
            statement: String::new(),
            difficulty: problem::Difficulty::Easy,
            tags: vec![],
            time_limit_ms: 1000,
            memory_mb: 64,
            checker: problem::Checker::Exact,
            samples: vec![],
            hidden: vec![],
            stubs: Default::default(),
            attachments: vec![],
            author: None,
            license: None,
        };
        spec.stubs.insert(
            "python".into(),
            Stub {
                prefix: "import sys".into(),
                solution: String::new(),
                suffix: "main()\n".into(),
            },
        );
        assert_eq!(
            assemble_code(&spec, "python", "def main(): pass"),
            "import sys\ndef main(): pass\nmain()\n"
        );
        assert_eq!(assemble_code(&spec, "c", "int main(){}"), "int main(){}");
    }

    #[test]
    fn long_text_is_cut_on_a_char_boundary() {
        let s = "é".repeat(MAX_SHOWN);
        let c = cut(&s);
        assert!(c.len() <= MAX_SHOWN + "…".len());
        assert!(c.ends_with('…'));
    }
}
