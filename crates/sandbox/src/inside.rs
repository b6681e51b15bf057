//! Inside the namespaces: P1, pid 1 of a box's pid namespace. It builds the
//! box's root once (tmpfs, read-only binds of the language's paths, /proc,
//! /dev nodes, pivot_root), then serves runs that init sends over a unix
//! socket, each with its stdin, stdout, stderr and the run's cgroup files
//! attached. Per run: fresh tmpfs /box, /tmp and /dev/shm and a fresh IPC
//! namespace (nothing of the last run is left to read), the program forked
//! with rlimits, uid 65534, no_new_privs and seccomp, and after it exits every
//! other process in the box killed (`kill(-1)` from pid 1 reaches exactly the
//! box) and reaped. A report goes back, with files copied out of /box by
//! `openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS)`.

use std::ffi::CString;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::init::{Report, check, pipe};
use crate::{BoxFile, Limits, RunSpec, protocol, seccomp};

/// Where the box's root is assembled, inside the box's private mount namespace.
const STAGING: &str = "/tmp/codemint-sandbox-root";
/// The unprivileged user programs run as.
const NOBODY: u32 = 65534;
/// Most bytes copied out of a box per run (one file or all together).
const MAX_COPY_OUT: u64 = 256 << 20;
/// The box has its own user namespace (started without root): programs run
/// as its uid 0 with every capability dropped.
static ROOTLESS: AtomicBool = AtomicBool::new(false);

fn rootless() -> bool {
    ROOTLESS.load(Ordering::Relaxed)
}

/// The writable directories, a fresh tmpfs each per run, and their modes.
const RUN_DIRS: [(&str, &str); 3] = [("/box", "0755"), ("/tmp", "1777"), ("/dev/shm", "1777")];

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn cstr(s: &str) -> CString {
    CString::new(s).unwrap_or_default()
}

fn exit(code: i32) -> ! {
    // SAFETY: leaving P1 without running destructors; its death ends the box.
    unsafe { libc::_exit(code) }
}

/// P1's life: build the box, say so, then serve runs until init goes away.
pub(crate) fn main(sock: OwnedFd, mounts: &[PathBuf], rootless: bool) -> ! {
    ROOTLESS.store(rootless, Ordering::Relaxed);
    // P1 dies with init (init is single-threaded, so the thread rule of
    // PDEATHSIG is no trap here), and with P1 the whole pid namespace.
    // SAFETY: prctl on this process only.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
    // Programs must not reach into P1 through /proc/1 (without root they
    // have its uid): not dumpable, so only CAP_SYS_PTRACE could.
    // SAFETY: prctl on this process only.
    unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
    // No handlers (Rust installs SIGSEGV/SIGBUS ones): the kernel then drops
    // every signal sent to a pid namespace's init from inside it.
    for sig in 1..32 {
        if sig != libc::SIGKILL && sig != libc::SIGSTOP {
            // SAFETY: resetting this process's own signal dispositions.
            unsafe { libc::signal(sig, libc::SIG_DFL) };
        }
    }
    // Init's stdin and stdout are the host's pipes: P1 must not hold them.
    if let Ok(null) = std::fs::File::open("/dev/null") {
        // SAFETY: replacing our own descriptors 0 and 1.
        unsafe {
            libc::dup2(null.as_raw_fd(), 0);
            libc::dup2(null.as_raw_fd(), 1);
        }
    }
    let mut stream = std::fs::File::from(sock);
    // SAFETY: unshare only affects P1 (single-threaded).
    let built = check(unsafe { libc::unshare(libc::CLONE_NEWNS) }, "unshare")
        .and_then(|()| build_root(mounts));
    let hello = match &built {
        Ok(()) => Vec::new(),
        Err(e) => e.clone().into_bytes(),
    };
    if protocol::write_frame(&mut stream, &hello).is_err() || built.is_err() {
        exit(1);
    }
    let filter = seccomp::program();
    let settings = crate::tamper::Snapshot::take();
    let mut size = 1 << 20;
    if let Err(e) = reset(size) {
        eprintln!("codemint sandbox: cannot prepare the box: {e}");
        exit(1);
    }
    loop {
        let mut len = [0u8; 8];
        let fds = match protocol::recv_fds(stream.as_raw_fd(), &mut len) {
            Ok(Some(fds)) => fds,
            _ => exit(0),
        };
        let len = u64::from_le_bytes(len);
        if len > protocol::MAX_FRAME {
            exit(1);
        }
        let mut message = vec![0u8; len as usize];
        if stream.read_exact(&mut message).is_err() {
            exit(1);
        }
        let mut report = match protocol::decode_spec(&message) {
            Ok(spec) => run(&spec, &filter, fds, &mut size),
            Err(e) => Report {
                setup_error: Some(format!("bad request: {e}")),
                ..Report::default()
            },
        };
        // A run that changed P1's limits, priority or CPUs ends its box.
        report.box_ok &= crate::tamper::Snapshot::take() == settings;
        drop(message);
        let out = protocol::encode(&report, report.files.iter().map(|f| f.data.as_slice()));
        if protocol::write_frame(&mut stream, &out).is_err() || !report.box_ok {
            exit(1);
        }
        drop((out, report));
        // Clean up for the next run while nobody waits; a box that cannot be
        // made clean ends here (the host then builds a new one).
        if let Err(e) = reset(size) {
            eprintln!("codemint sandbox: cannot reset the box: {e}");
            exit(1);
        }
    }
}

/// One run in the box; `box_ok` false when the box could not be made clean.
fn run(
    spec: &RunSpec,
    filter: &[libc::sock_filter],
    mut fds: Vec<OwnedFd>,
    size: &mut u64,
) -> Report {
    let mut report = Report::default();
    // stdin, stdout, stderr, then the run's cgroup files.
    if fds.len() < 4 {
        report.setup_error = Some(format!("{} descriptors, want 4 or more", fds.len()));
        return report;
    }
    let cgroups = fds.split_off(3);
    let wanted = spec.limits.file_size_bytes.max(1 << 20);
    if wanted != *size {
        if let Err(e) = resize(wanted) {
            report.setup_error = Some(format!("cannot size the box: {e}"));
            return report;
        }
        *size = wanted;
    }
    report.box_ok = true;
    if let Err(e) = put_files(spec) {
        report.setup_error = Some(e);
        return report;
    }
    let start = Instant::now();
    match spawn_program(spec, filter, fds, &cgroups) {
        Err(e) => report.setup_error = Some(e),
        Ok(status) => report.wait_status = status,
    }
    report.wall_ns = start.elapsed().as_nanos() as u64;
    kill_survivors();
    copy_out(spec, &mut report);
    report
}

/// Every process of the box but P1: killed and reaped.
fn kill_survivors() {
    // SAFETY: kill(-1) from pid 1 of a pid namespace signals every other
    // process of that namespace and nothing outside it.
    unsafe { libc::kill(-1, libc::SIGKILL) };
    let mut status = 0;
    // SAFETY: reaping our own children until none is left.
    while unsafe { libc::waitpid(-1, &mut status, 0) } > 0 || errno() == libc::EINTR {}
}

/// Fresh tmpfs on /box, /tmp and /dev/shm (the last run's are detached and
/// freed), pids counted from 2 again, and a fresh IPC namespace, so SysV and
/// POSIX IPC objects of the last run are gone too.
fn reset(size: u64) -> Result<(), String> {
    for (dir, mode) in RUN_DIRS {
        let c = cstr(dir);
        // SAFETY: a valid path; EINVAL (nothing mounted yet) is fine.
        unsafe { libc::umount2(c.as_ptr(), libc::MNT_DETACH) };
        mount(
            Some("tmpfs"),
            dir,
            Some("tmpfs"),
            libc::MS_NOSUID | libc::MS_NODEV,
            Some(&format!("size={size},mode={mode},nr_inodes=4096")),
        )?;
    }
    // Pids start again after P1's: how many processes the last run made is
    // not the next run's to count.
    std::fs::write("/proc/sys/kernel/ns_last_pid", "1")
        .map_err(|e| format!("/proc/sys/kernel/ns_last_pid: {e}"))?;
    // SAFETY: affects P1 and the children it forks from now on.
    check(unsafe { libc::unshare(libc::CLONE_NEWIPC) }, "unshare ipc")
}

/// The writable directories' size for this run (they are empty: fresh).
fn resize(size: u64) -> Result<(), String> {
    for (dir, mode) in RUN_DIRS {
        mount(
            None,
            dir,
            None,
            libc::MS_REMOUNT | libc::MS_NOSUID | libc::MS_NODEV,
            Some(&format!("size={size},mode={mode},nr_inodes=4096")),
        )?;
    }
    Ok(())
}

fn put_files(spec: &RunSpec) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    for f in &spec.files {
        let path = format!("/box/{}", f.path);
        if let Some(parent) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&path, &f.data).map_err(|e| format!("write {}: {e}", f.path))?;
        let mode = if f.executable { 0o755 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| e.to_string())?;
    }
    // The work dir belongs to the program's user (our own fresh tmpfs,
    // nothing the program made yet: safe to chown). Without root the
    // program's user is the box's uid 0, who owns it already.
    if rootless() {
        return Ok(());
    }
    chown_tree("/box")
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
    // Keep the flags the source mount has (noexec, atime): in a user
    // namespace they are locked, and a remount that drops one is refused.
    let c = cstr(src);
    // SAFETY: a zeroed statvfs is valid; statvfs fills it from a valid path.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let kept = if unsafe { libc::statvfs(c.as_ptr(), &mut st) } == 0 {
        [
            (libc::ST_NOEXEC, libc::MS_NOEXEC),
            (libc::ST_NOATIME, libc::MS_NOATIME),
            (libc::ST_NODIRATIME, libc::MS_NODIRATIME),
            (libc::ST_RELATIME, libc::MS_RELATIME),
        ]
        .iter()
        .filter(|(st_flag, _)| st.f_flag & st_flag != 0)
        .fold(0, |acc, (_, ms)| acc | ms)
    } else {
        0
    };
    mount(
        None,
        dst,
        None,
        libc::MS_BIND
            | libc::MS_REMOUNT
            | libc::MS_RDONLY
            | libc::MS_NOSUID
            | libc::MS_NODEV
            | kept,
        None,
    )
}

/// A minimal read-only root: tmpfs, the requested host paths bound read-only,
/// fresh /proc, a few /dev nodes, and mount points for /tmp, /dev/shm and /box.
fn build_root(mounts: &[PathBuf]) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, symlink};
    let r = STAGING;
    mount(None, "/", None, libc::MS_REC | libc::MS_PRIVATE, None)?;
    std::fs::create_dir_all(r).map_err(|e| format!("mkdir {r}: {e}"))?;
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
    for m in mounts {
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
    // Mount points for the per-run tmpfs of `reset`.
    for dir in RUN_DIRS.map(|(d, _)| d) {
        mkdir(dir, 0o755)?;
    }
    // /dev lives as long as the box: read-only, or a program that owns it
    // (the box's uid 0, without root) could leave files there for the next run.
    mount(
        None,
        &format!("{r}/dev"),
        None,
        libc::MS_REMOUNT | libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NOEXEC,
        None,
    )?;
    mkdir("/proc", 0o555)?;
    mount(
        Some("proc"),
        &format!("{r}/proc"),
        Some("proc"),
        libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC,
        None,
    )?;
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
    std::env::set_current_dir("/").map_err(|e| e.to_string())?;
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

/// Fork the program, wait for it (reaping any orphans meanwhile), return its
/// wait status. P1 keeps no copy of the run's descriptors.
fn spawn_program(
    spec: &RunSpec,
    filter: &[libc::sock_filter],
    stdio: Vec<OwnedFd>,
    cgroups: &[OwnedFd],
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
    let fds = [
        stdio[0].as_raw_fd(),
        stdio[1].as_raw_fd(),
        stdio[2].as_raw_fd(),
    ];
    let cg: Vec<RawFd> = cgroups.iter().map(|f| f.as_raw_fd()).collect();
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
            &cg,
            exec_w.as_raw_fd(),
            &path_c,
            &argv,
            &envp,
        );
        let msg = format!("cannot run {}: {err}", spec.argv[0]);
        // exec_program moved the report pipe to REPORT_FD and closed every
        // other descriptor above stderr, the pipe's old number included: no
        // OwnedFd may close its number again (Rust aborts on EBADF).
        std::mem::forget((exec_w, stdio));
        std::mem::forget(cg);
        // SAFETY: writing our own message to our own pipe, then leaving the
        // failed child.
        unsafe {
            libc::write(REPORT_FD, msg.as_ptr().cast(), msg.len());
            libc::_exit(127);
        }
    }
    drop((exec_w, stdio));
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
#[expect(clippy::too_many_arguments, reason = "one call site, all plain values")]
fn exec_program(
    limits: Limits,
    filter: &[libc::sock_filter],
    fds: [RawFd; 3],
    cgroups: &[RawFd],
    report: RawFd,
    path: &CString,
    argv: &[*const libc::c_char],
    envp: &[*const libc::c_char],
) -> std::io::Error {
    // Before the report pipe is REPORT_FD, a failure must put it there (the
    // caller writes the reason to REPORT_FD), whatever that number held.
    let early = || {
        let err = std::io::Error::last_os_error();
        if report != REPORT_FD {
            // SAFETY: replacing a descriptor number of this doomed child.
            unsafe { libc::dup3(report, REPORT_FD, libc::O_CLOEXEC) };
        }
        err
    };
    // SAFETY: plain syscalls on our own descriptors and process state.
    unsafe {
        // Join the run's cgroup(s) (writing 0 moves the writer), then hide the
        // host's cgroup tree: the run's group is this process's cgroup root.
        for fd in cgroups {
            if libc::write(*fd, b"0".as_ptr().cast(), 1) != 1 {
                return early();
            }
        }
        if libc::unshare(libc::CLONE_NEWCGROUP) != 0 || libc::chdir(c"/box".as_ptr()) != 0 {
            return early();
        }
        for (target, fd) in fds.iter().enumerate() {
            if libc::dup2(*fd, target as i32) < 0 {
                return early();
            }
        }
        if report != REPORT_FD && libc::dup3(report, REPORT_FD, libc::O_CLOEXEC) < 0 {
            return std::io::Error::last_os_error();
        }
        // Nothing else may reach the program (all are close-on-exec too).
        if libc::syscall(
            libc::SYS_close_range,
            (REPORT_FD + 1) as u32,
            u32::MAX,
            0u32,
        ) != 0
        {
            return std::io::Error::last_os_error();
        }
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
        // Rust ignores SIGPIPE in its own processes; the program gets the
        // default (an ignored signal would survive execve).
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        let dropped = if rootless() {
            crate::credentials::drop_all_capabilities()
        } else {
            crate::credentials::become_user(NOBODY)
        };
        if let Err(e) = dropped {
            return e;
        }
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
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
    let mut total = 0u64;
    for path in &paths {
        match read_beneath(dirfd, path) {
            Ok(data) if total + data.len() as u64 > MAX_COPY_OUT => {
                report.file_errors.push(format!(
                    "{path}: over {MAX_COPY_OUT} bytes copied out in all"
                ));
                break;
            }
            Ok(data) => {
                total += data.len() as u64;
                report.files.push(BoxFile {
                    path: path.clone(),
                    data,
                    executable: true,
                });
            }
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
