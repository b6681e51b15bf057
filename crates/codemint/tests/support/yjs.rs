//! Real Yjs clients (the npm `y-websocket` provider, run by Node.js from
//! `e2e/yjs-client.mjs`) for the integration tests, and the room they edit.
#![allow(dead_code)] // each test binary uses a different part of this

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::process::{self, Env};

pub fn e2e_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e")
}

/// One Node.js Yjs client and the JSON lines it prints.
pub struct Client {
    pub child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<Value>,
    pub seen: Vec<Value>,
}

impl Client {
    pub fn spawn(base: &str, room: &str, token: &str, mode: &str, name: &str) -> Client {
        let ws = base.replace("http://", "ws://");
        let mut child = Command::new("node")
            .arg(e2e_dir().join("yjs-client.mjs"))
            .args([&ws, room, token, mode, name])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node (scripts/test installs e2e/node_modules)");
        let out = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if let Ok(v) = serde_json::from_str(&line) {
                    let _ = tx.send(v);
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            lines,
            seen: Vec::new(),
        }
    }

    pub fn drain(&mut self) {
        self.seen.extend(self.lines.try_iter());
    }

    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Wait for a line matching `pred` (already seen or new).
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            self.drain();
            if let Some(v) = self.seen.iter().find(|v| pred(v)) {
                return v.clone();
            }
            assert!(Instant::now() < deadline, "client never printed {what}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Wait until `n` lines match `pred`.
    pub fn wait_count(&mut self, what: &str, n: usize, pred: impl Fn(&Value) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            self.drain();
            if self.seen.iter().filter(|v| pred(v)).count() >= n {
                return;
            }
            assert!(Instant::now() < deadline, "client never printed {what}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The words this client typed, with when.
    pub fn typed(&mut self) -> Vec<(String, i64)> {
        self.drain();
        self.seen
            .iter()
            .filter_map(|v| Some((v["typed"].as_str()?.to_string(), v["t"].as_i64()?)))
            .collect()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An interviewer's token and a fresh room, made through the real API.
pub async fn room(env: &Env, base: &str) -> (String, String) {
    let client = reqwest::Client::new();
    let login = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": "ivy@example.com", "password": "password123"}))
        .send()
        .await
        .unwrap();
    let token = if login.status() == 200 {
        login.json::<Value>().await.unwrap()["access_token"]
            .as_str()
            .unwrap()
            .to_string()
    } else {
        let out = env.run(
            &[
                "admin",
                "create-user",
                "--email",
                "ivy@example.com",
                "--name",
                "Ivy",
                "--role",
                "interviewer",
                "--password-stdin",
            ],
            Some("password123\n"),
        );
        assert!(out.status.success(), "{}", process::text(&out));
        return Box::pin(room(env, base)).await;
    };
    let res = client
        .post(format!("{base}/api/v1/rooms"))
        .bearer_auth(&token)
        .json(&json!({"title": "crash test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let id = res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (token, id)
}

/// The document's text as a fresh client syncs it from the server.
pub fn server_text(base: &str, room: &str, token: &str) -> String {
    let mut reader = Client::spawn(base, room, token, "dump", "reader");
    let v = reader.wait_for("the synced text", |v| v.get("text").is_some());
    v["text"].as_str().unwrap().to_string()
}

pub fn words(text: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_string()).or_default() += 1;
    }
    m
}
