//! One cgroup per run, for memory and process limits and for CPU and memory
//! accounting read from kernel counters. cgroup v2 where it is mounted, v1 (the
//! memory, pids and cpuacct controllers) otherwise.
//!
//! Where the runs' groups live ([`Layout`]): as root, under a `codemint`
//! group at the top of each hierarchy. Without root, in groups delegated to
//! our uid: v1 `{hierarchy}/codemint-{uid}` made and chowned by an admin, v2
//! our own cgroup when it is ours to write (systemd `Delegate=yes`, a user
//! session's `user@{uid}.service`). Without such a group there are no limits
//! for a whole box, so the sandbox refuses (and says how to delegate one).

use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = "/sys/fs/cgroup";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1,
    V2,
}

pub fn detect() -> Result<Version, String> {
    if Path::new(ROOT).join("cgroup.controllers").exists() {
        return Ok(Version::V2);
    }
    for c in ["memory", "pids", "cpuacct"] {
        if !Path::new(ROOT).join(c).join("tasks").exists() {
            return Err(format!(
                "cgroup controller {c} is not mounted under {ROOT}/{c}"
            ));
        }
    }
    Ok(Version::V1)
}

/// The parent group(s) of the runs' groups: one per v1 hierarchy (memory,
/// pids, cpuacct), or one v2 group.
#[derive(Debug, Clone)]
pub struct Layout {
    version: Version,
    parents: Vec<PathBuf>,
}

const V1_HIERARCHIES: [&str; 3] = ["memory", "pids", "cpuacct"];

impl Layout {
    /// Decide once, before entering any namespace (the uid must be the host's).
    pub fn find() -> Result<Layout, String> {
        let version = detect()?;
        // SAFETY: geteuid has no preconditions.
        let uid = unsafe { libc::geteuid() };
        let parents = match (version, uid == 0) {
            (Version::V1, true) => V1_HIERARCHIES
                .iter()
                .map(|c| Path::new(ROOT).join(c).join("codemint"))
                .collect(),
            (Version::V2, true) => vec![v2_parent(Path::new(ROOT))?],
            (Version::V1, false) => {
                let parents: Vec<PathBuf> = V1_HIERARCHIES
                    .iter()
                    .map(|c| Path::new(ROOT).join(c).join(format!("codemint-{uid}")))
                    .collect();
                if let Some(missing) = parents.iter().find(|p| !writable(p)) {
                    return Err(format!(
                        "without root the sandbox needs cgroups delegated to uid {uid}, and {} is \
                         not writable; as root: for c in memory pids cpuacct; do mkdir -p {ROOT}/$c/codemint-{uid} \
                         && chown {uid} {ROOT}/$c/codemint-{uid}; done",
                        missing.display()
                    ));
                }
                parents
            }
            (Version::V2, false) => {
                let own = own_v2_cgroup()?;
                if !writable(&own) || !writable(&own.join("cgroup.subtree_control")) {
                    return Err(format!(
                        "without root the sandbox needs a delegated cgroup, and {} is not ours \
                         to write; run codemint in one (systemd: Delegate=yes, or systemd-run --user \
                         -p Delegate=yes)",
                        own.display()
                    ));
                }
                vec![v2_parent(&own)?]
            }
        };
        Ok(Layout { version, parents })
    }
}

fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// This process's v2 group (`0::/path` in /proc/self/cgroup) in the mount.
fn own_v2_cgroup() -> Result<PathBuf, String> {
    let lines = fs::read_to_string("/proc/self/cgroup").map_err(|e| e.to_string())?;
    let path = lines
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .ok_or("no cgroup v2 line in /proc/self/cgroup")?;
    Ok(Path::new(ROOT).join(path.trim_start_matches('/')))
}

/// The cgroup(s) of one run; removed by [`Cgroup::destroy`].
pub struct Cgroup {
    version: Version,
    /// v2: one directory; v1: memory, pids, cpuacct (in that order).
    dirs: Vec<PathBuf>,
}

/// What the kernel counted for a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Usage {
    pub cpu_ns: u64,
    pub memory_peak_bytes: u64,
    pub oom_kills: u64,
}

fn write(path: &Path, value: &str) -> Result<(), String> {
    fs::write(path, value).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_u64(path: &Path) -> u64 {
    fs::read_to_string(path)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// `key value` lines, as in memory.events or cpu.stat.
fn read_key(path: &Path, key: &str) -> u64 {
    fs::read_to_string(path)
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|v| v.trim().parse().ok()))
        })
        .unwrap_or(0)
}

/// Remove the groups of runs whose init is gone (killed with its worker before
/// it could clean up). A run's group is named `run-{init pid}-{nanos}`; a live
/// init's group is never touched (a reused pid only delays the sweep).
fn sweep_stale(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix("run-"))
            .and_then(|n| n.split('-').next())
        else {
            continue;
        };
        if Path::new("/proc").join(pid).exists() {
            continue;
        }
        let dir = entry.path();
        kill_all(&dir);
        let _ = fs::remove_dir(&dir);
    }
}

/// SIGKILL every process in a group until it is empty (or we give up).
fn kill_all(dir: &Path) {
    for _ in 0..100 {
        let procs = fs::read_to_string(dir.join("cgroup.procs")).unwrap_or_default();
        if procs.trim().is_empty() {
            return;
        }
        for pid in procs.lines().filter_map(|l| l.trim().parse::<i32>().ok()) {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
}

/// The v2 group the runs' groups live under, with the memory and pids
/// controllers (and cpu, when there is one) enabled for its children. Each
/// controller is enabled on its own, so a missing optional one (cpu: usage is
/// counted without it) does not disable the others. In a container whose
/// cgroup namespace root holds processes, v2's "no internal processes" rule
/// refuses controllers for children: those processes move to a leaf group
/// `codemint-host` first (what a container entrypoint would otherwise do).
fn v2_parent(root: &Path) -> Result<PathBuf, String> {
    let parent = root.join("codemint");
    if parent.join("cgroup.subtree_control").exists() && has_controllers(&parent) {
        return Ok(parent);
    }
    let available = fs::read_to_string(root.join("cgroup.controllers")).unwrap_or_default();
    for c in ["memory", "pids"] {
        if !available.split_whitespace().any(|a| a == c) {
            return Err(format!(
                "cgroup v2 controller {c} is not available in {} (cgroup.controllers: {:?})",
                root.display(),
                available.trim()
            ));
        }
    }
    let wanted: Vec<&str> = ["memory", "pids", "cpu"]
        .into_iter()
        .filter(|c| available.split_whitespace().any(|a| a == *c))
        .collect();
    enable(root, &wanted).or_else(|busy| {
        // EBUSY: the root of our namespace holds processes; give them a leaf.
        if !busy {
            return Err(format!("cannot enable controllers in {}", root.display()));
        }
        let leaf = root.join("codemint-host");
        fs::create_dir_all(&leaf).map_err(|e| format!("{}: {e}", leaf.display()))?;
        let procs = fs::read_to_string(root.join("cgroup.procs")).unwrap_or_default();
        for pid in procs.lines() {
            // A process may exit meanwhile; kernel threads cannot move.
            let _ = fs::write(leaf.join("cgroup.procs"), pid.trim());
        }
        enable(root, &wanted)
            .map_err(|_| format!("cannot enable controllers in {}", root.display()))
    })?;
    fs::create_dir_all(&parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    enable(&parent, &wanted)
        .map_err(|_| format!("cannot enable controllers in {}", parent.display()))?;
    Ok(parent)
}

fn has_controllers(dir: &Path) -> bool {
    let on = fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
    ["memory", "pids"]
        .iter()
        .all(|c| on.split_whitespace().any(|o| o == *c))
}

/// Enable each controller for `dir`'s children; `Err(true)` when the kernel
/// said EBUSY (processes in `dir`).
fn enable(dir: &Path, controllers: &[&str]) -> Result<(), bool> {
    for c in controllers {
        if let Err(e) = fs::write(dir.join("cgroup.subtree_control"), format!("+{c}")) {
            let busy = e.raw_os_error() == Some(libc::EBUSY);
            if busy || ["memory", "pids"].contains(c) {
                return Err(busy);
            }
        }
    }
    Ok(())
}

impl Cgroup {
    /// A new, empty group (no limits yet: see [`Cgroup::limit`]).
    pub fn create(layout: &Layout, name: &str) -> Result<Cgroup, String> {
        let version = layout.version;
        let dirs = layout
            .parents
            .iter()
            .map(|parent| {
                sweep_stale(parent);
                parent.join(name)
            })
            .collect();
        let cg = Cgroup { version, dirs };
        for dir in &cg.dirs {
            if let Err(e) = fs::create_dir_all(dir) {
                let why = format!("{}: {e}", dir.display());
                cg.destroy();
                return Err(why);
            }
        }
        Ok(cg)
    }

    /// Memory (swap included, where the kernel counts it) and process limits.
    pub fn limit(&self, memory: u64, pids: u64) -> Result<(), String> {
        match self.version {
            Version::V2 => {
                write(&self.dirs[0].join("memory.max"), &memory.to_string())?;
                let _ = fs::write(self.dirs[0].join("memory.swap.max"), "0");
                write(&self.dirs[0].join("pids.max"), &pids.to_string())
            }
            Version::V1 => {
                write(
                    &self.dirs[0].join("memory.limit_in_bytes"),
                    &memory.to_string(),
                )?;
                // Without swap accounting this file is absent; swap is then the host's business.
                let _ = fs::write(
                    self.dirs[0].join("memory.memsw.limit_in_bytes"),
                    memory.to_string(),
                );
                write(&self.dirs[1].join("pids.max"), &pids.to_string())
            }
        }
    }

    /// No process left in the group.
    pub fn is_empty(&self) -> bool {
        fs::read_to_string(self.dirs[0].join("cgroup.procs"))
            .map(|p| p.trim().is_empty())
            .unwrap_or(false)
    }

    /// The `cgroup.procs` files, open for writing: a process that writes "0"
    /// to each joins the run's group(s) itself, from any namespace.
    pub fn procs_files(&self) -> Result<Vec<fs::File>, String> {
        self.dirs
            .iter()
            .map(|d| {
                let path = d.join("cgroup.procs");
                fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))
            })
            .collect()
    }

    /// SIGKILL every process in the group (the run's, never the box's P1).
    pub fn kill(&self) {
        if self.version == Version::V2 && fs::write(self.dirs[0].join("cgroup.kill"), "1").is_ok() {
            return;
        }
        let procs = fs::read_to_string(self.dirs[0].join("cgroup.procs")).unwrap_or_default();
        for pid in procs.lines().filter_map(|l| l.trim().parse::<i32>().ok()) {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }

    pub fn cpu_ns(&self) -> u64 {
        match self.version {
            Version::V2 => read_key(&self.dirs[0].join("cpu.stat"), "usage_usec") * 1000,
            Version::V1 => read_u64(&self.dirs[2].join("cpuacct.usage")),
        }
    }

    pub fn usage(&self) -> Usage {
        match self.version {
            Version::V2 => Usage {
                cpu_ns: self.cpu_ns(),
                memory_peak_bytes: read_u64(&self.dirs[0].join("memory.peak")),
                oom_kills: read_key(&self.dirs[0].join("memory.events"), "oom_kill"),
            },
            Version::V1 => Usage {
                cpu_ns: self.cpu_ns(),
                memory_peak_bytes: read_u64(&self.dirs[0].join("memory.max_usage_in_bytes")),
                oom_kills: read_key(&self.dirs[0].join("memory.oom_control"), "oom_kill"),
            },
        }
    }

    /// SIGKILL whatever is still inside, then remove the directories. False
    /// when a group could not be removed (something is still in it).
    pub fn destroy(self) -> bool {
        kill_all(&self.dirs[0]);
        let mut removed = true;
        for d in &self.dirs {
            // A group just emptied can be busy for a moment while its last
            // process is torn down.
            removed &= (0..50).any(|_| {
                fs::remove_dir(d).is_ok() || !d.exists() || {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                    false
                }
            });
        }
        removed
    }
}
