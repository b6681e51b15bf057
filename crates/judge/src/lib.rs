//! The judge: languages, compilation, test runs, checkers and verdicts, on top
//! of the sandbox. Knows nothing of HTTP or the database: the caller hands it a
//! problem spec and code, and gets reports whose JSON is the CLI's and the API's.

mod checker;
pub mod languages;

use problem::{Checker, ProblemSpec};
use sandbox::{BoxFile, Limits, Outcome, RunSpec, Sandbox, Status};
use serde::Serialize;

pub use checker::accepts;
pub use languages::{Language, Languages};

/// Largest source accepted (a bigger one is refused before anything runs).
pub const MAX_SOURCE_BYTES: usize = 1 << 20;
/// Compiler output kept for the user.
const MAX_COMPILE_OUTPUT: usize = 64 * 1024;
/// Program output kept in a run report.
const MAX_SHOWN_OUTPUT: usize = 1 << 20;

#[derive(Debug, thiserror::Error)]
pub enum JudgeError {
    #[error("unknown language {0:?} (configured: {1})")]
    UnknownLanguage(String, String),
    #[error("{0}")]
    BadSource(String),
    #[error("the {0} toolchain is not installed here: {1}")]
    MissingToolchain(String, String),
    #[error(transparent)]
    Sandbox(#[from] sandbox::SandboxError),
}

/// The `codemint run --json` object.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    /// `ok`, `compile_error`, `runtime_error`, `time_limit`, `wall_time_limit`,
    /// `memory_limit`, `output_limit`, `syscall_denied` or `internal_error`.
    pub status: String,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    /// CPU time.
    pub time_ms: u64,
    pub wall_ms: u64,
    /// Peak memory.
    pub memory_kb: u64,
    pub stdout: String,
    pub stderr: String,
    pub compile_output: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    AC,
    WA,
    TLE,
    MLE,
    RE,
    CE,
    OLE,
    SE,
    IE,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub name: String,
    pub verdict: Verdict,
    pub time_ms: u64,
    pub memory_kb: u64,
    /// What the program printed, for sample tests only (hidden tests' outputs
    /// would reveal their answers), cut at 64 KiB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// Progress of one judging, for live status.
#[derive(Debug, Clone)]
pub enum Progress<'a> {
    /// Compiled; `total` tests are about to run.
    Compiled { total: usize },
    /// Test `index` (from 0) finished.
    Tested {
        index: usize,
        report: &'a TestReport,
    },
}

/// Sample output kept in a report.
const MAX_SAMPLE_OUTPUT: usize = 64 * 1024;

/// The `codemint judge --json` object.
#[derive(Debug, Clone, Serialize)]
pub struct JudgeReport {
    pub verdict: Verdict,
    /// Percentage of tests passed (0-100).
    pub score: f64,
    /// Slowest test (CPU).
    pub time_ms: u64,
    /// Largest peak memory.
    pub memory_kb: u64,
    pub tests: Vec<TestReport>,
    pub compile_output: String,
}

/// A compiled program: the files its runs need.
#[derive(Debug, Clone)]
pub struct Program {
    pub files: Vec<BoxFile>,
}

pub struct Judge {
    sandbox: Sandbox,
    languages: Languages,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Ok => "ok",
        Status::RuntimeError => "runtime_error",
        Status::TimeLimit => "time_limit",
        Status::WallTimeLimit => "wall_time_limit",
        Status::MemoryLimit => "memory_limit",
        Status::OutputLimit => "output_limit",
        Status::SyscallDenied => "syscall_denied",
        Status::InternalError => "internal_error",
    }
}

fn text(bytes: &[u8], max: usize) -> String {
    String::from_utf8_lossy(&bytes[..bytes.len().min(max)]).into_owned()
}

/// What a compile ended with.
pub enum Compiled {
    Ok(Program),
    /// The user's error: the compiler's output.
    Error(String),
}

impl Judge {
    pub fn new(sandbox: Sandbox, languages: Languages) -> Judge {
        Judge { sandbox, languages }
    }

    pub fn languages(&self) -> &Languages {
        &self.languages
    }

    pub fn language(&self, id: &str) -> Result<&Language, JudgeError> {
        let lang = self.languages.get(id).ok_or_else(|| {
            JudgeError::UnknownLanguage(id.to_string(), self.languages.ids().join(", "))
        })?;
        if let Some(why) = &lang.missing {
            return Err(JudgeError::MissingToolchain(
                id.to_string(),
                format!("{why}; install with: {}", lang.install),
            ));
        }
        Ok(lang)
    }

    /// Compile (or syntax-check) `code` in the sandbox with the compile limits.
    pub fn compile(&self, lang: &Language, code: &[u8]) -> Result<Compiled, JudgeError> {
        if code.len() > MAX_SOURCE_BYTES {
            return Err(JudgeError::BadSource(format!(
                "source is {} bytes, at most {MAX_SOURCE_BYTES}",
                code.len()
            )));
        }
        if code.iter().all(u8::is_ascii_whitespace) {
            return Err(JudgeError::BadSource("source is empty".into()));
        }
        let source = BoxFile {
            path: lang.source.clone(),
            data: code.to_vec(),
            executable: false,
        };
        let Some(compile) = &lang.compile else {
            return Ok(Compiled::Ok(Program {
                files: vec![source],
            }));
        };
        let spec = RunSpec {
            argv: compile.clone(),
            env: lang.env.clone(),
            files: vec![source.clone()],
            ro_mounts: lang.mounts.clone(),
            limits: Limits {
                cpu_ms: 20_000,
                wall_ms: 40_000,
                memory_bytes: 1536 << 20,
                max_processes: 256,
                output_bytes: 1 << 20,
                file_size_bytes: 256 << 20,
                open_files: 512,
            },
            copy_out: lang.artifacts.clone(),
            ..RunSpec::default()
        };
        let out = self.sandbox.run(&spec)?;
        let mut output = text(&out.stdout, MAX_COMPILE_OUTPUT);
        output.push_str(&text(&out.stderr, MAX_COMPILE_OUTPUT));
        match out.status {
            Status::Ok if lang.artifacts.is_empty() => Ok(Compiled::Ok(Program {
                files: vec![source],
            })),
            Status::Ok if !out.files.is_empty() => Ok(Compiled::Ok(Program { files: out.files })),
            Status::Ok => Ok(Compiled::Error(format!(
                "{output}\n(the compiler produced no program)"
            ))),
            Status::TimeLimit | Status::WallTimeLimit => Ok(Compiled::Error(format!(
                "{output}\ncompilation took too long"
            ))),
            Status::MemoryLimit => Ok(Compiled::Error(format!(
                "{output}\ncompilation used too much memory"
            ))),
            Status::OutputLimit => Ok(Compiled::Error(format!(
                "{output}\ncompiler output or program too large"
            ))),
            Status::InternalError => Err(JudgeError::Sandbox(sandbox::SandboxError::Init(
                out.error
                    .unwrap_or_else(|| "compile failed inside the sandbox".into()),
            ))),
            _ => Ok(Compiled::Error(output)),
        }
    }

    /// Run a compiled program once.
    pub fn execute(
        &self,
        lang: &Language,
        program: &Program,
        args: &[String],
        extra_files: Vec<BoxFile>,
        stdin: Vec<u8>,
        limits: Limits,
    ) -> Result<Outcome, JudgeError> {
        let memory_mb = (limits.memory_bytes >> 20).to_string();
        let mut argv: Vec<String> = lang
            .run
            .iter()
            .map(|a| a.replace("{memory_mb}", &memory_mb))
            .collect();
        argv.extend_from_slice(args);
        let mut files = program.files.clone();
        files.extend(extra_files);
        let spec = RunSpec {
            argv,
            env: lang.env.clone(),
            stdin,
            files,
            ro_mounts: lang.mounts.clone(),
            limits: Limits {
                memory_bytes: limits.memory_bytes + (lang.memory_extra_mb << 20),
                max_processes: lang.max_processes.unwrap_or(limits.max_processes),
                ..limits
            },
            copy_out: vec![],
        };
        Ok(self.sandbox.run(&spec)?)
    }

    /// Whether the language's toolchain runs where programs run: its
    /// `version` command in the sandbox, with the language's mounts and
    /// environment (a compiler on the host's PATH but outside the mounts is
    /// missing). The version line, or why not.
    pub fn probe(&self, lang: &Language) -> Result<String, String> {
        if let Some(m) = &lang.missing {
            return Err(m.clone());
        }
        let spec = RunSpec {
            argv: lang.version.clone(),
            env: lang.env.clone(),
            ro_mounts: lang.mounts.clone(),
            limits: Limits {
                cpu_ms: 10_000,
                wall_ms: 20_000,
                memory_bytes: 1 << 30,
                max_processes: 256,
                ..Limits::default()
            },
            ..RunSpec::default()
        };
        let out = self.sandbox.run(&spec).map_err(|e| e.to_string())?;
        if out.status == Status::InternalError {
            return Err(out.error.unwrap_or_else(|| "the sandbox failed".into()));
        }
        languages::first_line(out.status == Status::Ok, &out.stdout, &out.stderr)
    }

    /// `codemint run`: compile and run once with the given input.
    pub fn run(
        &self,
        lang_id: &str,
        code: &[u8],
        stdin: Vec<u8>,
        limits: Limits,
    ) -> Result<RunReport, JudgeError> {
        self.run_with(lang_id, code, stdin, limits, &mut || {})
    }

    /// [`Judge::run`], calling `compiled` between compiling and running.
    pub fn run_with(
        &self,
        lang_id: &str,
        code: &[u8],
        stdin: Vec<u8>,
        limits: Limits,
        compiled: &mut dyn FnMut(),
    ) -> Result<RunReport, JudgeError> {
        let lang = self.language(lang_id)?;
        let program = match self.compile(lang, code)? {
            Compiled::Ok(p) => p,
            Compiled::Error(compile_output) => {
                return Ok(RunReport {
                    status: "compile_error".into(),
                    exit_code: None,
                    signal: None,
                    time_ms: 0,
                    wall_ms: 0,
                    memory_kb: 0,
                    stdout: String::new(),
                    stderr: String::new(),
                    compile_output,
                });
            }
        };
        compiled();
        let out = self.execute(lang, &program, &[], vec![], stdin, limits)?;
        Ok(RunReport {
            status: status_name(out.status).into(),
            exit_code: out.exit_code,
            signal: out.signal,
            time_ms: out.cpu_ms,
            wall_ms: out.wall_ms,
            memory_kb: out.memory_kb,
            stdout: text(&out.stdout, MAX_SHOWN_OUTPUT),
            stderr: text(&out.stderr, MAX_SHOWN_OUTPUT),
            compile_output: String::new(),
        })
    }

    /// Judge `code` against every test of `problem` (samples first). With
    /// `stop_at_first_failure`, the remaining tests are not run.
    pub fn judge(
        &self,
        lang_id: &str,
        code: &[u8],
        problem: &ProblemSpec,
        stop_at_first_failure: bool,
    ) -> Result<JudgeReport, JudgeError> {
        self.judge_with(lang_id, code, problem, stop_at_first_failure, &mut |_| {})
    }

    /// [`Judge::judge`], reporting [`Progress`] as it goes.
    pub fn judge_with(
        &self,
        lang_id: &str,
        code: &[u8],
        problem: &ProblemSpec,
        stop_at_first_failure: bool,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<JudgeReport, JudgeError> {
        let lang = self.language(lang_id)?;
        let program = match self.compile(lang, code)? {
            Compiled::Ok(p) => p,
            Compiled::Error(compile_output) => {
                return Ok(JudgeReport {
                    verdict: Verdict::CE,
                    score: 0.0,
                    time_ms: 0,
                    memory_kb: 0,
                    tests: vec![],
                    compile_output,
                });
            }
        };
        // Only a program that compiled needs the checker.
        let checker = self.custom_checker(problem)?;
        let limits = Limits {
            cpu_ms: u64::from(problem.time_limit_ms),
            wall_ms: u64::from(problem.time_limit_ms) * 3 + 2000,
            memory_bytes: u64::from(problem.memory_mb) << 20,
            ..Limits::default()
        };
        let tests: Vec<_> = problem.samples.iter().chain(&problem.hidden).collect();
        let mut reports = Vec::new();
        let mut verdict = Verdict::AC;
        progress(Progress::Compiled { total: tests.len() });
        for (index, test) in tests.iter().enumerate() {
            let out = self.execute(
                lang,
                &program,
                &[],
                vec![],
                test.input.as_bytes().to_vec(),
                limits,
            )?;
            let v = match out.status {
                Status::Ok => {
                    let output = String::from_utf8_lossy(&out.stdout);
                    let ok = match (&problem.checker, &checker) {
                        (Checker::Custom { .. }, Some((clang, cprog))) => {
                            self.run_checker(clang, cprog, &test.input, &test.answer, &out.stdout)?
                        }
                        (c, _) => Some(accepts(c, &output, &test.answer)),
                    };
                    match ok {
                        Some(true) => Verdict::AC,
                        Some(false) => Verdict::WA,
                        None => Verdict::IE,
                    }
                }
                Status::RuntimeError => Verdict::RE,
                Status::TimeLimit | Status::WallTimeLimit => Verdict::TLE,
                Status::MemoryLimit => Verdict::MLE,
                Status::OutputLimit => Verdict::OLE,
                Status::SyscallDenied => Verdict::SE,
                Status::InternalError => Verdict::IE,
            };
            reports.push(TestReport {
                name: test.name.clone(),
                verdict: v,
                time_ms: out.cpu_ms,
                memory_kb: out.memory_kb,
                output: (index < problem.samples.len())
                    .then(|| text(&out.stdout, MAX_SAMPLE_OUTPUT)),
            });
            progress(Progress::Tested {
                index,
                report: reports.last().expect("just pushed"),
            });
            if v != Verdict::AC && verdict == Verdict::AC {
                verdict = v;
                if stop_at_first_failure {
                    break;
                }
            }
        }
        let passed = reports.iter().filter(|t| t.verdict == Verdict::AC).count();
        Ok(JudgeReport {
            verdict,
            score: if tests.is_empty() {
                0.0
            } else {
                (passed * 100) as f64 / tests.len() as f64
            },
            time_ms: reports.iter().map(|t| t.time_ms).max().unwrap_or(0),
            memory_kb: reports.iter().map(|t| t.memory_kb).max().unwrap_or(0),
            tests: reports,
            compile_output: String::new(),
        })
    }

    /// Compile the problem's custom checker (Kattis output validator), if any.
    fn custom_checker(
        &self,
        problem: &ProblemSpec,
    ) -> Result<Option<(Language, Program)>, JudgeError> {
        let Checker::Custom { name } = &problem.checker else {
            return Ok(None);
        };
        let prefix = format!("output_validators/{name}/");
        let source = problem
            .attachments
            .iter()
            .find(|a| a.path.starts_with(&prefix) && self.languages.for_file(&a.path).is_some())
            .ok_or_else(|| JudgeError::BadSource(format!("no checker program under {prefix}")))?;
        let lang = self
            .languages
            .for_file(&source.path)
            .cloned()
            .ok_or_else(|| {
                JudgeError::BadSource(format!("no language for checker {}", source.path))
            })?;
        match self.compile(&lang, &source.data)? {
            Compiled::Ok(p) => Ok(Some((lang, p))),
            Compiled::Error(e) => Err(JudgeError::BadSource(format!(
                "the checker does not compile: {e}"
            ))),
        }
    }

    /// Kattis convention: `checker input answer feedback_dir < output`; exit 42
    /// accepts, 43 rejects, anything else is a judge error (`None`).
    fn run_checker(
        &self,
        lang: &Language,
        program: &Program,
        input: &str,
        answer: &str,
        output: &[u8],
    ) -> Result<Option<bool>, JudgeError> {
        let files = vec![
            BoxFile {
                path: "judge_in".into(),
                data: input.as_bytes().to_vec(),
                executable: false,
            },
            BoxFile {
                path: "judge_ans".into(),
                data: answer.as_bytes().to_vec(),
                executable: false,
            },
            BoxFile {
                path: "feedback/.keep".into(),
                data: vec![],
                executable: false,
            },
        ];
        let args = ["judge_in", "judge_ans", "feedback/"].map(String::from);
        let limits = Limits {
            cpu_ms: 10_000,
            wall_ms: 20_000,
            ..Limits::default()
        };
        let out = self.execute(lang, program, &args, files, output.to_vec(), limits)?;
        Ok(match (out.status, out.exit_code) {
            (Status::Ok | Status::RuntimeError, Some(42)) => Some(true),
            (Status::Ok | Status::RuntimeError, Some(43)) => Some(false),
            _ => None,
        })
    }
}
