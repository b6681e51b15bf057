//! What isolation costs: the same program run bare, through the sandbox with
//! a warm box and with a fresh (cold) box per run, and through bubblewrap
//! with comparable isolation, alternating, in one process.
//! Run by `bench/sandbox.sh`; args: <init exe> <runs per variant> <program> [args…]

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sandbox::{BoxFile, Limits, RunSpec, Sandbox, Status};

const MOUNTS: [&str; 6] = [
    "/usr",
    "/bin",
    "/lib",
    "/lib64",
    "/etc/alternatives",
    "/etc/ld.so.cache",
];

fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(v[v.len() / 2]), ms(v[v.len() * 9 / 10]))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let init = PathBuf::from(&args[1]);
    let runs: usize = args[2].parse().expect("runs");
    let program = &args[3..];
    let sandbox = Sandbox::new(init, vec![]).expect("sandbox");
    let cold = sandbox.clone().with_warm_boxes(0);
    // A compiled program is copied into the box; an interpreter comes from /usr.
    let local = std::path::Path::new(&program[0]).is_file() && !program[0].starts_with("/usr");
    let (argv, files) = if local {
        let data = std::fs::read(&program[0]).unwrap();
        let file = BoxFile {
            path: "prog".into(),
            data,
            executable: true,
        };
        (vec!["./prog".to_string()], vec![file])
    } else {
        (program.to_vec(), vec![])
    };
    let spec = RunSpec {
        argv: argv.clone(),
        env: vec!["PATH=/usr/bin:/bin".into()],
        files,
        ro_mounts: MOUNTS.iter().map(PathBuf::from).collect(),
        limits: Limits::default(),
        ..RunSpec::default()
    };
    let workdir = tempfile::tempdir().unwrap();
    if local {
        std::fs::copy(&program[0], workdir.path().join("prog")).unwrap();
    }
    let mut bwrap_args: Vec<String> = [
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
    ]
    .map(String::from)
    .to_vec();
    for m in MOUNTS {
        bwrap_args.extend(["--ro-bind-try".into(), m.into(), m.into()]);
    }
    bwrap_args.extend([
        "--bind".into(),
        workdir.path().display().to_string(),
        "/box".into(),
        "--chdir".into(),
        "/box".into(),
    ]);
    bwrap_args.extend(argv.iter().cloned());
    let bare_argv: Vec<String> = if local {
        vec![workdir.path().join("prog").display().to_string()]
    } else {
        program.to_vec()
    };

    // The four variants take turns, in a rotating order: each follows every
    // other equally often (a box or bwrap run leaves kernel work behind, such
    // as a network namespace's teardown, that slows whatever runs next).
    let run_bare = || {
        let ok = Command::new(&bare_argv[0])
            .args(&bare_argv[1..])
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok);
    };
    let run_warm = || {
        let out = sandbox.run(&spec).unwrap();
        assert_eq!(out.status, Status::Ok, "{out:?}");
    };
    let run_cold = || {
        let out = cold.run(&spec).unwrap();
        assert_eq!(out.status, Status::Ok, "{out:?}");
    };
    let run_bwrap = || {
        let ok = Command::new("bwrap")
            .args(&bwrap_args)
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "bwrap failed");
    };
    let variants: [&dyn Fn(); 4] = [&run_bare, &run_warm, &run_cold, &run_bwrap];
    let mut times: [Vec<Duration>; 4] = Default::default();
    for i in 0..runs {
        for k in 0..4 {
            let v = (i + k) % 4;
            let t = Instant::now();
            variants[v]();
            times[v].push(t.elapsed());
        }
    }
    let [bare, boxed, fresh, bwrap] = times;
    let (b50, b90) = stats(bare);
    let (s50, s90) = stats(boxed);
    let (c50, c90) = stats(fresh);
    let (w50, w90) = stats(bwrap);
    println!(
        "{:<34} {:>9} {:>9} {:>12} {:>12}",
        program.join(" "),
        "p50 ms",
        "p90 ms",
        "over bare",
        "vs bwrap"
    );
    println!(
        "{:<34} {b50:>9.2} {b90:>9.2} {:>12} {:>12}",
        "  bare", "-", "-"
    );
    println!(
        "{:<34} {s50:>9.2} {s90:>9.2} {:>+11.2}ms {:>11.2}x",
        "  codemint sandbox (warm box)",
        s50 - b50,
        s50 / w50
    );
    println!(
        "{:<34} {c50:>9.2} {c90:>9.2} {:>+11.2}ms {:>11.2}x",
        "  codemint sandbox (cold box)",
        c50 - b50,
        c50 / w50
    );
    println!(
        "{:<34} {w50:>9.2} {w90:>9.2} {:>+11.2}ms {:>12}",
        "  bwrap",
        w50 - b50,
        "1.00x"
    );

    // Throughput with both cores busy: two threads running back to back.
    let n = runs.max(20);
    let per_second = |one: &(dyn Fn() + Sync)| {
        let t = Instant::now();
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| (0..n / 2).for_each(|_| one()));
            }
        });
        (n / 2 * 2) as f64 / t.elapsed().as_secs_f64()
    };
    let bare_rate = per_second(&|| {
        Command::new(&bare_argv[0])
            .args(&bare_argv[1..])
            .stdout(Stdio::null())
            .status()
            .unwrap();
    });
    let warm_rate = per_second(&|| {
        sandbox.run(&spec).unwrap();
    });
    let bwrap_rate = per_second(&|| {
        Command::new("bwrap")
            .args(&bwrap_args)
            .stdout(Stdio::null())
            .status()
            .unwrap();
    });
    println!(
        "  runs/s on 2 threads: bare {bare_rate:.0}, warm box {warm_rate:.0} ({:.2}x bare, {:.2}x bwrap), bwrap {bwrap_rate:.0}",
        warm_rate / bare_rate,
        warm_rate / bwrap_rate
    );
}
