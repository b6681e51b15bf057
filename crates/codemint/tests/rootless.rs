//! The sandbox without root (SPEC C1: a user namespace where unprivileged):
//! the hostile programs of the security suite run through `codemint run` as
//! an ordinary user, with cgroups delegated to that user as an admin would
//! (v1: `{hierarchy}/codemint-{uid}` chowned to it), and the host's state
//! checked afterwards; without a delegated cgroup the sandbox refuses. Each
//! test has a uid of its own, so the process checks see only its own.

#[path = "support/hostile.rs"]
mod hostile;

use std::path::Path;
use std::process::{Command, Output};

use hostile::{BIN, Case, cases, run_suite};
use serde_json::Value;

/// The hostile suite's user; the other tests' users.
const USER: u32 = 4242;
const RUNNER: u32 = 4243;
const UNDELEGATED: u32 = 4244;

/// What an admin does once for a user who runs codemint without root.
fn delegate_cgroups(uid: u32) {
    for c in ["memory", "pids", "cpuacct"] {
        let dir = format!("/sys/fs/cgroup/{c}/codemint-{uid}");
        std::fs::create_dir_all(&dir).unwrap();
        std::os::unix::fs::chown(&dir, Some(uid), Some(uid)).unwrap();
    }
}

fn as_user(uid: u32, args: &[&str]) -> Output {
    let id = uid.to_string();
    Command::new("setpriv")
        .args(["--reuid", &id, "--regid", &id, "--clear-groups", "--", BIN])
        .args(args)
        .env("CODEMINT_LOG_LEVEL", "warn")
        .output()
        .expect("setpriv (util-linux)")
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

fn source(dir: &Path, name: &str, code: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, code).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    path.to_str().unwrap().to_string()
}

fn readable_tempdir() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

#[test]
fn a_program_runs_without_root_in_its_own_user_namespace() {
    delegate_cgroups(RUNNER);
    let dir = readable_tempdir();
    let src = source(
        dir.path(),
        "a.py",
        "import os\nstatus = open('/proc/self/status').read()\n\
         print(os.getuid(), status.split('CapEff:')[1].split()[0])\nprint(input())\n",
    );
    let input = source(dir.path(), "in", "hello\n");
    let v = json(&as_user(
        RUNNER,
        &[
            "run", "--lang", "python", "--file", &src, "--stdin", &input, "--json",
        ],
    ));
    assert_eq!(v["status"], "ok", "{v}");
    // The box's uid 0 (our uid outside), with no capability at all.
    assert_eq!(v["stdout"], "0 0000000000000000\nhello\n", "{v}");
    assert!(v["memory_kb"].as_u64().unwrap_or(0) > 0, "{v}");
}

#[test]
fn without_a_delegated_cgroup_nothing_runs_and_the_reason_is_given() {
    for c in ["memory", "pids", "cpuacct"] {
        let _ = std::fs::remove_dir(format!("/sys/fs/cgroup/{c}/codemint-{UNDELEGATED}"));
    }
    let dir = readable_tempdir();
    let src = source(dir.path(), "a.py", "print('should not run')\n");
    let out = as_user(
        UNDELEGATED,
        &["run", "--lang", "python", "--file", &src, "--json"],
    );
    assert!(!out.status.success());
    let v = json(&out);
    assert_eq!(v["status"], "internal_error", "{v}");
    let error = v["error"].as_str().unwrap_or("");
    assert!(error.contains("delegated to uid 4244"), "{v}");
    assert!(error.contains("chown 4244"), "{v}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("should not run"));
}

#[test]
fn the_judge_works_without_root() {
    delegate_cgroups(RUNNER);
    let problem = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/balanced-brackets");
    for (sol, lang) in [
        ("accepted/sol.c", "c"),
        ("accepted/sol.py", "python"),
        ("accepted/Main.java", "java"),
        ("accepted/sol.go", "go"),
    ] {
        let file = problem.join("submissions").join(sol);
        let out = as_user(
            RUNNER,
            &[
                "judge",
                "--problem",
                problem.to_str().unwrap(),
                "--lang",
                lang,
                "--file",
                file.to_str().unwrap(),
                "--json",
            ],
        );
        let v = json(&out);
        assert_eq!(v["verdict"], "AC", "{sol}: {v}");
    }
}

#[test]
fn a_run_that_tampers_with_the_box_does_not_reach_the_next() {
    // Without root the program has P1's uid, enough to lower P1's limits
    // (prlimit) and priority: later runs forked from P1 would inherit them.
    // Two tests judged in one process share a warm box unless P1 notices.
    delegate_cgroups(RUNNER);
    let dir = readable_tempdir();
    let pkg = dir.path().join("tamper");
    for d in ["data/sample", "problem_statement"] {
        std::fs::create_dir_all(pkg.join(d)).unwrap();
    }
    std::fs::write(
        pkg.join("problem.yaml"),
        "name: Tamper\nlimits:\n  time_limit: 2\n  memory: 256\n",
    )
    .unwrap();
    std::fs::write(
        pkg.join("problem_statement/problem.en.md"),
        "Print your limits.\n",
    )
    .unwrap();
    for t in ["01", "02"] {
        std::fs::write(pkg.join(format!("data/sample/{t}.in")), "").unwrap();
        std::fs::write(pkg.join(format!("data/sample/{t}.ans")), "256 0\n").unwrap();
    }
    make_readable(dir.path());
    let src = source(
        dir.path(),
        "a.sh",
        "echo \"$(ulimit -Hn) $(nice)\"\nprlimit --pid 1 --nofile=32:32 2>/dev/null; renice -n 19 -p 1 >/dev/null 2>&1; true\n",
    );
    let v = json(&as_user(
        RUNNER,
        &[
            "judge",
            "--problem",
            pkg.to_str().unwrap(),
            "--lang",
            "bash",
            "--file",
            &src,
            "--all",
            "--json",
        ],
    ));
    let outputs: Vec<&str> = v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["output"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(outputs, ["256 0\n", "256 0\n"], "{v}");
    assert_eq!(v["verdict"], "AC", "{v}");
}

/// Everything under `dir` readable (and directories searchable) by others.
fn make_readable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let mode = if path.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        if path.is_dir() {
            make_readable(&path);
        }
    }
}

#[test]
fn hostile_programs_are_contained_without_root() {
    delegate_cgroups(USER);
    let mut cases: Vec<Case> = cases()
        .into_iter()
        // The Rust toolchain lives under /root, out of this user's reach;
        // setuid(0) is a no-op for the box's uid 0 (the capability case below
        // checks what that uid may do).
        .filter(|c| c.lang != "rust" && c.name != "setuid(0)")
        .collect();
    cases.push(Case {
        name: "capabilities of the box's uid 0",
        lang: "bash",
        code: "grep -E '^Cap(Inh|Prm|Eff|Bnd|Amb):' /proc/self/status | grep -v '0000000000000000$' && echo HAS CAPS; \
               chown 1:1 /box/main.sh 2>/dev/null && echo CHOWNED; \
               for d in / /dev /proc /usr /etc; do touch $d/left 2>/dev/null && echo WROTE $d; done; true",
        want: &["ok"],
        never: &["HAS CAPS", "CHOWNED", "WROTE"],
    });
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let failures = run_suite(&cases, Some(USER), USER, &format!("codemint-{USER}"));
    assert!(
        failures.is_empty(),
        "{} of {} hostile programs not contained without root:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
