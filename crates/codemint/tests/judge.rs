//! `codemint run`, `judge` and `languages` through the real binary and the real
//! sandbox: exact JSON fields, bad input, and the proof of the bundled pack.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_codemint");

fn codemint(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("CODEMINT_LOG_LEVEL", "warn")
        .output()
        .unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn write(dir: &Path, name: &str, data: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, data).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn run_prints_the_documented_json_fields() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(
        dir.path(),
        "a.cpp",
        b"#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<std::endl;}\n",
    );
    let input = write(dir.path(), "in", b"40 2\n");
    let out = codemint(&[
        "run", "--lang", "cpp", "--file", &src, "--stdin", &input, "--json",
    ]);
    let v = json(&out);
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "compile_output",
            "exit_code",
            "memory_kb",
            "signal",
            "status",
            "stderr",
            "stdout",
            "time_ms",
            "wall_ms"
        ]
    );
    assert_eq!(v["status"], "ok");
    assert_eq!(v["stdout"], "42\n");
    assert_eq!(v["exit_code"], 0);

    let bad = write(dir.path(), "b.c", b"int main( { return 0; }\n");
    let v = json(&codemint(&["run", "--lang", "c", "--file", &bad, "--json"]));
    assert_eq!(v["status"], "compile_error");
    assert!(
        v["compile_output"].as_str().unwrap().contains("error"),
        "{v}"
    );
}

#[test]
fn run_statuses_come_from_kernel_counters() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &[u8], &[&str]); 6] = [
        ("python", "tle.py", b"while True: pass\n", &["--time-ms", "500"]),
        ("python", "sleep.py", b"import time\ntime.sleep(30)\n", &["--time-ms", "500"]),
        ("c", "mle.c", b"#include <string.h>\nstatic char big[700<<20];\nint main(){memset(big,1,sizeof big);return big[12345];}\n", &[]),
        ("python", "ole.py", b"while True: print('x' * 1000)\n", &[]),
        ("python", "re.py", b"raise SystemExit(3)\n", &[]),
        ("python", "se.py", b"import socket\nsocket.socket(socket.AF_PACKET, socket.SOCK_RAW)\n", &[]),
    ];
    let want = [
        "time_limit",
        "wall_time_limit",
        "memory_limit",
        "output_limit",
        "runtime_error",
        "syscall_denied",
    ];
    for ((lang, name, code, extra), want) in cases.iter().zip(want) {
        let src = write(dir.path(), name, code);
        let mut args = vec!["run", "--lang", lang, "--file", &src, "--json"];
        args.extend_from_slice(extra);
        let v = json(&codemint(&args));
        assert_eq!(v["status"], want, "{name}: {v}");
    }
    // Untouched malloc'd pages are not memory use.
    let src = write(
        dir.path(),
        "lazy.c",
        b"#include <stdlib.h>\nint main(){char*p=malloc(700<<20);return p==0;}\n",
    );
    let v = json(&codemint(&["run", "--lang", "c", "--file", &src, "--json"]));
    assert_eq!(v["status"], "ok", "{v}");
}

#[test]
fn bad_input_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let ok = write(dir.path(), "ok.py", b"print(1)\n");
    let out = codemint(&["run", "--lang", "cobol", "--file", &ok]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unknown language \"cobol\""),
        "{out:?}"
    );

    let empty = write(dir.path(), "empty.py", b"");
    let out = codemint(&["run", "--lang", "python", "--file", &empty]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("source is empty"),
        "{out:?}"
    );

    let huge = write(dir.path(), "huge.py", &vec![b'#'; 10 << 20]);
    let out = codemint(&["run", "--lang", "python", "--file", &huge]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("at most"),
        "{out:?}"
    );

    let missing = dir.path().join("nope.py");
    let out = codemint(&[
        "run",
        "--lang",
        "python",
        "--file",
        missing.to_str().unwrap(),
    ]);
    assert!(!out.status.success());

    // Binary garbage and NUL bytes are compile errors, never crashes.
    for (lang, name) in [("c", "g.c"), ("python", "g.py"), ("java", "Main.java")] {
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
            .collect();
        let src = write(dir.path(), name, &garbage);
        let v = json(&codemint(&[
            "run", "--lang", lang, "--file", &src, "--json",
        ]));
        assert_eq!(v["status"], "compile_error", "{lang}: {v}");
    }
}

#[test]
fn languages_lists_every_configured_language() {
    let out = codemint(&["languages"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for id in [
        "c",
        "cpp",
        "python",
        "javascript",
        "rust",
        "java",
        "go",
        "bash",
    ] {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap_or_else(|| panic!("{id} missing:\n{text}"));
        assert!(line.contains("found"), "{line}");
    }
}

#[test]
fn languages_are_probed_in_the_sandbox_not_on_the_host_path() {
    // A tool the host finds on its PATH (a temporary directory), but the
    // language's mounts do not hold: runs could not use it, so it is missing.
    let dir = tempfile::tempdir().unwrap();
    let tool = dir.path().join("hosttool");
    std::fs::write(&tool, "#!/bin/sh\necho hosttool 1.0\n").unwrap();
    std::fs::set_permissions(&tool, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let langs = write(
        dir.path(),
        "languages.toml",
        br#"
[defaults]
mounts = ["/usr", "/bin", "/lib", "/lib64", "/etc/ld.so.cache"]
env = ["PATH=/usr/bin:/bin"]

[languages.hosttool]
name = "Only on the host"
source = "main.txt"
run = ["hosttool", "main.txt"]
version = ["hosttool", "--version"]

[languages.shell]
name = "In the box"
source = "main.sh"
run = ["sh", "main.sh"]
version = ["sh", "-c", "echo sh is here"]
"#,
    );
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap()
    );
    let out = Command::new(BIN)
        .args(["languages", "--languages", &langs])
        .env("PATH", path)
        .env("CODEMINT_LOG_LEVEL", "warn")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = |id: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap_or_else(|| panic!("{id} missing:\n{text}"))
            .to_string()
    };
    assert!(line("hosttool").contains("MISSING"), "{text}");
    assert!(line("hosttool").contains("not found in the box"), "{text}");
    assert!(
        line("shell").contains("found") && line("shell").contains("sh is here"),
        "{text}"
    );
}

fn language_of(file: &str) -> &'static str {
    match Path::new(file).extension().and_then(|e| e.to_str()) {
        Some("c") => "c",
        Some("cpp") => "cpp",
        Some("py") => "python",
        Some("js") => "javascript",
        Some("rs") => "rust",
        Some("java") => "java",
        Some("go") => "go",
        Some("sh") => "bash",
        other => panic!("no language for {file} ({other:?})"),
    }
}

/// Every reference solution of the bundled pack gets the verdict its folder names.
#[test]
fn bundled_pack_reference_solutions_get_their_verdicts() {
    let pack = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems");
    let mut jobs: Vec<(PathBuf, PathBuf, &'static str)> = Vec::new();
    for problem in std::fs::read_dir(&pack)
        .unwrap()
        .flatten()
        .map(|e| e.path())
    {
        if !problem.join("problem.yaml").is_file() {
            continue;
        }
        for (folder, verdict) in [
            ("accepted", "AC"),
            ("wrong_answer", "WA"),
            ("time_limit_exceeded", "TLE"),
            ("run_time_error", "RE"),
        ] {
            let Ok(files) = std::fs::read_dir(problem.join("submissions").join(folder)) else {
                continue;
            };
            for f in files.flatten() {
                jobs.push((problem.clone(), f.path(), verdict));
            }
        }
    }
    jobs.sort();
    assert!(jobs.len() >= 120, "only {} reference solutions", jobs.len());
    let queue = Mutex::new(jobs.clone());
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let Some((problem, file, want)) = queue.lock().unwrap().pop() else {
                        break;
                    };
                    let f = file.to_str().unwrap();
                    let out = codemint(&[
                        "judge",
                        "--problem",
                        problem.to_str().unwrap(),
                        "--lang",
                        language_of(f),
                        "--file",
                        f,
                        "--json",
                    ]);
                    let got = serde_json::from_slice::<Value>(&out.stdout)
                        .map(|v| v["verdict"].as_str().unwrap_or("?").to_string())
                        .unwrap_or_else(|_| {
                            format!("error: {}", String::from_utf8_lossy(&out.stderr))
                        });
                    if got != want {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("{f}: want {want}, got {got}"));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} reference solutions wrong:\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n")
    );
}

/// A sandbox that cannot drop to its unprivileged user (a container without
/// CAP_SETUID/CAP_SETGID) must refuse with the reason and run nothing, not
/// crash into a misleading verdict (it used to abort on a closed descriptor
/// and come out as a compile error).
#[test]
fn a_run_that_cannot_drop_privileges_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "a.py", b"print('should not run')\n");
    let out = Command::new("setpriv")
        .args(["--bounding-set", "-setuid,-setgid", "--", BIN])
        .args(["run", "--lang", "python", "--file", &src, "--json"])
        .env("CODEMINT_LOG_LEVEL", "warn")
        .output()
        .expect("setpriv (util-linux)");
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("should not run"), "{stdout}");
    // `--json` still answers with the documented object, the reason in `error`.
    let v = json(&out);
    assert_eq!(v["status"], "internal_error", "{v}");
    assert!(
        v["error"]
            .as_str()
            .unwrap_or("")
            .contains("Operation not permitted"),
        "{v}"
    );
    for key in [
        "exit_code",
        "signal",
        "time_ms",
        "wall_ms",
        "memory_kb",
        "stdout",
        "stderr",
        "compile_output",
    ] {
        assert!(v.get(key).is_some(), "{key} missing: {v}");
    }
    assert!(
        stderr.contains("cannot run python3: Operation not permitted"),
        "{stderr}"
    );
    assert!(!stderr.contains("IO Safety"), "{stderr}");
}
