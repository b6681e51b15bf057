//! The sandbox's init: a fresh, single-threaded process (so forking and
//! allocating after fork is safe) that builds the box, runs the program, and
//! reports. Entered through [`main`] from the binary's hidden `__sandbox-init`
//! role; reads a request on stdin and writes an [`Outcome`] on stdout.

use std::ffi::CString;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::cgroup::Cgroup;
use crate::{BoxFile, Limits, Outcome, RunSpec, Status, protocol, seccomp};

/// Where the box's root is assembled, inside the run's private mount namespace.
const STAGING: &str = "/tmp/codemint-sandbox-root";
/// The unprivileged user programs run as.
const NOBODY: u32 = 65534;
/// Largest file copied out of a box.
const MAX_COPY_OUT: u64 = 256 << 20;

pub fn main() -> ! {
    die_with_parent();
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut input) {
        eprintln!("cannot read the request: {e}");
        std::process::exit(2);
    }
    let outcome = match protocol::decode_spec(&input) {
        Ok(spec) => run(&spec),
        Err(e) => {
            eprintln!("bad request: {e}");
            std::process::exit(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(&protocol::encode_outcome(&outcome));
    let _ = out.flush();
    std::process::exit(0);
}

/// If the process that started us dies (a judge worker killed with -9), die
/// too: init's death takes P1 with it, and P1 is the pid namespace's init, so
/// the kernel then kills everything the program started. Nothing outlives
/// the worker by more than a moment. (A parent that died before the prctl
/// leaves a run bounded by its wall-time limit; comparing getppid() with 1
/// would misfire when the worker itself is a container's pid 1.)
fn die_with_parent() {
    // SAFETY: prctl on this process only.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
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

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(rc: libc::c_int, what: &str) -> Result<(), String> {
    if rc < 0 {
        Err(format!("{what}: {}", std::io::Error::last_os_error()))
    } else {
        Ok(())
    }
}

fn cstr(s: &str) -> CString {
    CString::new(s).unwrap_or_default()
}

fn pipe() -> Result<(OwnedFd, OwnedFd), String> {
    let mut fds = [0; 2];
    // SAFETY: fds is a valid array of two ints.
    check(
        unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) },
        "pipe2",
    )?;
    // SAFETY: pipe2 just returned these two fresh descriptors.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

/// What P1 tells init after the program ended.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Report {
    /// errno of a failed execve, or a setup failure.
    setup_error: Option<String>,
    wait_status: i32,
    wall_ns: u64,
    files: Vec<BoxFile>,
    file_errors: Vec<String>,
}

/// Why init killed the run.
#[derive(Debug, Default)]
struct Kills {
    wall: bool,
    cpu: bool,
    output: bool,
}

fn run(spec: &RunSpec) -> Outcome {
    // Unique per run: init's pid plus the time, so a stale group left by a
    // crashed run can never collide with a new one.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let name = format!("run-{}-{nanos}", std::process::id());
    let cg = match Cgroup::create(&name, spec.limits.memory_bytes, spec.limits.max_processes) {
        Ok(cg) => cg,
        Err(e) => return internal(format!("cgroup: {e}")),
    };
    let result = supervise(spec, &cg);
    let usage = cg.usage();
    cg.destroy();
    let (report, kills, stdout, stderr, host_wall) = match result {
        Ok(r) => r,
        Err(e) => return internal(e),
    };
    classify(spec.limits, report, kills, usage, stdout, stderr, host_wall)
}

type Supervised = (Option<Report>, Kills, Vec<u8>, Vec<u8>, Duration);

fn supervise(spec: &RunSpec, cg: &Cgroup) -> Result<Supervised, String> {
    let stdin = stdin_memfd(&spec.stdin)?;
    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    let (sync_r, sync_w) = pipe()?;
    let (rep_r, rep_w) = pipe()?;
    let _ = std::fs::create_dir_all(STAGING);
    // The mount and cgroup namespaces are P1's own (it unshares them after
    // joining the cgroup): pivot_root moves every process of a mount namespace,
    // and init must keep the host's view to read the cgroup counters.
    let flags = libc::CLONE_NEWPID | libc::CLONE_NEWNET | libc::CLONE_NEWIPC | libc::CLONE_NEWUTS;
    // SAFETY: unshare only changes this (single-threaded) process's namespaces.
    check(unsafe { libc::unshare(flags) }, "unshare")?;
    let filter = seccomp::program();
    // SAFETY: init is single-threaded, so the child may allocate freely.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        drop((out_r, err_r, sync_w, rep_r));
        let fds = [stdin.as_raw_fd(), out_w.as_raw_fd(), err_w.as_raw_fd()];
        p1(spec, &filter, fds, sync_r, rep_w);
    }
    drop((out_w, err_w, sync_r, rep_w, stdin));
    let added = cg.add(pid);
    let mut sync = std::fs::File::from(sync_w);
    if let Err(e) = added {
        // SAFETY: pid is our child.
        unsafe { libc::kill(pid, libc::SIGKILL) };
        reap(pid);
        return Err(e);
    }
    let _ = sync.write_all(b"g");
    drop(sync);
    let start = Instant::now();
    let (report, kills, stdout, stderr) = watch(spec.limits, cg, pid, start, [out_r, err_r, rep_r]);
    let host_wall = start.elapsed();
    reap(pid);
    Ok((report, kills, stdout, stderr, host_wall))
}

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

/// Read the program's output and P1's report while enforcing wall, CPU and
/// output limits; killing P1 (pid 1 of the namespace) ends the whole run.
fn watch(
    limits: Limits,
    cg: &Cgroup,
    p1: i32,
    start: Instant,
    fds: [OwnedFd; 3],
) -> (Option<Report>, Kills, Vec<u8>, Vec<u8>) {
    let mut bufs: [Vec<u8>; 3] = [vec![], vec![], vec![]];
    let mut open = [true; 3];
    let mut kills = Kills::default();
    let mut killed = false;
    let mut chunk = vec![0u8; 64 * 1024];
    while open.iter().any(|o| *o) {
        let mut pfds: Vec<libc::pollfd> = fds
            .iter()
            .zip(open)
            .filter(|(_, o)| *o)
            .map(|(fd, _)| libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            })
            .collect();
        // SAFETY: pfds is a valid array of pollfd.
        unsafe { libc::poll(pfds.as_mut_ptr(), pfds.len() as libc::nfds_t, 10) };
        for p in pfds.iter().filter(|p| p.revents != 0) {
            let i = fds.iter().position(|f| f.as_raw_fd() == p.fd).unwrap_or(0);
            // SAFETY: reading into our own buffer from our own fd.
            let n = unsafe { libc::read(p.fd, chunk.as_mut_ptr().cast(), chunk.len()) };
            if n <= 0 {
                open[i] = false;
                continue;
            }
            let n = n as usize;
            if i < 2 && (bufs[0].len() + bufs[1].len()) as u64 + n as u64 > limits.output_bytes {
                // Keep what fits, then stop the run: the judge's memory stays bounded.
                let room = limits
                    .output_bytes
                    .saturating_sub((bufs[0].len() + bufs[1].len()) as u64)
                    as usize;
                bufs[i].extend_from_slice(&chunk[..room.min(n)]);
                kills.output = true;
            } else {
                bufs[i].extend_from_slice(&chunk[..n]);
            }
        }
        if !killed {
            kills.wall = start.elapsed() > Duration::from_millis(limits.wall_ms);
            // A little slack: RLIMIT_CPU is the exact per-process backstop.
            kills.cpu = cg.cpu_ns() > limits.cpu_ms * 1_000_000 + 50_000_000;
            if kills.wall || kills.cpu || kills.output {
                // SAFETY: p1 is our child.
                unsafe { libc::kill(p1, libc::SIGKILL) };
                killed = true;
            }
        }
    }
    let [out, err, rep] = bufs;
    let report = parse_report(&rep);
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
    usage: crate::cgroup::Usage,
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

// ---------------------------------------------------------------------------
// Inside the namespaces. Everything below runs in P1 or the program and never
// returns: it reports through the pipe and exits.

fn p1(
    spec: &RunSpec,
    filter: &[libc::sock_filter],
    fds: [RawFd; 3],
    sync: OwnedFd,
    rep: OwnedFd,
) -> ! {
    die_with_parent();
    let mut sync = std::fs::File::from(sync);
    let mut go = [0u8; 1];
    if sync.read_exact(&mut go).is_err() {
        // SAFETY: leaving the forked child without running destructors.
        unsafe { libc::_exit(1) };
    }
    let mut report = Report::default();
    // SAFETY: unshare only affects P1 (single-threaded).
    let own = check(
        unsafe { libc::unshare(libc::CLONE_NEWNS | libc::CLONE_NEWCGROUP) },
        "unshare",
    );
    match own.and_then(|()| build_box(spec)) {
        Err(e) => report.setup_error = Some(e),
        Ok(()) => {
            let start = Instant::now();
            match spawn_program(spec, filter, fds) {
                Err(e) => report.setup_error = Some(e),
                Ok(status) => report.wait_status = status,
            }
            report.wall_ns = start.elapsed().as_nanos() as u64;
            copy_out(spec, &mut report);
        }
    }
    let out = protocol::encode(&report, report.files.iter().map(|f| f.data.as_slice()));
    let _ = std::fs::File::from(rep).write_all(&out);
    // SAFETY: exiting P1 ends the pid namespace: the kernel kills every survivor.
    unsafe { libc::_exit(0) }
}

fn mount(
    src: Option<&str>,
    dst: &str,
    fstype: Option<&str>,
    flags: libc::c_ulong,
    data: Option<&str>,
) -> Result<(), String> {
    let (src_c, dst_c) = (src.map(cstr), cstr(dst));
    let (fs_c, data_c) = (fstype.map(cstr), data.map(cstr));
    // SAFETY: all pointers are NUL-terminated strings or null, alive for the call.
    let rc = unsafe {
        libc::mount(
            src_c.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            dst_c.as_ptr(),
            fs_c.as_ref().map_or(std::ptr::null(), |s| s.as_ptr()),
            flags,
            data_c
                .as_ref()
                .map_or(std::ptr::null(), |s| s.as_ptr().cast()),
        )
    };
    check(rc, &format!("mount {dst}"))
}

fn bind_ro(src: &str, dst: &str) -> Result<(), String> {
    mount(Some(src), dst, None, libc::MS_BIND | libc::MS_REC, None)?;
    mount(
        None,
        dst,
        None,
        libc::MS_BIND | libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV,
        None,
    )
}

/// A minimal read-only root: tmpfs, the requested host paths bound read-only,
/// fresh /proc, a few /dev nodes, private /tmp and /dev/shm, the work dir /box.
fn build_box(spec: &RunSpec) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt, symlink};
    let r = STAGING;
    mount(None, "/", None, libc::MS_REC | libc::MS_PRIVATE, None)?;
    mount(
        Some("tmpfs"),
        r,
        Some("tmpfs"),
        libc::MS_NOSUID | libc::MS_NODEV,
        Some("size=1m,mode=0755"),
    )?;
    let mkdir = |p: &str, mode: u32| {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(mode)
            .create(format!("{r}{p}"))
            .map_err(|e| format!("mkdir {p}: {e}"))
    };
    for m in &spec.ro_mounts {
        let host = m.to_string_lossy().to_string();
        let Ok(meta) = std::fs::symlink_metadata(&host) else {
            continue;
        };
        let inside = format!("{r}{host}");
        if let Some(parent) = m.parent() {
            mkdir(&parent.to_string_lossy(), 0o755)?;
        }
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&host).map_err(|e| e.to_string())?;
            symlink(target, &inside).map_err(|e| format!("symlink {host}: {e}"))?;
        } else if meta.is_dir() {
            mkdir(&host, 0o755)?;
            bind_ro(&host, &inside)?;
        } else {
            std::fs::write(&inside, b"").map_err(|e| e.to_string())?;
            bind_ro(&host, &inside)?;
        }
    }
    mkdir("/dev", 0o755)?;
    mount(
        Some("tmpfs"),
        &format!("{r}/dev"),
        Some("tmpfs"),
        libc::MS_NOSUID | libc::MS_NOEXEC,
        Some("size=64k,mode=0755"),
    )?;
    for dev in ["null", "zero", "full", "random", "urandom"] {
        let inside = format!("{r}/dev/{dev}");
        std::fs::write(&inside, b"").map_err(|e| e.to_string())?;
        mount(
            Some(&format!("/dev/{dev}")),
            &inside,
            None,
            libc::MS_BIND,
            None,
        )?;
    }
    for (name, target) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ] {
        symlink(target, format!("{r}/dev/{name}")).map_err(|e| e.to_string())?;
    }
    let size = spec.limits.file_size_bytes.max(1 << 20);
    for (dir, mode) in [("/dev/shm", "1777"), ("/tmp", "1777"), ("/box", "0755")] {
        mkdir(dir, 0o755)?;
        mount(
            Some("tmpfs"),
            &format!("{r}{dir}"),
            Some("tmpfs"),
            libc::MS_NOSUID | libc::MS_NODEV,
            Some(&format!("size={size},mode={mode},nr_inodes=4096")),
        )?;
    }
    mkdir("/proc", 0o555)?;
    mount(
        Some("proc"),
        &format!("{r}/proc"),
        Some("proc"),
        libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
        None,
    )?;
    for f in &spec.files {
        let path = format!("{r}/box/{}", f.path);
        if let Some(parent) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&path, &f.data).map_err(|e| format!("write {}: {e}", f.path))?;
        let mode = if f.executable { 0o755 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| e.to_string())?;
    }
    // The work dir belongs to the program's user (our own fresh tmpfs: safe to chown).
    chown_tree(&format!("{r}/box"))?;
    let host = cstr("codemint");
    // SAFETY: valid buffer and length.
    check(
        unsafe { libc::sethostname(host.as_ptr(), 8) },
        "sethostname",
    )?;
    std::env::set_current_dir(r).map_err(|e| e.to_string())?;
    std::fs::create_dir(".oldroot").map_err(|e| e.to_string())?;
    let (new, old) = (cstr("."), cstr(".oldroot"));
    // SAFETY: pivot_root via syscall with two valid paths.
    check(
        unsafe { libc::syscall(libc::SYS_pivot_root, new.as_ptr(), old.as_ptr()) } as i32,
        "pivot_root",
    )?;
    let old_abs = cstr("/.oldroot");
    // SAFETY: detaching the old root, a valid path.
    check(
        unsafe { libc::umount2(old_abs.as_ptr(), libc::MNT_DETACH) },
        "umount old root",
    )?;
    std::fs::remove_dir("/.oldroot").map_err(|e| e.to_string())?;
    mount(
        None,
        "/",
        None,
        libc::MS_BIND | libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV,
        None,
    )?;
    std::env::set_current_dir("/box").map_err(|e| e.to_string())?;
    Ok(())
}

fn chown_tree(dir: &str) -> Result<(), String> {
    let c = cstr(dir);
    // SAFETY: lchown never follows links; a valid path.
    check(unsafe { libc::lchown(c.as_ptr(), NOBODY, NOBODY) }, "chown")?;
    for e in std::fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let p = e.path().to_string_lossy().to_string();
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            chown_tree(&p)?;
        } else {
            let c = cstr(&p);
            // SAFETY: as above.
            check(unsafe { libc::lchown(c.as_ptr(), NOBODY, NOBODY) }, "chown")?;
        }
    }
    Ok(())
}

/// Fork the program, wait for it (reaping any orphans meanwhile), return its wait status.
fn spawn_program(
    spec: &RunSpec,
    filter: &[libc::sock_filter],
    fds: [RawFd; 3],
) -> Result<i32, String> {
    let path = resolve(&spec.argv[0], &spec.env)
        .ok_or_else(|| format!("{}: command not found in the box", spec.argv[0]))?;
    let path_c = cstr(&path);
    let argv_c: Vec<CString> = spec.argv.iter().map(|a| cstr(a)).collect();
    let env_c: Vec<CString> = spec.env.iter().map(|e| cstr(e)).collect();
    let mut argv: Vec<*const libc::c_char> = argv_c.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let mut envp: Vec<*const libc::c_char> = env_c.iter().map(|e| e.as_ptr()).collect();
    envp.push(std::ptr::null());
    let (exec_r, exec_w) = pipe()?;
    // SAFETY: P1 is single-threaded.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        drop(exec_r);
        let err = exec_program(
            spec.limits,
            filter,
            fds,
            exec_w.as_raw_fd(),
            &path_c,
            &argv,
            &envp,
        );
        let msg = format!("cannot run {}: {err}", spec.argv[0]);
        // exec_program moved the report pipe to REPORT_FD and closed every
        // other descriptor above stderr, the pipe's old number included: the
        // OwnedFd must not close that number again (Rust aborts on EBADF).
        std::mem::forget(exec_w);
        // SAFETY: writing our own message to our own pipe, then leaving the
        // failed child.
        unsafe {
            libc::write(REPORT_FD, msg.as_ptr().cast(), msg.len());
            libc::_exit(127);
        }
    }
    drop(exec_w);
    let mut failure = String::new();
    let _ = std::fs::File::from(exec_r).read_to_string(&mut failure);
    let mut status = 0;
    loop {
        // SAFETY: waiting for any child of P1 (it is pid 1: orphans come here too).
        let got = unsafe { libc::waitpid(-1, &mut status, 0) };
        if got == pid || (got < 0 && errno() != libc::EINTR) {
            break;
        }
    }
    if !failure.is_empty() {
        return Err(failure);
    }
    Ok(status)
}

/// `argv[0]` as a path inside the box, searching PATH like execvp.
fn resolve(cmd: &str, env: &[String]) -> Option<String> {
    if cmd.contains('/') {
        return Some(cmd.to_string());
    }
    let path = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or("/usr/local/bin:/usr/bin:/bin");
    path.split(':')
        .map(|d| format!("{d}/{cmd}"))
        .find(|p| std::fs::metadata(p).map(|m| m.is_file()).unwrap_or(false))
}

fn set_rlimit(resource: libc::__rlimit_resource_t, soft: u64, hard: u64) {
    let lim = libc::rlimit {
        rlim_cur: soft,
        rlim_max: hard,
    };
    // SAFETY: a valid rlimit struct.
    unsafe { libc::setrlimit(resource, &lim) };
}

/// Where a program that could not be started reports why (close-on-exec, so
/// a successful exec closes it and the parent reads nothing).
const REPORT_FD: RawFd = 3;

/// The last steps before the untrusted program: only syscalls from here on.
/// `report` becomes [`REPORT_FD`]; every other descriptor above stderr closes.
fn exec_program(
    limits: Limits,
    filter: &[libc::sock_filter],
    fds: [RawFd; 3],
    report: RawFd,
    path: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
) -> std::io::Error {
    // SAFETY: plain syscalls on our own descriptors and process state.
    unsafe {
        for (target, fd) in fds.iter().enumerate() {
            libc::dup2(*fd, target as i32);
        }
        if report != REPORT_FD {
            libc::dup3(report, REPORT_FD, libc::O_CLOEXEC);
        }
        libc::syscall(
            libc::SYS_close_range,
            (REPORT_FD + 1) as u32,
            u32::MAX,
            0u32,
        );
        let cpu_s = limits.cpu_ms.div_ceil(1000) + 1;
        set_rlimit(libc::RLIMIT_CPU, cpu_s, cpu_s + 1);
        set_rlimit(
            libc::RLIMIT_FSIZE,
            limits.file_size_bytes,
            limits.file_size_bytes,
        );
        set_rlimit(libc::RLIMIT_NOFILE, limits.open_files, limits.open_files);
        set_rlimit(libc::RLIMIT_CORE, 0, 0);
        set_rlimit(libc::RLIMIT_STACK, limits.memory_bytes, limits.memory_bytes);
        libc::setsid();
        if libc::setgroups(0, std::ptr::null()) != 0
            || libc::setresgid(NOBODY, NOBODY, NOBODY) != 0
            || libc::setresuid(NOBODY, NOBODY, NOBODY) != 0
            || libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
        {
            return std::io::Error::last_os_error();
        }
        if let Err(e) = seccomp::install(filter) {
            return std::io::Error::from_raw_os_error(e);
        }
        libc::execve(path.as_ptr(), argv.as_ptr(), envp.as_ptr());
    }
    std::io::Error::last_os_error()
}

/// Copy requested files out of /box: regular files only, never through a link
/// (openat2 with RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS), size-capped.
fn copy_out(spec: &RunSpec, report: &mut Report) {
    let boxdir = cstr("/box");
    // SAFETY: opening a directory we created.
    let dirfd = unsafe {
        libc::open(
            boxdir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        )
    };
    if dirfd < 0 {
        report.file_errors.push("cannot open /box".into());
        return;
    }
    // `*.ext` names every top-level file of /box with that suffix (Java classes).
    let mut paths = Vec::new();
    for path in &spec.copy_out {
        match path.strip_prefix('*') {
            Some(suffix) => {
                let mut names: Vec<String> = std::fs::read_dir("/box")
                    .map(|d| {
                        d.flatten()
                            .filter_map(|e| e.file_name().into_string().ok())
                            .collect()
                    })
                    .unwrap_or_default();
                names.retain(|n| n.ends_with(suffix));
                names.sort();
                paths.extend(names);
            }
            None => paths.push(path.clone()),
        }
    }
    for path in &paths {
        match read_beneath(dirfd, path) {
            Ok(data) => report.files.push(BoxFile {
                path: path.clone(),
                data,
                executable: true,
            }),
            Err(e) => report.file_errors.push(format!("{path}: {e}")),
        }
    }
    // SAFETY: closing our own fd.
    unsafe { libc::close(dirfd) };
}

#[repr(C)]
struct OpenHow {
    flags: u64,
    mode: u64,
    resolve: u64,
}

const RESOLVE_NO_SYMLINKS: u64 = 0x04;
const RESOLVE_BENEATH: u64 = 0x08;

fn read_beneath(dirfd: RawFd, path: &str) -> Result<Vec<u8>, String> {
    let how = OpenHow {
        flags: (libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK) as u64,
        mode: 0,
        resolve: RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS,
    };
    let c = cstr(path);
    // SAFETY: openat2 with a valid dirfd, path and open_how of the right size.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_openat2,
            dirfd,
            c.as_ptr(),
            &how as *const OpenHow,
            std::mem::size_of::<OpenHow>(),
        )
    } as i32;
    if fd < 0 {
        return Err(std::io::Error::last_os_error().to_string());
    }
    // SAFETY: fd is fresh and owned here.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.file_type().is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_COPY_OUT {
        return Err("too large".into());
    }
    let mut data = Vec::new();
    (&mut file)
        .take(MAX_COPY_OUT)
        .read_to_end(&mut data)
        .map_err(|e| e.to_string())?;
    Ok(data)
}
