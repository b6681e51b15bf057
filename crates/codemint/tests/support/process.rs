//! Real `codemint` processes for the integration tests: a data directory and
//! database per test, and `codemint serve` started on a free port.
#![allow(dead_code)] // each test binary uses a different part of this

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_codemint");

pub fn pack_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems")
}

/// Where one test keeps its data, and which database it talks to.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub database_url: Option<String>,
}

impl Env {
    pub async fn new(postgres: bool) -> Env {
        let database_url = if postgres {
            Some(postgres_schema_url().await)
        } else {
            None
        };
        Env {
            dir: tempfile::tempdir().unwrap(),
            database_url,
        }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env("CODEMINT_DATA_DIR", self.dir.path())
            .env_remove("CODEMINT_DATABASE_URL")
            .env("CODEMINT_LOG_LEVEL", "warn");
        if let Some(url) = &self.database_url {
            c.env("CODEMINT_DATABASE_URL", url);
        }
        c
    }

    pub fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(input) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(input.as_bytes())
                .unwrap();
        }
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    }
}

pub async fn postgres_schema_url() -> String {
    let base = std::env::var("CODEMINT_TEST_DATABASE_URL").expect("CODEMINT_TEST_DATABASE_URL");
    let schema = format!("cmt_cli_{}", uuid::Uuid::new_v4().simple());
    let store = store::Store::connect(&base).await.unwrap();
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(store.pool())
        .await
        .unwrap();
    store.close().await;
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{schema}")
}

pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A `codemint serve` process; stdout lines are collected for the setup link.
pub struct Server {
    pub child: Child,
    pub base: String,
    stdout: std::sync::mpsc::Receiver<String>,
}

impl Server {
    pub async fn start(env: &Env) -> Server {
        Self::start_with(env, &[]).await
    }

    /// `codemint serve` with more flags.
    pub async fn start_with(env: &Env, extra: &[&str]) -> Server {
        Self::start_on(env, free_port(), extra).await
    }

    /// `codemint serve` on a given port (to restart a server where clients
    /// expect it).
    pub async fn start_on(env: &Env, port: u16, extra: &[&str]) -> Server {
        let bind = format!("127.0.0.1:{port}");
        let mut args = vec!["serve", "--bind", &bind];
        args.extend_from_slice(extra);
        let mut child = env
            .cmd(&args)
            .env("CODEMINT_PACK_DIR", pack_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        // Until it is a `Server` (whose drop stops it), a panic here or in a
        // sibling start (`join!`) must not leave the process running: it
        // would hold the test output's pipe open.
        struct Starting(Option<Child>);
        impl Drop for Starting {
            fn drop(&mut self) {
                if let Some(child) = &mut self.0 {
                    let _ = child.kill();
                    let _ = child.wait();
                }
            }
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let out = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut starting = Starting(Some(child));
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Ok(res) = reqwest::get(format!("{base}/readyz")).await
                && res.status() == 200
            {
                break;
            }
            let child = starting.0.as_mut().unwrap();
            if let Some(status) = child.try_wait().unwrap() {
                panic!("codemint serve exited early: {status}");
            }
            assert!(Instant::now() < deadline, "server did not become ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Server {
            child: starting.0.take().unwrap(),
            base,
            stdout: rx,
        }
    }

    /// The one-time link to create the first admin, as printed at first start.
    /// It is printed before the server listens, so by now it is on its way:
    /// this waits a little for the line rather than racing the reader thread.
    pub fn setup_link(&self) -> Option<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while let Ok(line) = self
            .stdout
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if let Some(link) = line
                .split_whitespace()
                .find(|word| word.contains("/setup?token="))
            {
                return Some(link.to_string());
            }
        }
        None
    }

    pub fn setup_token(&self) -> Option<String> {
        self.stdout.try_iter().find_map(|line| {
            line.split_once("/setup?token=")
                .map(|(_, t)| t.trim().to_string())
        })
    }

    /// SIGTERM, then the process must exit cleanly on its own.
    pub fn stop(mut self) {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "serve exited with {status} after SIGTERM");
                return;
            }
            assert!(
                Instant::now() < deadline,
                "serve did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// SIGKILL: no chance to clean up, as in a crash.
pub fn kill9(child: &mut Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
