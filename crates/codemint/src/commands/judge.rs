//! `codemint run`, `judge` and `languages`: the judge engine from the command line.

use std::path::Path;

use anyhow::{Context, bail};
use judge::{Judge, Languages};
use sandbox::{Limits, Sandbox};

use crate::cli::{GlobalArgs, JudgeArgs, LanguagesArgs, RunArgs};

fn load_languages(args: &LanguagesArgs) -> anyhow::Result<Languages> {
    Ok(Languages::load(args.languages.as_deref())?)
}

/// The judge, with this very binary as the sandbox's init.
pub(crate) fn engine(args: &LanguagesArgs) -> anyhow::Result<Judge> {
    let exe = std::env::current_exe().context("cannot find the codemint executable")?;
    let sandbox = Sandbox::new(exe, vec![crate::SANDBOX_INIT.to_string()])?;
    Ok(Judge::new(sandbox, load_languages(args)?))
}

fn read_source(path: &Path) -> anyhow::Result<Vec<u8>> {
    let meta = std::fs::metadata(path).with_context(|| format!("{}", path.display()))?;
    if meta.len() > judge::MAX_SOURCE_BYTES as u64 {
        bail!(
            "{}: {} bytes, at most {}",
            path.display(),
            meta.len(),
            judge::MAX_SOURCE_BYTES
        );
    }
    std::fs::read(path).with_context(|| format!("{}", path.display()))
}

/// The sandbox could not run the program (nothing ran): with `--json`, still
/// one object on stdout (`internal_error` / `IE`, with the reason in `error`),
/// so scripts reading it get an answer; the error goes to stderr as well.
fn sandbox_failed(
    json: bool,
    mut object: serde_json::Value,
    e: anyhow::Error,
) -> anyhow::Result<()> {
    if json {
        object["error"] = format!("{e:#}").into();
        println!("{object}");
    }
    Err(e)
}

fn is_sandbox_failure(e: &anyhow::Error) -> bool {
    e.downcast_ref::<sandbox::SandboxError>().is_some()
        || matches!(
            e.downcast_ref::<judge::JudgeError>(),
            Some(judge::JudgeError::Sandbox(_))
        )
}

pub async fn run(args: RunArgs) -> anyhow::Result<()> {
    let failed = || {
        serde_json::json!({
            "status": "internal_error", "exit_code": null, "signal": null, "time_ms": 0,
            "wall_ms": 0, "memory_kb": 0, "stdout": "", "stderr": "", "compile_output": "",
        })
    };
    let json = args.json;
    match run_inner(args).await {
        Err(e) if is_sandbox_failure(&e) => sandbox_failed(json, failed(), e),
        other => other,
    }
}

async fn run_inner(args: RunArgs) -> anyhow::Result<()> {
    let judge = engine(&args.languages)?;
    let code = read_source(&args.file)?;
    let stdin = match &args.stdin {
        Some(p) => std::fs::read(p).with_context(|| format!("{}", p.display()))?,
        None => Vec::new(),
    };
    if !(1..=60_000).contains(&args.time_ms) || !(16..=8192).contains(&args.memory_mb) {
        bail!("--time-ms must be 1-60000 and --memory-mb 16-8192");
    }
    let limits = Limits {
        cpu_ms: args.time_ms,
        wall_ms: args.time_ms * 3 + 2000,
        memory_bytes: args.memory_mb << 20,
        ..Limits::default()
    };
    let lang = args.lang.clone();
    let report =
        tokio::task::spawn_blocking(move || judge.run(&lang, &code, stdin, limits)).await??;
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", report.compile_output);
        print!("{}", report.stdout);
        eprint!("{}", report.stderr);
        eprintln!(
            "[{}] exit {:?} signal {:?}, {} ms CPU, {} ms wall, {} KiB",
            report.status,
            report.exit_code,
            report.signal,
            report.time_ms,
            report.wall_ms,
            report.memory_kb
        );
    }
    Ok(())
}

pub async fn judge(global: &GlobalArgs, args: JudgeArgs) -> anyhow::Result<()> {
    let failed = || serde_json::json!({"verdict": "IE", "score": 0.0, "time_ms": 0, "memory_kb": 0, "tests": []});
    let json = args.json;
    match judge_inner(global, args).await {
        Err(e) if is_sandbox_failure(&e) => sandbox_failed(json, failed(), e),
        other => other,
    }
}

async fn judge_inner(global: &GlobalArgs, args: JudgeArgs) -> anyhow::Result<()> {
    let engine = engine(&args.languages)?;
    let code = read_source(&args.file)?;
    let path = Path::new(&args.problem);
    let spec = if path.exists() {
        problem::package::read(path)?
    } else if problem_slug(&args.problem) {
        let store = super::open_store(global).await?;
        match store.problem_spec(&args.problem).await {
            Err(store::StoreError::NotFound) => bail!(
                "no problem package at {0:?} and no stored problem with slug {0:?}",
                args.problem
            ),
            other => other?,
        }
    } else {
        bail!("{}: no such problem package", args.problem);
    };
    let (lang, all) = (args.lang.clone(), args.all);
    let report =
        tokio::task::spawn_blocking(move || engine.judge(&lang, &code, &spec, !all)).await??;
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        print!("{}", report.compile_output);
        for t in &report.tests {
            println!(
                "{:<24} {:?} {:>6} ms {:>8} KiB",
                t.name, t.verdict, t.time_ms, t.memory_kb
            );
        }
        println!("{:?} score {:.1}", report.verdict, report.score);
    }
    Ok(())
}

fn problem_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Each language and whether its toolchain runs in the sandbox (its
/// `version` command in a box with the language's mounts). Without a sandbox
/// (not root), the host's PATH is asked instead, and the output says so.
pub fn list_languages(args: LanguagesArgs) -> anyhow::Result<()> {
    let langs = load_languages(&args)?;
    let judge = engine(&args);
    if let Err(e) = &judge {
        println!("note: checked on the host, not in the sandbox ({e:#})");
    }
    for l in langs.all() {
        let probed = match &judge {
            Ok(j) => j.probe(l),
            Err(_) => l.probe_on_host(),
        };
        match probed {
            Ok(version) => println!("{:<11} found    {:<28} {version}", l.id, l.name),
            Err(why) => println!(
                "{:<11} MISSING  {:<28} {why} (install: {})",
                l.id, l.name, l.install
            ),
        }
    }
    Ok(())
}
