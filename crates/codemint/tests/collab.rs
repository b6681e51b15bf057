//! Room documents with real Yjs clients (the npm `y-websocket` provider, run
//! by Node.js from `e2e/`) against a real `codemint serve`, killed with -9 in
//! the middle of typing. SQLite always; PostgreSQL when
//! CODEMINT_TEST_DATABASE_URL is set.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

#[path = "support/process.rs"]
mod process;
#[path = "support/yjs.rs"]
mod yjs;

use process::{Env, Server, free_port, kill9};
use yjs::{Client, room, server_text, words};

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
    // Until the watcher has seen plenty (not a fixed time: a loaded machine
    // types slower), then a little longer so those are well before the crash.
    watcher.wait_count("60 broadcast words", 60, |v| v["seen"].is_string());
    std::thread::sleep(Duration::from_millis(300));
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
