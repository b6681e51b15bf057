//! The security regression suite (SPEC C4): hostile programs in several
//! languages run through `codemint run` as root, each with its expected
//! outcome, and the host's state checked afterwards. One test function runs
//! them in order so the host checks see only this suite's processes.

#[path = "support/hostile.rs"]
mod hostile;

use std::os::unix::process::CommandExt;
use std::process::Command;

use hostile::{cases, processes_of, run_case};

#[test]
fn hostile_programs_are_contained() {
    // A host process of the sandbox's own user: kill(-1) from a box must not reach it.
    let mut bystander = Command::new("sleep")
        .arg("300")
        .uid(65534)
        .gid(65534)
        .spawn()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        failures.extend(run_case(case, dir.path(), i, None));
        let left: Vec<String> = processes_of(65534)
            .into_iter()
            .filter(|p| !p.contains("sleep 300"))
            .collect();
        if !left.is_empty() {
            failures.push(format!("{}: left processes behind: {left:?}", case.name));
        }
    }
    assert!(
        bystander.try_wait().unwrap().is_none(),
        "a host process of uid 65534 was killed from a box"
    );
    let _ = bystander.kill();
    let _ = bystander.wait();
    // The host is as it was: no files written outside, no cgroups left.
    for path in ["/x", "/etc/x", "/usr/bin/x"] {
        assert!(!std::path::Path::new(path).exists(), "{path} was written");
    }
    for c in ["memory", "pids", "cpuacct"] {
        let dir = format!("/sys/fs/cgroup/{c}/codemint");
        let left = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.file_name().to_string_lossy().starts_with("run-"))
                    .count()
            })
            .unwrap_or(0);
        assert_eq!(left, 0, "cgroups left under {dir}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} hostile programs not contained:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
