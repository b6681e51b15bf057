//! The life of warm boxes, in a test process of its own: it counts the
//! sandbox init processes this process started, which tests running in
//! parallel would blur.

#[path = "support/boxes.rs"]
mod support;

use std::path::PathBuf;

use sandbox::Status;
use support::{quick, sandbox, sh};

/// Sandbox init processes started by this test process.
fn our_inits() -> Vec<i32> {
    let me = std::process::id().to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let after = stat.rsplit_once(") ").map(|(_, r)| r).unwrap_or("");
            let ppid = after.split(' ').nth(1).unwrap_or("");
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
            ppid == me && exe.to_string_lossy().contains("codemint-sandbox-init")
        })
        .collect()
}

#[test]
fn boxes_end_with_their_sandbox_and_a_dead_box_is_replaced() {
    let sandbox = sandbox();
    let mut other = sh("echo other", quick());
    other.ro_mounts.push(PathBuf::from("/etc/passwd"));
    assert_eq!(
        sandbox.run(&sh("echo one", quick())).unwrap().status,
        Status::Ok
    );
    assert_eq!(sandbox.run(&other).unwrap().status, Status::Ok);
    // Two mount sets, two boxes; both idle now.
    assert_eq!(sandbox.boxes(), (2, 2));
    assert_eq!(our_inits().len(), 2);
    drop(sandbox);
    // Dropping the sandbox ended its boxes (and waited for them).
    assert_eq!(our_inits(), Vec::<i32>::new());
    assert!(
        leftover_cgroups().is_empty(),
        "groups left: {:?}",
        leftover_cgroups()
    );
    // An idle box killed from outside is replaced by a new one.
    let sandbox = self::sandbox();
    let out = sandbox.run(&sh("echo again", quick())).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "again\n");
    let inits = our_inits();
    assert!(!inits.is_empty());
    for pid in &inits {
        // SAFETY: kill has no memory-safety preconditions.
        unsafe { libc::kill(*pid, libc::SIGKILL) };
    }
    std::thread::sleep(std::time::Duration::from_millis(50));
    let out = sandbox.run(&sh("echo after", quick())).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "after\n", "{out:?}");
    assert_eq!(sandbox.boxes().0, 2, "a new box replaced the killed one");
}

/// Run groups of inits that no longer exist.
fn leftover_cgroups() -> Vec<String> {
    ["memory", "pids", "cpuacct"]
        .iter()
        .flat_map(|c| {
            std::fs::read_dir(format!("/sys/fs/cgroup/{c}/codemint"))
                .into_iter()
                .flatten()
        })
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            let pid = n.strip_prefix("run-").and_then(|r| r.split('-').next());
            pid.is_some_and(|p| !std::path::Path::new("/proc").join(p).exists())
        })
        .collect()
}
