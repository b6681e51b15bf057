//! One cgroup per run, for memory and process limits and for CPU and memory
//! accounting read from kernel counters. cgroup v2 where it is mounted, v1 (the
//! memory, pids and cpuacct controllers) otherwise.

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

impl Cgroup {
    pub fn create(name: &str, memory: u64, pids: u64) -> Result<Cgroup, String> {
        let version = detect()?;
        match version {
            Version::V2 => sweep_stale(&Path::new(ROOT).join("codemint")),
            Version::V1 => {
                for c in ["memory", "pids", "cpuacct"] {
                    sweep_stale(&Path::new(ROOT).join(c).join("codemint"));
                }
            }
        }
        let cg = match version {
            Version::V2 => {
                let parent = Path::new(ROOT).join("codemint");
                fs::create_dir_all(&parent).map_err(|e| e.to_string())?;
                // Controllers must be enabled on the parent for its children.
                let _ = fs::write(parent.join("cgroup.subtree_control"), "+memory +pids +cpu");
                let dir = parent.join(name);
                fs::create_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                write(&dir.join("memory.max"), &memory.to_string())?;
                let _ = fs::write(dir.join("memory.swap.max"), "0");
                write(&dir.join("pids.max"), &pids.to_string())?;
                Cgroup {
                    version,
                    dirs: vec![dir],
                }
            }
            Version::V1 => {
                let mut dirs = Vec::new();
                for c in ["memory", "pids", "cpuacct"] {
                    let dir = Path::new(ROOT).join(c).join("codemint").join(name);
                    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                    dirs.push(dir);
                }
                let cg = Cgroup { version, dirs };
                write(
                    &cg.dirs[0].join("memory.limit_in_bytes"),
                    &memory.to_string(),
                )?;
                // Without swap accounting this file is absent; swap is then the host's business.
                let _ = fs::write(
                    cg.dirs[0].join("memory.memsw.limit_in_bytes"),
                    memory.to_string(),
                );
                write(&cg.dirs[1].join("pids.max"), &pids.to_string())?;
                cg
            }
        };
        Ok(cg)
    }

    /// Put a process (and so all its future children) into the cgroup(s).
    pub fn add(&self, pid: i32) -> Result<(), String> {
        for d in &self.dirs {
            write(&d.join("cgroup.procs"), &pid.to_string())?;
        }
        Ok(())
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

    /// SIGKILL whatever is still inside, then remove the directories.
    pub fn destroy(self) {
        kill_all(&self.dirs[0]);
        for d in &self.dirs {
            let _ = fs::remove_dir(d);
        }
    }
}
