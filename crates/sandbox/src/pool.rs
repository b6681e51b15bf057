//! Warm boxes: the host's side. A box is one init process (and its P1) that
//! has built a root for one set of read-only mounts and serves run after run;
//! building it (namespaces, mounts, pivot_root) is most of what a cold run
//! costs, so boxes go back to an idle list after a clean run and the next run
//! with the same mounts takes one. A box that could not be made clean (its P1
//! died, its cgroup would not empty, a reset failed) is never returned.

use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::{Outcome, SandboxError, protocol};

/// One running init and the pipes to it.
pub(crate) struct BoxProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: ChildStdout,
    mounts: Vec<PathBuf>,
}

impl BoxProcess {
    pub(crate) fn start(
        exe: &Path,
        args: &[String],
        mounts: &[PathBuf],
    ) -> Result<BoxProcess, SandboxError> {
        let mut child = Command::new(exe)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // Init's own complaints (a request it cannot read) go to our stderr.
            .stderr(Stdio::inherit())
            .env_clear()
            .spawn()
            .map_err(|e| SandboxError::Init(format!("cannot start {}: {e}", exe.display())))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(SandboxError::Init("no pipes to the sandbox init".into()));
        };
        Ok(BoxProcess {
            child,
            stdin: Some(stdin),
            stdout,
            mounts: mounts.to_vec(),
        })
    }

    /// Send one request frame and read the outcome, and whether the box can
    /// serve again. An error is the box's failure, never the program's.
    pub(crate) fn run(&mut self, request: &[u8]) -> Result<(Outcome, bool), String> {
        let stdin = self.stdin.as_mut().ok_or("the box is closed")?;
        protocol::write_frame(stdin, request)
            .map_err(|e| format!("cannot send the run to the box: {e}"))?;
        let reply = protocol::read_frame(&mut self.stdout)
            .map_err(|e| format!("cannot read the box's answer: {e}"))?
            .ok_or_else(|| match self.child.try_wait() {
                Ok(Some(status)) => format!("the sandbox init exited with {status}"),
                _ => "the sandbox init closed its output".to_string(),
            })?;
        let (reusable, outcome) = reply.split_first().ok_or("an empty answer")?;
        Ok((protocol::decode_outcome(outcome)?, *reusable == 1))
    }
}

impl Drop for BoxProcess {
    /// Closing stdin tells init to end the box (it kills P1 and with it the
    /// pid namespace); wait for that, so no box outlives its handle.
    fn drop(&mut self) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => return,
                Ok(None) => std::thread::sleep(Duration::from_millis(1)),
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Idle boxes, most recently used last.
#[derive(Default)]
pub(crate) struct Pool {
    idle: Mutex<Vec<BoxProcess>>,
    capacity: usize,
    started: AtomicU64,
}

impl Pool {
    pub(crate) fn new(capacity: usize) -> Pool {
        Pool {
            capacity,
            ..Pool::default()
        }
    }

    /// An idle box built for exactly these mounts.
    pub(crate) fn take(&self, mounts: &[PathBuf]) -> Option<BoxProcess> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let i = idle.iter().rposition(|b| b.mounts == mounts)?;
        Some(idle.remove(i))
    }

    pub(crate) fn start(
        &self,
        exe: &Path,
        args: &[String],
        mounts: &[PathBuf],
    ) -> Result<BoxProcess, SandboxError> {
        self.started.fetch_add(1, Ordering::Relaxed);
        BoxProcess::start(exe, args, mounts)
    }

    /// Keep a box for later; past the capacity the least recently used goes
    /// (dropped outside the lock: ending a box waits for its init).
    pub(crate) fn put(&self, b: BoxProcess) {
        let evicted = {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            idle.push(b);
            (idle.len() > self.capacity).then(|| idle.remove(0))
        };
        drop(evicted);
    }

    pub(crate) fn idle(&self) -> usize {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub(crate) fn started(&self) -> u64 {
        self.started.load(Ordering::Relaxed)
    }
}
