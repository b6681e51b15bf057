//! Real programs in the real sandbox: each test asserts what the program got
//! AND the host's state afterwards. Needs root (as CI has).

#[path = "support/boxes.rs"]
mod support;

use sandbox::{BoxFile, Limits, RunSpec, Status};
use support::{mounts, nobody_processes, quick, sandbox, sh};

#[test]
fn runs_a_program_with_stdin() {
    let mut spec = sh(
        "read x; echo \"got $x\"; echo err >&2; id -u; hostname",
        quick(),
    );
    spec.stdin = b"hello\n".to_vec();
    let out = sandbox().run(&spec).unwrap();
    assert_eq!(
        out.status,
        Status::Ok,
        "{out:?} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "got hello\n65534\ncodemint\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "err\n");
    assert_eq!(out.exit_code, Some(0));
    assert!(out.memory_kb > 0);
}

#[test]
fn compiles_once_and_runs_the_artifact() {
    let src = "#include <stdio.h>\nint main(){int a,b;scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a+b);return 0;}\n";
    let mut compile = sh(
        "gcc -O2 -o prog main.c",
        Limits {
            cpu_ms: 10_000,
            wall_ms: 20_000,
            ..Limits::default()
        },
    );
    compile.files = vec![BoxFile {
        path: "main.c".into(),
        data: src.as_bytes().to_vec(),
        executable: false,
    }];
    compile.copy_out = vec!["prog".into()];
    let out = sandbox().run(&compile).unwrap();
    assert_eq!(
        out.status,
        Status::Ok,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let prog = out
        .files
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no compiled program: {:?}", out.error));
    for (input, want) in [("1 2", "3\n"), ("40 2", "42\n")] {
        let run = RunSpec {
            argv: vec!["./prog".into()],
            files: vec![prog.clone()],
            stdin: input.as_bytes().to_vec(),
            ro_mounts: mounts(),
            limits: quick(),
            ..RunSpec::default()
        };
        let out = sandbox().run(&run).unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), want);
    }
}

#[test]
fn cpu_burner_is_time_limit() {
    let out = sandbox()
        .run(&sh(
            "while :; do :; done",
            Limits {
                cpu_ms: 300,
                wall_ms: 5000,
                ..quick()
            },
        ))
        .unwrap();
    assert_eq!(out.status, Status::TimeLimit, "{out:?}");
    assert!(out.cpu_ms >= 300, "{out:?}");
}

#[test]
fn sleeper_is_wall_time_limit() {
    let out = sandbox()
        .run(&sh(
            "sleep 30",
            Limits {
                wall_ms: 300,
                ..quick()
            },
        ))
        .unwrap();
    assert_eq!(out.status, Status::WallTimeLimit, "{out:?}");
    assert!(nobody_processes().iter().all(|p| !p.contains("sleep 30")));
}

#[test]
fn memory_bomb_is_memory_limit() {
    let limits = Limits {
        memory_bytes: 64 << 20,
        ..quick()
    };
    let out = sandbox()
        .run(&sh(
            "exec python3 -c 'x = bytearray(200 * 1024 * 1024); print(len(x))'",
            limits,
        ))
        .unwrap();
    assert_eq!(
        out.status,
        Status::MemoryLimit,
        "{out:?} {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn output_flood_is_output_limit_and_bounded() {
    let limits = Limits {
        output_bytes: 1 << 20,
        ..quick()
    };
    let out = sandbox().run(&sh("yes flood", limits)).unwrap();
    assert_eq!(out.status, Status::OutputLimit, "{out:?}");
    assert!(out.stdout.len() <= 1 << 20);
}

#[test]
fn fork_bomb_is_contained_and_leaves_nothing() {
    let limits = Limits {
        max_processes: 32,
        ..quick()
    };
    let out = sandbox()
        .run(&sh("b() { b | b & }; b; sleep 1", limits))
        .unwrap();
    assert_ne!(out.status, Status::InternalError, "{out:?}");
    // Other tests run boxes in parallel as the same user: look for this one's.
    let left: Vec<String> = nobody_processes()
        .into_iter()
        .filter(|p| p.contains("b()"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn double_fork_and_setsid_survivors_die_with_the_run() {
    let out = sandbox()
        .run(&sh("(setsid sleep 77 &) ; (sleep 78 &) ; exit 0", quick()))
        .unwrap();
    assert_eq!(out.status, Status::Ok, "{out:?}");
    let left: Vec<String> = nobody_processes()
        .into_iter()
        .filter(|p| p.contains("sleep 7"))
        .collect();
    assert!(left.is_empty(), "survivors: {left:?}");
}

#[test]
fn network_is_unreachable() {
    // The box has its own empty network namespace, and IP sockets cannot even be created.
    for target in ["127.0.0.1\", 5432", "127.0.0.1\", 6379", "10.0.0.1\", 80"] {
        let script = format!(
            "exec python3 -c 'import socket; s = socket.socket(); s.settimeout(1); s.connect((\"{target})); print(\"connected\")'"
        );
        let out = sandbox().run(&sh(&script, quick())).unwrap();
        assert_eq!(out.status, Status::RuntimeError, "{out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("Address family not supported"),
            "{out:?}"
        );
        assert!(!String::from_utf8_lossy(&out.stdout).contains("connected"));
    }
}

#[test]
fn other_socket_families_are_killed() {
    for family in ["AF_VSOCK", "AF_PACKET", "AF_NETLINK"] {
        let script = format!(
            "exec python3 -c 'import socket; socket.socket(socket.{family}, socket.SOCK_DGRAM)'"
        );
        let out = sandbox().run(&sh(&script, quick())).unwrap();
        assert_eq!(out.status, Status::SyscallDenied, "{family}: {out:?}");
    }
}

#[test]
fn namespace_and_mount_syscalls_are_denied() {
    for cmd in [
        "exec unshare -n true",
        "exec python3 -c 'import ctypes; ctypes.CDLL(None).mount(b\"x\", b\"/tmp\", b\"tmpfs\", 0, None)'",
    ] {
        let out = sandbox().run(&sh(cmd, quick())).unwrap();
        assert_eq!(out.status, Status::SyscallDenied, "{cmd}: {out:?}");
    }
}

#[test]
fn host_secrets_are_not_visible() {
    let out = sandbox()
        .run(&sh(
            "cat /etc/shadow; cat /proc/1/environ; ls /home /root /work 2>&1; echo done",
            quick(),
        ))
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("root:"), "{stdout}");
    assert!(stdout.contains("done"));
}

#[test]
fn copy_out_never_follows_links() {
    let mut spec = sh(
        "ln -s /etc/shadow prog; mkdir d; ln -s /etc d/etc; ln /etc/passwd hard 2>/dev/null; true",
        quick(),
    );
    spec.copy_out = vec!["prog".into(), "d/etc/passwd".into()];
    let out = sandbox().run(&spec).unwrap();
    assert_eq!(out.status, Status::Ok, "{out:?}");
    assert!(
        out.files.is_empty(),
        "copied through a link: {:?}",
        out.files.iter().map(|f| &f.path).collect::<Vec<_>>()
    );
}

#[test]
fn nothing_is_left_between_runs_in_a_warm_box() {
    let sandbox = sandbox();
    // Files in every writable place, a SysV shared memory segment, and
    // processes that try to outlive the run.
    let first = sandbox
        .run(&sh(
            "echo secret > /tmp/left; echo secret > left; echo secret > /dev/shm/left; \
             ipcmk -M 4096 >/dev/null; (setsid sleep 301 &); (sleep 302 &); echo ok",
            quick(),
        ))
        .unwrap();
    assert_eq!(first.status, Status::Ok, "{first:?}");
    let second = sandbox
        .run(&sh(
            "cat /tmp/left left /dev/shm/left 2>/dev/null; \
             echo \"files:$(ls -A /tmp /box /dev/shm | grep -v ':$' | tr -d '\\n')\"; ipcs -m; \
             for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done",
            quick(),
        ))
        .unwrap();
    assert_eq!(sandbox.boxes().0, 1, "the second run should reuse the box");
    let seen = String::from_utf8_lossy(&second.stdout);
    assert!(!seen.contains("secret"), "{seen}");
    assert!(seen.contains("files:\n"), "files left: {seen}");
    assert!(
        !seen.contains("sleep 30"),
        "a process survived its run: {seen}"
    );
    assert!(
        !seen.contains("0x"),
        "an IPC segment survived its run: {seen}"
    );
    assert!(
        nobody_processes().iter().all(|p| !p.contains("sleep 30")),
        "{:?}",
        nobody_processes()
    );
}

#[test]
fn a_box_serves_again_after_limits_killed_its_run() {
    let sandbox = sandbox();
    let bombs = [
        ("while :; do :; done", Status::TimeLimit),
        ("sleep 30", Status::WallTimeLimit),
        ("yes flood", Status::OutputLimit),
        ("f() { f | f & }; f; sleep 1", Status::WallTimeLimit),
    ];
    for (script, want) in bombs {
        let limits = Limits {
            cpu_ms: 300,
            wall_ms: 800,
            output_bytes: 1 << 20,
            max_processes: 32,
            ..quick()
        };
        let out = sandbox.run(&sh(script, limits)).unwrap();
        if want != Status::WallTimeLimit || script.starts_with("sleep") {
            assert_eq!(out.status, want, "{script}: {out:?}");
        }
        let next = sandbox
            .run(&sh("echo fine; ls /proc | grep -c '^[0-9]'", quick()))
            .unwrap();
        assert_eq!(next.status, Status::Ok, "after {script}: {next:?}");
        // Only P1 and this run's shell (and its ls/grep) are in the box.
        let stdout = String::from_utf8_lossy(&next.stdout);
        let procs: u32 = stdout.lines().nth(1).unwrap_or("99").parse().unwrap_or(99);
        assert!(procs <= 4, "after {script}: {procs} processes in the box");
    }
    assert_eq!(sandbox.boxes().0, 1, "one box served every run");
}

#[test]
fn a_runs_memory_is_its_own_in_a_warm_box() {
    let sandbox = sandbox();
    let limits = Limits {
        memory_bytes: 256 << 20,
        ..quick()
    };
    let big = sandbox
        .run(&sh(
            "exec python3 -c 'x = bytearray(150 * 1024 * 1024); print(len(x))'",
            limits,
        ))
        .unwrap();
    assert_eq!(big.status, Status::Ok, "{big:?}");
    assert!(big.memory_kb > 150 << 10, "{big:?}");
    let small = sandbox.run(&sh("true", limits)).unwrap();
    assert!(small.memory_kb < 32 << 10, "{small:?}");
    // And the limit is this run's: 150 MB does not fit in 64.
    let tight = sandbox
        .run(&sh(
            "exec python3 -c 'x = bytearray(150 * 1024 * 1024); print(len(x))'",
            Limits {
                memory_bytes: 64 << 20,
                ..quick()
            },
        ))
        .unwrap();
    assert_eq!(tight.status, Status::MemoryLimit, "{tight:?}");
    assert_eq!(sandbox.boxes().0, 1);
}

#[test]
fn missing_program_is_an_internal_error_not_a_crash() {
    let spec = RunSpec {
        argv: vec!["no-such-compiler".into()],
        ro_mounts: mounts(),
        limits: quick(),
        ..RunSpec::default()
    };
    let out = sandbox().run(&spec).unwrap();
    assert_eq!(out.status, Status::InternalError);
    assert!(out.error.unwrap().contains("not found"));
}

#[test]
fn copy_out_returns_regular_files() {
    let mut spec = sh(
        "echo made > out.txt; mkdir -p sub; echo deep > sub/f",
        quick(),
    );
    spec.copy_out = vec!["out.txt".into(), "sub/f".into(), "missing".into()];
    let out = sandbox().run(&spec).unwrap();
    assert_eq!(out.status, Status::Ok, "{out:?}");
    let got: Vec<(&str, &[u8])> = out
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.data.as_slice()))
        .collect();
    assert_eq!(
        got,
        [("out.txt", &b"made\n"[..]), ("sub/f", &b"deep\n"[..])]
    );
    assert!(out.error.unwrap_or_default().contains("missing"));
}

#[test]
fn programs_get_default_signal_handling() {
    // Rust ignores SIGPIPE in init and P1; the program must not inherit that:
    // `yes` dies quietly of SIGPIPE instead of complaining about EPIPE.
    let out = sandbox().run(&sh("yes | head -n 1", quick())).unwrap();
    assert_eq!(out.status, Status::Ok, "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "y\n");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Broken pipe"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pids_start_again_in_a_warm_box() {
    // How many processes the last run made is not the next run's to count.
    let sandbox = sandbox();
    let first = sandbox
        .run(&sh(
            "for i in 1 2 3 4 5 6 7 8 9 10; do true & done; wait; echo $$",
            quick(),
        ))
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&first.stdout), "2\n", "{first:?}");
    let second = sandbox.run(&sh("echo $$", quick())).unwrap();
    assert_eq!(String::from_utf8_lossy(&second.stdout), "2\n", "{second:?}");
    assert_eq!(sandbox.boxes().0, 1);
}
