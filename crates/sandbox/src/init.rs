//! The sandbox's init: a fresh, single-threaded process (so forking and
//! allocating after fork is safe) that owns one box and serves run after run
//! in it. Entered through [`main`] from the binary's hidden `__sandbox-init`
//! role; reads request frames on stdin and answers each with an [`Outcome`]
//! frame on stdout (a leading byte says whether the box can serve again).
//!
//! The box is built once, by P1 (`inside.rs`), at the first request. Per run,
//! init makes a fresh cgroup, hands P1 the run's stdin, stdout and stderr and
//! the cgroup's `cgroup.procs` files over a unix socket, enforces the wall,
//! CPU and output limits while reading the output, and removes the cgroup.

use std::io::Write;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::cgroup::{Cgroup, Layout, Usage};
use crate::{BoxFile, Limits, Outcome, RunSpec, Status, inside, protocol};

pub fn main() -> ! {
    // No PR_SET_PDEATHSIG here: it follows the *thread* that started us, and
    // hosts start boxes from pool threads that come and go. A closed stdin is
    // how init learns that its host is gone (killed with -9 included).
    let mut stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    let mut warden: Option<Warden> = None;
    loop {
        let request = match protocol::read_frame(&mut stdin) {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => {
                eprintln!("codemint sandbox init: cannot read the request: {e}");
                break;
            }
        };
        let (outcome, reusable) = match protocol::decode_spec(&request) {
            Ok(spec) => serve(&mut warden, &spec),
            Err(e) => (internal(format!("bad request: {e}")), false),
        };
        drop(request);
        let mut reply = vec![u8::from(reusable)];
        reply.extend(protocol::encode_outcome(&outcome));
        if protocol::write_frame(&mut stdout, &reply).is_err() || !reusable {
            break;
        }
        drop((reply, outcome));
        // Cgroup work off the host's clock: the finished run's group goes,
        // the next one's is made while the box waits.
        if let Some(w) = warden.as_mut() {
            w.tidy();
        }
    }
    if let Some(w) = warden {
        w.stop();
    }
    std::process::exit(0);
}

fn internal(error: String) -> Outcome {
    Outcome {
        status: Status::InternalError,
        exit_code: None,
        signal: None,
        cpu_ms: 0,
        wall_ms: 0,
        memory_kb: 0,
        stdout: vec![],
        stderr: vec![],
        files: vec![],
        error: Some(error),
    }
}

pub(crate) fn check(rc: libc::c_int, what: &str) -> Result<(), String> {
    if rc < 0 {
        Err(format!("{what}: {}", std::io::Error::last_os_error()))
    } else {
        Ok(())
    }
}

pub(crate) fn pipe() -> Result<(OwnedFd, OwnedFd), String> {
    let mut fds = [0; 2];
    // SAFETY: fds is a valid array of two ints.
    check(
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        "pipe2",
    )?;
    // SAFETY: pipe2 just returned these two fresh descriptors.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// What P1 tells init after each run.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Report {
    /// errno of a failed execve, or a setup failure of this run.
    pub setup_error: Option<String>,
    /// False when P1 could not put the box back in order: do not reuse it.
    pub box_ok: bool,
    pub wait_status: i32,
    pub wall_ns: u64,
    pub files: Vec<BoxFile>,
    pub file_errors: Vec<String>,
}

/// Why init killed the run.
#[derive(Debug, Default)]
struct Kills {
    wall: bool,
    cpu: bool,
    output: bool,
}

/// Init's side of a box: P1 (pid 1 of the box's pid namespace) and the
/// socket to it.
struct Warden {
    p1: i32,
    sock: OwnedFd,
    mounts: Vec<std::path::PathBuf>,
    /// Where the runs' groups are made.
    layout: Layout,
    /// The finished run's group, removed after the answer went out.
    done: Option<Cgroup>,
    /// The next run's group, made ahead.
    next: Option<Cgroup>,
}

/// A fresh group name: init's pid plus the time, so a stale group left by a
/// crashed init can never collide with a new one (and is swept once that pid
/// is gone).
fn new_cgroup(layout: &Layout) -> Result<Cgroup, String> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Cgroup::create(layout, &format!("run-{}-{nanos}", std::process::id()))
}

fn serve(slot: &mut Option<Warden>, spec: &RunSpec) -> (Outcome, bool) {
    // P1 ends a box it could not clean after the last answer went out; leave
    // without answering, so the host retries on a new box.
    if slot.as_ref().is_some_and(|w| !w.alive()) {
        std::process::exit(0);
    }
    if let Some(w) = slot.as_ref().filter(|w| w.mounts != spec.ro_mounts) {
        let error = format!(
            "this box mounts {:?}, the run asks for {:?}",
            w.mounts, spec.ro_mounts
        );
        return (internal(error), false);
    }
    let warden = match slot {
        Some(w) => w,
        None => match Warden::start(&spec.ro_mounts) {
            Ok(w) => slot.insert(w),
            Err(e) => return (internal(e), false),
        },
    };
    warden.run(spec)
}

impl Warden {
    /// New pid, network, IPC and UTS namespaces (and, without root, a user
    /// namespace that owns them), and P1 inside them building the box's root;
    /// returns once the box is ready.
    fn start(mounts: &[std::path::PathBuf]) -> Result<Warden, String> {
        // SAFETY: geteuid has no preconditions.
        let rootless = unsafe { libc::geteuid() } != 0;
        let layout = Layout::find()?;
        if rootless {
            enter_user_namespace()?;
        }
        let flags =
            libc::CLONE_NEWPID | libc::CLONE_NEWNET | libc::CLONE_NEWIPC | libc::CLONE_NEWUTS;
        // SAFETY: unshare only changes this (single-threaded) process's namespaces.
        check(unsafe { libc::unshare(flags) }, "unshare")?;
        let mut pair = [0; 2];
        // SAFETY: a valid array of two ints.
        check(
            unsafe {
                libc::socketpair(
                    libc::AF_UNIX,
                    libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
                    0,
                    pair.as_mut_ptr(),
                )
            },
            "socketpair",
        )?;
        // SAFETY: socketpair just returned these two descriptors.
        let (ours, theirs) =
            unsafe { (OwnedFd::from_raw_fd(pair[0]), OwnedFd::from_raw_fd(pair[1])) };
        // SAFETY: init is single-threaded, so the child may allocate freely.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(format!("fork: {}", std::io::Error::last_os_error()));
        }
        if pid == 0 {
            drop(ours);
            inside::main(theirs, mounts, rootless);
        }
        drop(theirs);
        let warden = Warden {
            p1: pid,
            sock: ours,
            mounts: mounts.to_vec(),
            layout,
            done: None,
            next: None,
        };
        // P1's first frame: empty when the box is built, else why not.
        match protocol::read_frame(&mut *warden.stream()) {
            Ok(Some(m)) if m.is_empty() => Ok(warden),
            Ok(Some(m)) => {
                let why = String::from_utf8_lossy(&m).into_owned();
                warden.stop();
                Err(why)
            }
            _ => {
                warden.stop();
                Err("the box's init died while building the box".into())
            }
        }
    }

    fn alive(&self) -> bool {
        let mut status = 0;
        // SAFETY: polling our own child without blocking.
        unsafe { libc::waitpid(self.p1, &mut status, libc::WNOHANG) == 0 }
    }

    fn stream(&self) -> std::mem::ManuallyDrop<std::fs::File> {
        // SAFETY: a borrowed view of our socket; ManuallyDrop never closes it.
        std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(self.sock.as_raw_fd()) })
    }

    fn stop(mut self) {
        // SAFETY: p1 is our child; killing it ends its pid namespace.
        unsafe { libc::kill(self.p1, libc::SIGKILL) };
        reap(self.p1);
        for cg in [self.done.take(), self.next.take()].into_iter().flatten() {
            cg.destroy();
        }
    }

    fn tidy(&mut self) {
        if let Some(cg) = self.done.take() {
            cg.destroy();
        }
        if self.next.is_none() {
            self.next = new_cgroup(&self.layout).ok();
        }
    }

    /// One run: returns its outcome and whether the box can serve again.
    fn run(&mut self, spec: &RunSpec) -> (Outcome, bool) {
        let cg = match self
            .next
            .take()
            .map_or_else(|| new_cgroup(&self.layout), Ok)
        {
            Ok(cg) => cg,
            Err(e) => return (internal(format!("cgroup: {e}")), false),
        };
        if let Err(e) = cg.limit(spec.limits.memory_bytes, spec.limits.max_processes) {
            cg.destroy();
            return (internal(format!("cgroup: {e}")), false);
        }
        let result = self.supervise(spec, &cg);
        let usage = cg.usage();
        // P1 has reaped every process of the run; one still in the group
        // means the box cannot be trusted again.
        let emptied = cg.is_empty();
        self.done = Some(cg);
        match result {
            Ok((Some(report), kills, stdout, stderr, wall)) => {
                let reusable = report.box_ok && emptied;
                let outcome = classify(
                    spec.limits,
                    Some(report),
                    kills,
                    usage,
                    stdout,
                    stderr,
                    wall,
                );
                (outcome, reusable)
            }
            Ok((None, kills, stdout, stderr, wall)) => {
                // P1 died: the box is gone with it.
                let outcome = classify(spec.limits, None, kills, usage, stdout, stderr, wall);
                (outcome, false)
            }
            Err(e) => (internal(e), false),
        }
    }

    fn supervise(&self, spec: &RunSpec, cg: &Cgroup) -> Result<Supervised, String> {
        let stdin = stdin_memfd(&spec.stdin)?;
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let procs = cg.procs_files()?;
        let message = protocol::encode_spec_with_stdin(spec, &[]);
        let mut fds: Vec<RawFd> = vec![stdin.as_raw_fd(), out_w.as_raw_fd(), err_w.as_raw_fd()];
        fds.extend(procs.iter().map(|f| f.as_raw_fd()));
        let start = Instant::now();
        protocol::send_fds(
            self.sock.as_raw_fd(),
            &(message.len() as u64).to_le_bytes(),
            &fds,
        )?;
        (*self.stream())
            .write_all(&message)
            .map_err(|e| format!("cannot reach the box's init: {e}"))?;
        // Only P1 and the program hold the write ends now: EOF means they are gone.
        drop((out_w, err_w, stdin, procs, message));
        let (report, kills, stdout, stderr) = watch(
            spec.limits,
            cg,
            self.p1,
            start,
            [out_r, err_r],
            self.sock.as_raw_fd(),
        );
        Ok((report, kills, stdout, stderr, start.elapsed()))
    }
}

/// A user namespace of our own in which we are root (uid and gid 0 mapped to
/// ours; setgroups denied, as the kernel requires of an unprivileged writer).
/// The namespaces made after it belong to it, so P1 may mount in them; the
/// cgroups stay the host's, delegated to our uid (see `cgroup.rs`).
fn enter_user_namespace() -> Result<(), String> {
    // SAFETY: getuid/getgid have no preconditions.
    let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
    // SAFETY: unshare only changes this (single-threaded) process.
    check(
        unsafe { libc::unshare(libc::CLONE_NEWUSER) },
        "unshare user",
    )?;
    for (file, text) in [
        ("/proc/self/setgroups", "deny".to_string()),
        ("/proc/self/uid_map", format!("0 {uid} 1")),
        ("/proc/self/gid_map", format!("0 {gid} 1")),
        // Anyone in the namespace may write this map once: a program would
        // leave bytes there for the next run of the box. Ours comes first.
        ("/proc/self/projid_map", "0 0 1".to_string()),
    ] {
        std::fs::write(file, text).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(())
}

type Supervised = (Option<Report>, Kills, Vec<u8>, Vec<u8>, Duration);

fn reap(pid: i32) {
    let mut status = 0;
    // SAFETY: waiting on our own child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
}

fn stdin_memfd(data: &[u8]) -> Result<OwnedFd, String> {
    // SAFETY: a valid NUL-terminated name; the fd is owned below.
    let fd = unsafe { libc::memfd_create(c"stdin".as_ptr(), libc::MFD_CLOEXEC) };
    check(fd, "memfd_create")?;
    // SAFETY: fd was just created.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    file.write_all(data).map_err(|e| e.to_string())?;
    // SAFETY: rewinding our own fd.
    unsafe { libc::lseek(fd, 0, libc::SEEK_SET) };
    Ok(OwnedFd::from(file))
}

/// The report frame, once all of it has arrived.
fn complete_report(bytes: &[u8]) -> Option<&[u8]> {
    let len = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?);
    let end = usize::try_from(len.min(protocol::MAX_FRAME))
        .ok()?
        .checked_add(8)?;
    bytes.get(8..end)
}

/// Read the program's output and P1's report while enforcing wall, CPU and
/// output limits. A limit kills the run's cgroup (again on every tick, so a
/// process that joins it late dies too); P1 then reaps the rest and reports.
/// A host that goes away (stdin closed) takes the box with it.
fn watch(
    limits: Limits,
    cg: &Cgroup,
    p1: i32,
    start: Instant,
    fds: [OwnedFd; 2],
    sock: RawFd,
) -> (Option<Report>, Kills, Vec<u8>, Vec<u8>) {
    let mut bufs: [Vec<u8>; 3] = [vec![], vec![], vec![]];
    // stdout, stderr, P1's socket, the host's end of our stdin.
    let raw = [fds[0].as_raw_fd(), fds[1].as_raw_fd(), sock, 0];
    let mut open = [true, true, true, true];
    let mut kills = Kills::default();
    let mut chunk = vec![0u8; 64 * 1024];
    // Output can outlive every process for a moment (a descriptor in flight
    // on a unix socket until the kernel collects it): once P1 has reported,
    // wait at most a second for it. And however P1 fares, init gives up on
    // a run a few seconds past its wall limit (P1 killed, the box gone).
    let mut reported: Option<Instant> = None;
    let give_up = Duration::from_millis(limits.wall_ms) + Duration::from_secs(5);
    while open[0] || open[1] || open[2] {
        if reported.is_some_and(|t| t.elapsed() > Duration::from_secs(1)) {
            break;
        }
        if start.elapsed() > give_up {
            // SAFETY: p1 is our child.
            unsafe { libc::kill(p1, libc::SIGKILL) };
            break;
        }
        let mut pfds: Vec<libc::pollfd> = raw
            .iter()
            .zip(open)
            .filter(|(_, o)| *o)
            .map(|(fd, _)| libc::pollfd {
                fd: *fd,
                events: libc::POLLIN,
                revents: 0,
            })
            .collect();
        // SAFETY: pfds is a valid array of pollfd.
        unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 10) };
        for p in pfds.iter().filter(|p| p.revents != 0) {
            let i = raw.iter().position(|f| *f == p.fd).unwrap_or(0);
            if i == 3 {
                // The host never writes during a run: readable means closed.
                // SAFETY: p1 is our child; its death ends the box.
                unsafe { libc::kill(p1, libc::SIGKILL) };
                cg.kill();
                std::process::exit(0);
            }
            // SAFETY: reading into our own buffer from our own fd.
            let n = unsafe { libc::read(p.fd, chunk.as_mut_ptr().cast(), chunk.len()) };
            if n <= 0 {
                open[i] = false;
                continue;
            }
            let n = n as usize;
            let shown = (bufs[0].len() + bufs[1].len()) as u64;
            if i < 2 && shown + n as u64 > limits.output_bytes {
                // Keep what fits, then stop the run: the judge's memory stays bounded.
                let room = limits.output_bytes.saturating_sub(shown) as usize;
                bufs[i].extend_from_slice(&chunk[..room.min(n)]);
                kills.output = true;
            } else {
                bufs[i].extend_from_slice(&chunk[..n]);
            }
            if i == 2 && complete_report(&bufs[2]).is_some() {
                open[2] = false;
                reported = Some(Instant::now());
            } else if i == 2 && bufs[2].len() as u64 > protocol::MAX_FRAME + 8 {
                // Not a report P1 would send: the box is not to be trusted.
                bufs[2].clear();
                open[2] = false;
                // SAFETY: p1 is our child.
                unsafe { libc::kill(p1, libc::SIGKILL) };
            }
        }
        if open[2] {
            kills.wall |= start.elapsed() > Duration::from_millis(limits.wall_ms);
            // A little slack: RLIMIT_CPU is the exact per-process backstop.
            kills.cpu |= cg.cpu_ns() > limits.cpu_ms * 1_000_000 + 50_000_000;
            if kills.wall || kills.cpu || kills.output {
                cg.kill();
            }
        }
    }
    let [out, err, rep] = bufs;
    let report = complete_report(&rep).and_then(parse_report);
    (report, kills, out, err)
}

fn parse_report(bytes: &[u8]) -> Option<Report> {
    let (mut report, mut r): (Report, _) = protocol::Reader::header(bytes).ok()?;
    for f in &mut report.files {
        f.data = r.take().ok()?.to_vec();
    }
    Some(report)
}

fn classify(
    limits: Limits,
    report: Option<Report>,
    kills: Kills,
    usage: Usage,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    host_wall: Duration,
) -> Outcome {
    let cpu_ms = usage.cpu_ns / 1_000_000;
    let mut outcome = Outcome {
        status: Status::Ok,
        exit_code: None,
        signal: None,
        cpu_ms,
        wall_ms: host_wall.as_millis() as u64,
        memory_kb: usage.memory_peak_bytes / 1024,
        stdout,
        stderr,
        files: vec![],
        error: None,
    };
    let killed_by_us = kills.wall || kills.cpu || kills.output;
    let Some(report) = report else {
        if !killed_by_us {
            outcome.status = Status::InternalError;
            outcome.error = Some("the box's init died without a report".into());
            return outcome;
        }
        outcome.signal = Some(libc::SIGKILL);
        outcome.status = if kills.output {
            Status::OutputLimit
        } else if kills.cpu || cpu_ms > limits.cpu_ms {
            Status::TimeLimit
        } else {
            Status::WallTimeLimit
        };
        return outcome;
    };
    if let Some(e) = report.setup_error {
        outcome.status = Status::InternalError;
        outcome.error = Some(e);
        return outcome;
    }
    outcome.wall_ms = report.wall_ns / 1_000_000;
    outcome.files = report.files;
    if !report.file_errors.is_empty() {
        outcome.error = Some(format!("not copied out: {}", report.file_errors.join("; ")));
    }
    let ws = report.wait_status;
    let signal = libc::WIFSIGNALED(ws).then(|| libc::WTERMSIG(ws));
    outcome.signal = signal;
    outcome.exit_code = libc::WIFEXITED(ws).then(|| libc::WEXITSTATUS(ws));
    outcome.status = if kills.output || signal == Some(libc::SIGXFSZ) {
        Status::OutputLimit
    } else if kills.cpu || cpu_ms > limits.cpu_ms || signal == Some(libc::SIGXCPU) {
        Status::TimeLimit
    } else if kills.wall {
        Status::WallTimeLimit
    } else if usage.oom_kills > 0 {
        Status::MemoryLimit
    } else if signal == Some(libc::SIGSYS) {
        Status::SyscallDenied
    } else if signal.is_some() || outcome.exit_code != Some(0) {
        Status::RuntimeError
    } else {
        Status::Ok
    };
    outcome
}
