//! Linux isolation for untrusted programs. No HTTP, no database, no judge logic:
//! one [`RunSpec`] (program, files, [`Limits`]) in, one [`Outcome`] out.
//!
//! How a run is isolated (`init.rs` and `inside.rs` have the code and the reasons):
//!
//! ```text
//! host (any thread) ──spawn──▶ init (fresh single-threaded process, root)
//!   frames on stdin/stdout     │ unshare: pid, net, ipc, uts
//!                              └─fork─▶ P1 (pid 1 of the new pid namespace)
//!                                       │ own mount namespace: tmpfs root +
//!                                       │ read-only binds, /proc, /dev nodes,
//!                                       │ pivot_root — once per box
//!                                       │ per run: fresh tmpfs /box /tmp /dev/shm,
//!                                       │ fresh IPC namespace, a fresh cgroup
//!                                       └─fork─▶ program: joins the run's cgroup,
//!                                                rlimits, uid 65534, no_new_privs,
//!                                                seccomp, execve
//! ```
//!
//! A box serves many runs (warm: `pool.rs`): after each, P1 kills every other
//! process of its pid namespace and the next run gets fresh writable
//! directories and IPC, so nothing a program starts or leaves survives its
//! run. The host never touches a path inside the box: files come out through
//! P1, which opens them with `openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS)`
//! relative to the box and copies only regular files.

mod cgroup;
mod credentials;
pub mod init;
mod inside;
mod pool;
mod protocol;
mod seccomp;
mod tamper;

use std::path::PathBuf;
use std::sync::Arc;

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
        "refusing to run untrusted code: the sandbox needs root or unprivileged user namespaces, \
         and this process has neither ({0}); run codemint as root, in a container with CAP_SYS_ADMIN, \
         or enable user namespaces (sysctl user.max_user_namespaces, kernel.unprivileged_userns_clone)"
    )]
    NotPrivileged(String),
    #[error("refusing to run untrusted code: {0}")]
    Unsupported(String),
    #[error("sandbox init failed: {0}")]
    Init(String),
    #[error("invalid run: {0}")]
    Invalid(String),
}

/// Runs programs in isolation. Cheap to clone: clones share one pool of warm
/// boxes (see `pool.rs`); the boxes end when the last clone is dropped.
#[derive(Clone)]
pub struct Sandbox {
    init_exe: PathBuf,
    init_args: Vec<String>,
    pool: Arc<pool::Pool>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("init_exe", &self.init_exe)
            .field("idle_boxes", &self.pool.idle())
            .finish()
    }
}

impl Sandbox {
    /// Check that this host can isolate programs (C5) and remember how to start
    /// init (our own binary in its `__sandbox-init` role, or the crate's test
    /// binary). Keeps up to two idle boxes per core (at least 8) for reuse.
    pub fn new(init_exe: PathBuf, init_args: Vec<String>) -> Result<Sandbox, SandboxError> {
        if !seccomp::supported() {
            return Err(SandboxError::Unsupported(format!(
                "no seccomp filter for the {} architecture",
                std::env::consts::ARCH
            )));
        }
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            user_namespaces_work().map_err(SandboxError::NotPrivileged)?;
        }
        cgroup::Layout::find().map_err(SandboxError::Unsupported)?;
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(Sandbox {
            init_exe,
            init_args,
            pool: Arc::new(pool::Pool::new((2 * cores).max(8))),
        })
    }

    /// The same sandbox keeping at most `n` idle boxes (0: every run builds
    /// and ends its own box — a cold run).
    pub fn with_warm_boxes(self, n: usize) -> Sandbox {
        Sandbox {
            pool: Arc::new(pool::Pool::new(n)),
            ..self
        }
    }

    /// Boxes built so far, and boxes idle now (for tests and metrics).
    pub fn boxes(&self) -> (u64, usize) {
        (self.pool.started(), self.pool.idle())
    }

    /// Run one program to completion, in a warm box built for the same mounts
    /// when one is idle. Errors mean the sandbox could not be trusted to run it
    /// (nothing ran unsandboxed); a program's own failure is an [`Outcome`]
    /// with a status.
    pub fn run(&self, spec: &RunSpec) -> Result<Outcome, SandboxError> {
        validate(spec)?;
        let request = protocol::encode_spec(spec);
        if request.len() as u64 > protocol::MAX_FRAME {
            return Err(SandboxError::Invalid(format!(
                "stdin and files are {} bytes together, at most {}",
                request.len(),
                protocol::MAX_FRAME
            )));
        }
        let mut warm = self.pool.take(&spec.ro_mounts);
        loop {
            let reused = warm.is_some();
            let mut b = match warm.take() {
                Some(b) => b,
                None => self
                    .pool
                    .start(&self.init_exe, &self.init_args, &spec.ro_mounts)?,
            };
            match b.run(&request) {
                Ok((outcome, reusable)) => {
                    if reusable {
                        self.pool.put(b);
                    }
                    return Ok(outcome);
                }
                // An idle box can die (its init killed from outside): runs
                // have no effects outside their box, so try once on a new one.
                Err(_) if reused => continue,
                Err(e) => return Err(SandboxError::Init(e)),
            }
        }
    }
}

/// Whether this process may make a user namespace (without root, the box's
/// other namespaces and mounts need one): tried in a child, which exits.
fn user_namespaces_work() -> Result<(), String> {
    // SAFETY: the child only makes syscalls (unshare, _exit) before exiting,
    // so forking a multi-threaded process is safe here.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        // SAFETY: see above.
        unsafe {
            let ok = libc::unshare(libc::CLONE_NEWUSER) == 0;
            libc::_exit(if ok { 0 } else { *libc::__errno_location() });
        }
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    match libc::WEXITSTATUS(status) {
        0 if libc::WIFEXITED(status) => Ok(()),
        code => Err(format!(
            "not root, and unshare(CLONE_NEWUSER) failed: {}",
            std::io::Error::from_raw_os_error(code)
        )),
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
