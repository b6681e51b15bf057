//! Linux isolation for untrusted programs. No HTTP, no database, no judge logic:
//! one [`RunSpec`] (program, files, [`Limits`]) in, one [`Outcome`] out.
//!
//! How a run is isolated (see `init.rs` for the code and the reasons):
//!
//! ```text
//! host (any thread) ──spawn──▶ init (fresh single-threaded process, root)
//!                              │ cgroup: memory, pids, CPU accounting
//!                              │ unshare: mount, pid, net, ipc, uts, cgroup
//!                              └─fork─▶ P1 (pid 1 of the new pid namespace)
//!                                       │ tmpfs root + read-only binds, /proc,
//!                                       │ /dev nodes, tmpfs /tmp and /box, pivot_root
//!                                       └─fork─▶ program: rlimits, uid 65534,
//!                                                no_new_privs, seccomp, execve
//! ```
//!
//! When P1 exits the kernel kills everything left in the pid namespace, so
//! nothing a program starts survives its run. The host never touches a path
//! inside the box: files come out through P1, which opens them with
//! `O_NOFOLLOW` relative to the box and copies only regular files.

mod cgroup;
pub mod init;
mod protocol;
mod seccomp;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

/// Every limit of one run, applied in one place (`init.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// CPU time of all processes of the run together.
    pub cpu_ms: u64,
    /// Wall-clock time, for programs that sleep or wait on input.
    pub wall_ms: u64,
    /// Memory of all processes together (cgroup), including tmpfs pages they write.
    pub memory_bytes: u64,
    pub max_processes: u64,
    /// stdout + stderr bytes; more is `output_limit`.
    pub output_bytes: u64,
    /// Largest file a process may write (RLIMIT_FSIZE); also the size of /box and /tmp.
    pub file_size_bytes: u64,
    pub open_files: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cpu_ms: 2_000,
            wall_ms: 5_000,
            memory_bytes: 256 << 20,
            max_processes: 64,
            output_bytes: 16 << 20,
            file_size_bytes: 64 << 20,
            open_files: 256,
        }
    }
}

/// A file put into (or taken out of) the box's work directory `/box`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoxFile {
    /// Relative to `/box`, no `..`.
    pub path: String,
    #[serde(skip)]
    pub data: Vec<u8>,
    pub executable: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RunSpec {
    pub argv: Vec<String>,
    pub env: Vec<String>,
    #[serde(skip)]
    pub stdin: Vec<u8>,
    pub files: Vec<BoxFile>,
    /// Host paths visible read-only at the same place inside the box.
    pub ro_mounts: Vec<PathBuf>,
    pub limits: Limits,
    /// Files of `/box` to hand back after the run (regular files only);
    /// `*.ext` stands for every top-level file ending in `.ext`.
    pub copy_out: Vec<String>,
}

/// How a run ended (the `status` of `codemint run --json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    RuntimeError,
    TimeLimit,
    WallTimeLimit,
    MemoryLimit,
    OutputLimit,
    SyscallDenied,
    InternalError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub status: Status,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kb: u64,
    #[serde(skip)]
    pub stdout: Vec<u8>,
    #[serde(skip)]
    pub stderr: Vec<u8>,
    /// Copied out of `/box` (their bytes travel after the header).
    pub files: Vec<BoxFile>,
    /// Why the sandbox itself failed (`internal_error`), for operators.
    pub error: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error(
        "refusing to run untrusted code: the sandbox needs root (user namespaces alone are not supported yet); \
         run codemint as root or in a container with CAP_SYS_ADMIN"
    )]
    NotPrivileged,
    #[error("refusing to run untrusted code: {0}")]
    Unsupported(String),
    #[error("sandbox init failed: {0}")]
    Init(String),
    #[error("invalid run: {0}")]
    Invalid(String),
}

/// Runs programs in isolation. Holds only the path of the init executable (our
/// own binary, re-executed in its `__sandbox-init` role, or the crate's test
/// binary), so it is cheap to clone and share across threads.
#[derive(Debug, Clone)]
pub struct Sandbox {
    init_exe: PathBuf,
    init_args: Vec<String>,
}

impl Sandbox {
    /// Check that this host can isolate programs (C5) and remember how to start init.
    pub fn new(init_exe: PathBuf, init_args: Vec<String>) -> Result<Sandbox, SandboxError> {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Err(SandboxError::NotPrivileged);
        }
        if !seccomp::supported() {
            return Err(SandboxError::Unsupported(format!(
                "no seccomp filter for the {} architecture",
                std::env::consts::ARCH
            )));
        }
        cgroup::detect().map_err(SandboxError::Unsupported)?;
        Ok(Sandbox {
            init_exe,
            init_args,
        })
    }

    /// Run one program to completion. Errors mean the sandbox could not be
    /// trusted to run it (nothing ran unsandboxed); a program's own failure is an
    /// [`Outcome`] with a status.
    pub fn run(&self, spec: &RunSpec) -> Result<Outcome, SandboxError> {
        validate(spec)?;
        let mut child = Command::new(&self.init_exe)
            .args(&self.init_args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env_clear()
            .spawn()
            .map_err(|e| {
                SandboxError::Init(format!("cannot start {}: {e}", self.init_exe.display()))
            })?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| SandboxError::Init("no stdin".into()))?;
        let mut stdout = child
            .stdout
            .take()
            .ok_or_else(|| SandboxError::Init("no stdout".into()))?;
        let mut stderr = child
            .stderr
            .take()
            .ok_or_else(|| SandboxError::Init("no stderr".into()))?;
        // Write the request on a thread: init may answer before reading it all
        // if it fails early, and a full pipe must not deadlock us.
        let request = protocol::encode_spec(spec);
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&request);
        });
        let mut answer = Vec::new();
        let read = stdout.read_to_end(&mut answer);
        let mut diag = String::new();
        let _ = stderr.read_to_string(&mut diag);
        let _ = writer.join();
        let status = child
            .wait()
            .map_err(|e| SandboxError::Init(e.to_string()))?;
        read.map_err(|e| SandboxError::Init(e.to_string()))?;
        if !status.success() {
            return Err(SandboxError::Init(format!(
                "init exited with {status}: {}",
                diag.trim()
            )));
        }
        protocol::decode_outcome(&answer).map_err(SandboxError::Init)
    }
}

fn validate(spec: &RunSpec) -> Result<(), SandboxError> {
    if spec.argv.is_empty() {
        return Err(SandboxError::Invalid("empty command".into()));
    }
    let bad = |s: &str| s.contains('\0');
    if spec.argv.iter().any(|a| bad(a)) || spec.env.iter().any(|e| bad(e)) {
        return Err(SandboxError::Invalid(
            "NUL byte in the command or environment".into(),
        ));
    }
    // `*.ext` in copy_out is a suffix pattern; the rest must be plain paths.
    let copy_out = spec
        .copy_out
        .iter()
        .map(|p| p.strip_prefix('*').unwrap_or(p));
    for path in spec.files.iter().map(|f| f.path.as_str()).chain(copy_out) {
        if !protocol::is_box_path(path) {
            return Err(SandboxError::Invalid(format!(
                "{path:?} is not a plain relative path"
            )));
        }
    }
    for m in &spec.ro_mounts {
        if !m.is_absolute() || m.components().any(|c| c == std::path::Component::ParentDir) {
            return Err(SandboxError::Invalid(format!(
                "mount {} must be absolute",
                m.display()
            )));
        }
    }
    Ok(())
}
