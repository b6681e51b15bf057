//! What the sandbox's test files share: a sandbox on the test init binary,
//! the usual mounts, a shell script as a run, and the host's view of the
//! sandbox user's processes.
#![allow(dead_code, reason = "each test file uses its own part")]

use std::path::PathBuf;

use sandbox::{Limits, RunSpec, Sandbox};

pub fn sandbox() -> Sandbox {
    Sandbox::new(
        PathBuf::from(env!("CARGO_BIN_EXE_codemint-sandbox-init")),
        vec![],
    )
    .expect("sandbox available")
}

pub fn mounts() -> Vec<PathBuf> {
    [
        "/usr",
        "/bin",
        "/lib",
        "/lib64",
        "/sbin",
        "/etc/alternatives",
        "/etc/ld.so.cache",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect()
}

pub fn sh(script: &str, limits: Limits) -> RunSpec {
    RunSpec {
        argv: vec!["/bin/sh".into(), "-c".into(), script.into()],
        env: vec!["PATH=/usr/bin:/bin".into()],
        ro_mounts: mounts(),
        limits,
        ..RunSpec::default()
    }
}

pub fn quick() -> Limits {
    Limits {
        cpu_ms: 1000,
        wall_ms: 2000,
        ..Limits::default()
    }
}

/// Processes of the sandbox user left on the host.
pub fn nobody_processes() -> Vec<String> {
    let out = std::process::Command::new("ps")
        .args(["-u", "65534", "-o", "pid=,args="])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}
