//! Room documents with real Yjs clients (the npm `y-websocket` provider, run
//! by Node.js from `e2e/`) against a real `codemint serve`, killed with -9 in
//! the middle of typing. SQLite always; PostgreSQL when
//! CODEMINT_TEST_DATABASE_URL is set.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/process.rs"]
mod process;

use process::{Env, Server, free_port, kill9};

fn e2e_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e")
}

/// One Node.js Yjs client and the JSON lines it prints.
struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<Value>,
    seen: Vec<Value>,
}

impl Client {
    fn spawn(base: &str, room: &str, token: &str, mode: &str, name: &str) -> Client {
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

    fn drain(&mut self) {
        self.seen.extend(self.lines.try_iter());
    }

    fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    /// Wait for a line matching `pred` (already seen or new).
    fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
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
    fn wait_count(&mut self, what: &str, n: usize, pred: impl Fn(&Value) -> bool) {
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
    fn typed(&mut self) -> Vec<(String, i64)> {
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
async fn room(env: &Env, base: &str) -> (String, String) {
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
fn server_text(base: &str, room: &str, token: &str) -> String {
    let mut reader = Client::spawn(base, room, token, "dump", "reader");
    let v = reader.wait_for("the synced text", |v| v.get("text").is_some());
    v["text"].as_str().unwrap().to_string()
}

fn words(text: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_string()).or_default() += 1;
    }
    m
}

/// Clients keep typing through a kill -9 and a restart: afterwards the
/// server's document holds every word any client typed, exactly once, and
/// every client holds the same text.
async fn typing_through_a_crash(postgres: bool) {
    let env = Env::new(postgres).await;
    let port = free_port();
    let mut server = Server::start_on(&env, port, &["--workers", "0"]).await;
    let base = server.base.clone();
    let (token, room) = room(&env, &base).await;
    let mut typists: Vec<Client> = ["A", "B", "C"]
        .iter()
        .map(|n| Client::spawn(&base, &room, &token, "type", n))
        .collect();
    for t in &mut typists {
        t.wait_for("synced", |v| v["synced"] == true);
    }
    std::thread::sleep(Duration::from_millis(1500));
    kill9(&mut server.child);
    drop(server);
    // They go on typing offline, then the server comes back where it was.
    std::thread::sleep(Duration::from_millis(700));
    let server = Server::start_on(&env, port, &["--workers", "0"]).await;
    for t in &mut typists {
        t.wait_count("a reconnect after the restart", 2, |v| {
            v["status"] == "connected"
        });
    }
    std::thread::sleep(Duration::from_millis(1000));
    for t in &mut typists {
        t.send("stop");
    }
    for t in &mut typists {
        t.wait_for("stopped", |v| v.get("stopped").is_some());
    }
    let typed: BTreeSet<String> = typists
        .iter_mut()
        .flat_map(|t| t.typed().into_iter().map(|(w, _)| w))
        .collect();
    assert!(typed.len() > 150, "only {} words typed", typed.len());
    let deadline = Instant::now() + Duration::from_secs(30);
    let text = loop {
        let text = server_text(&base, &room, &token);
        let have = words(&text);
        if have.keys().cloned().collect::<BTreeSet<_>>() == typed {
            break text;
        }
        assert!(
            Instant::now() < deadline,
            "the server is missing {} typed words after the restart",
            typed.iter().filter(|w| !have.contains_key(*w)).count()
        );
        std::thread::sleep(Duration::from_millis(300));
    };
    let dupes: Vec<_> = words(&text).into_iter().filter(|(_, n)| *n > 1).collect();
    assert!(dupes.is_empty(), "words applied twice: {dupes:?}");
    // Every client converged on the server's text, character for character.
    for t in &mut typists {
        t.send("dump");
        let v = t.wait_for("its text", |v| {
            v.get("text").is_some() && v["synced"] == true
        });
        assert_eq!(v["text"].as_str().unwrap(), text);
    }
    server.stop();
}

/// Clients type, the server is killed and so are they (nobody can resend):
/// every update broadcast more than ~100 ms before the crash is still there.
async fn broadcast_updates_are_durable(postgres: bool) {
    let env = Env::new(postgres).await;
    let port = free_port();
    let mut server = Server::start_on(&env, port, &["--workers", "0"]).await;
    let base = server.base.clone();
    let (token, room) = room(&env, &base).await;
    let mut watcher = Client::spawn(&base, &room, &token, "watch", "W");
    watcher.wait_for("synced", |v| v["synced"] == true);
    let mut typists: Vec<Client> = ["D", "E"]
        .iter()
        .map(|n| Client::spawn(&base, &room, &token, "type", n))
        .collect();
    std::thread::sleep(Duration::from_millis(2000));
    let crash = store::now_ms();
    kill9(&mut server.child);
    for t in &mut typists {
        kill9(&mut t.child);
    }
    kill9(&mut watcher.child);
    drop(server);
    watcher.drain();
    let seen_before: BTreeSet<String> = watcher
        .seen
        .iter()
        .filter(|v| v["t"].as_i64().is_some_and(|t| t <= crash - 100))
        .filter_map(|v| v["seen"].as_str().map(String::from))
        .collect();
    assert!(
        seen_before.len() > 50,
        "only {} words seen",
        seen_before.len()
    );

    let server = Server::start_on(&env, port, &["--workers", "0"]).await;
    let have = words(&server_text(&base, &room, &token));
    let lost: Vec<&String> = seen_before
        .iter()
        .filter(|w| !have.contains_key(*w))
        .collect();
    assert!(
        lost.is_empty(),
        "lost {} of {} broadcast words: {lost:?}",
        lost.len(),
        seen_before.len()
    );
    server.stop();
}

#[tokio::test]
async fn sqlite_typing_through_a_crash() {
    typing_through_a_crash(false).await;
}

#[tokio::test]
async fn sqlite_broadcast_updates_are_durable() {
    broadcast_updates_are_durable(false).await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn postgres_typing_through_a_crash() {
    typing_through_a_crash(true).await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn postgres_broadcast_updates_are_durable() {
    broadcast_updates_are_durable(true).await;
}
