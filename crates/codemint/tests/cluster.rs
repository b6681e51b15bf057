//! Cluster mode with real processes: two `codemint serve` nodes and a
//! `codemint worker` on one PostgreSQL database and one Redis, real Yjs
//! clients spread over the nodes. Built only when both
//! CODEMINT_TEST_DATABASE_URL and CODEMINT_TEST_REDIS_URL are set (`.ci/run`
//! sets both and fails when either server is unreachable).
#![cfg(cluster_tests)]

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

#[path = "support/process.rs"]
mod process;
#[path = "support/yjs.rs"]
mod yjs;

use process::{Env, Server, free_port, kill9};
use yjs::{Client, room, server_text, words};

fn redis_url() -> String {
    std::env::var("CODEMINT_TEST_REDIS_URL").unwrap()
}

async fn node(env: &Env, redis: &str, workers: &str) -> Server {
    Server::start_with(env, &["--redis-url", redis, "--workers", workers]).await
}

/// A `/ws` client that keeps every event it receives.
struct Events {
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    seen: Vec<Value>,
}

impl Events {
    async fn connect(base: &str, token: &str) -> Events {
        let url = format!("{}/ws?token={token}", base.replace("http://", "ws://"));
        let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let mut events = Events {
            ws,
            seen: Vec::new(),
        };
        events.wait("ready", |e| e["type"] == "ready").await;
        events
    }

    async fn send(&mut self, msg: Value) {
        self.ws.send(Message::text(msg.to_string())).await.unwrap();
    }

    async fn wait(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(e) = self.seen.iter().find(|e| pred(e)) {
            return e.clone();
        }
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let msg = tokio::time::timeout_at(deadline.into(), self.ws.next())
                .await
                .unwrap_or_else(|_| panic!("no {what} within 60 s; saw {:?}", self.seen))
                .unwrap()
                .unwrap();
            let Message::Text(text) = msg else { continue };
            let e: Value = serde_json::from_str(&text).unwrap();
            self.seen.push(e.clone());
            if pred(&e) {
                return e;
            }
        }
    }
}

struct WorkerProc(Child);

impl Drop for WorkerProc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn worker(env: &Env, redis: &str) -> WorkerProc {
    WorkerProc(
        env.cmd(&["worker", "--redis-url", redis, "--workers", "1"])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    )
}

async fn register(base: &str, email: &str) -> String {
    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/auth/register"))
        .json(&json!({"email": email, "password": "password123", "name": "Sam"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    res.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn post(base: &str, path: &str, token: Option<&str>, body: Value) -> Value {
    let mut req = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    assert!(res.status().is_success(), "{path}: {}", res.status());
    res.json().await.unwrap_or(Value::Null)
}

/// Stop the typists; every word they typed.
fn stop_typing(clients: &mut [&mut Client]) -> Vec<String> {
    let mut typed = Vec::new();
    for c in clients.iter_mut() {
        c.send("stop");
        c.wait_for("stopped", |v| v.get("stopped").is_some());
        typed.extend(c.typed().into_iter().map(|(w, _)| w));
    }
    typed
}

/// Type on both nodes at once, stop, and require every copy — both typists
/// and fresh readers on each node — to hold the same text with every word
/// exactly once.
fn type_and_converge(a: &str, b: &str, room: &str, token: &str, typing: Duration) {
    // A starts typing first, so node B loads the document while A's newest
    // edits are still on their way to the log.
    let mut ca = Client::spawn(a, room, token, "type", "a");
    ca.wait_for("sync", |v| v["synced"] == true);
    std::thread::sleep(Duration::from_millis(100));
    let mut cb = Client::spawn(b, room, token, "type", "b");
    cb.wait_for("sync", |v| v["synced"] == true);
    std::thread::sleep(typing);
    let typed = stop_typing(&mut [&mut ca, &mut cb]);
    assert!(typed.len() > 40, "only {} words typed", typed.len());
    let deadline = Instant::now() + Duration::from_secs(20);
    let text = loop {
        let mut texts = Vec::new();
        for c in [&mut ca, &mut cb] {
            c.seen.clear();
            c.send("dump");
            texts.push(
                c.wait_for("dump", |v| v.get("text").is_some())["text"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            );
        }
        if texts[0] == texts[1] && words(&texts[0]).len() == typed.len() {
            break texts.remove(0);
        }
        assert!(
            Instant::now() < deadline,
            "the two nodes' clients did not converge:\n{}\n---\n{}",
            texts[0],
            texts[1]
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    let counts = words(&text);
    for w in &typed {
        assert_eq!(
            counts.get(w),
            Some(&1),
            "{w} is not in the document exactly once"
        );
    }
    for base in [a, b] {
        assert_eq!(
            server_text(base, room, token),
            text,
            "a fresh client on {base} syncs a different text"
        );
    }
}

#[tokio::test]
async fn two_nodes_share_rooms_events_and_verdicts() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let _worker = worker(&env, &redis);
    let (host, room_id) = room(&env, &a.base).await;

    // Editors on two nodes converge character for character.
    type_and_converge(
        &a.base,
        &b.base,
        &room_id,
        &host,
        Duration::from_millis(1500),
    );

    // A guest asks to join through node B; the interviewer, connected to node
    // A, sees the request, admits them there, and the guest hears it on B.
    let mut host_ws = Events::connect(&a.base, &host).await;
    host_ws
        .send(json!({"type": "join_room", "room": room_id}))
        .await;
    host_ws
        .wait("room_joined", |e| e["type"] == "room_joined")
        .await;
    let joined = post(
        &b.base,
        &format!("/api/v1/rooms/{room_id}/guests"),
        None,
        json!({"name": "Gus"}),
    )
    .await;
    let guest = joined["token"].as_str().unwrap().to_string();
    let member = joined["room"]["me"]["member"].as_str().unwrap().to_string();
    let mut guest_ws = Events::connect(&b.base, &guest).await;
    let req = host_ws
        .wait("lobby_request from node B", |e| {
            e["type"] == "lobby_request"
        })
        .await;
    assert_eq!(req["member"]["name"], "Gus");
    post(
        &a.base,
        &format!("/api/v1/rooms/{room_id}/lobby/{member}"),
        Some(&host),
        json!({"admit": true}),
    )
    .await;
    let decision = guest_ws
        .wait("lobby_decision from node A", |e| {
            e["type"] == "lobby_decision"
        })
        .await;
    assert_eq!(decision["member"]["status"], "admitted");
    // Chat from B reaches A.
    guest_ws
        .send(json!({"type": "join_room", "room": room_id}))
        .await;
    guest_ws
        .wait("room_joined", |e| e["type"] == "room_joined")
        .await;
    post(
        &b.base,
        &format!("/api/v1/rooms/{room_id}/chat"),
        Some(&guest),
        json!({"text": "hi from B"}),
    )
    .await;
    host_ws
        .wait("chat from node B", |e| {
            e["type"] == "chat" && e["text"] == "hi from B"
        })
        .await;

    // A submission made on node A (no judge there) is judged by the separate
    // worker, and its verdict arrives live to the user's socket on node B.
    let user = register(&a.base, "sam@example.com").await;
    let mut user_ws = Events::connect(&b.base, &user).await;
    let accepted = post(
        &a.base,
        "/api/v1/runs",
        Some(&user),
        json!({"language": "python", "code": "print(6 * 7)", "stdin": ""}),
    )
    .await;
    let done = user_ws
        .wait("run_finished on node B", |e| {
            e["type"] == "run_finished" && e["id"] == accepted["id"]
        })
        .await;
    assert_eq!(done["result"]["stdout"], "42\n");
}

#[tokio::test]
async fn a_node_dies_and_its_clients_move_on_without_losing_edits() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let port_a = free_port();
    let mut a = Server::start_on(&env, port_a, &["--redis-url", &redis, "--workers", "0"]).await;
    let port_b = free_port();
    let b = Server::start_on(&env, port_b, &["--redis-url", &redis, "--workers", "0"]).await;
    let (host, room_id) = room(&env, &b.base).await;
    // One client on A that fails over to B, one on B.
    let both = format!("{},{}", a.base, b.base);
    let mut ca = Client::spawn(&both, &room_id, &host, "type", "a");
    let mut cb = Client::spawn(&b.base, &room_id, &host, "type", "b");
    for c in [&mut ca, &mut cb] {
        c.wait_for("sync", |v| v["synced"] == true);
    }
    std::thread::sleep(Duration::from_millis(800));
    kill9(&mut a.child);
    // A's client notices, moves to B and resyncs; typing never stopped.
    ca.wait_for("a reconnect to node B", |v| {
        v["status"] == "connected" && v["server"] == 1
    });
    std::thread::sleep(Duration::from_millis(800));
    let typed = stop_typing(&mut [&mut ca, &mut cb]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = server_text(&b.base, &room_id, &host);
        let counts = words(&text);
        if typed.iter().all(|w| counts.get(w) == Some(&1)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "node B lacks words after node A died: {text}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // And the database has them: A's last edits before the kill may have
    // reached B only over the bus, so B logs them before it lets go.
    drop((ca, cb));
    b.stop();
    let b = Server::start_on(&env, port_b, &["--redis-url", &redis, "--workers", "0"]).await;
    let counts = words(&server_text(&b.base, &room_id, &host));
    let lost: Vec<&String> = typed
        .iter()
        .filter(|w| counts.get(*w) != Some(&1))
        .collect();
    assert!(lost.is_empty(), "not in the log after a restart: {lost:?}");
}

/// Ending a room on a node that never loaded its document still makes it
/// read-only on the node whose editors are typing.
#[tokio::test]
async fn ending_a_room_freezes_it_on_every_node() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let (host, room_id) = room(&env, &a.base).await;
    let mut typist = Client::spawn(&b.base, &room_id, &host, "type", "t");
    typist.wait_for("sync", |v| v["synced"] == true);
    std::thread::sleep(Duration::from_millis(300));
    post(
        &a.base,
        &format!("/api/v1/rooms/{room_id}/end"),
        Some(&host),
        json!({}),
    )
    .await;
    // Frames in flight settle, then the document must stop changing while
    // the client keeps typing.
    std::thread::sleep(Duration::from_millis(500));
    let before = server_text(&b.base, &room_id, &host);
    std::thread::sleep(Duration::from_millis(700));
    let after = server_text(&b.base, &room_id, &host);
    let typed = stop_typing(&mut [&mut typist]);
    assert!(typed.len() > 50, "the client did not keep typing");
    assert_eq!(
        before, after,
        "node B accepted edits after the room ended on node A"
    );
}

#[tokio::test]
async fn redis_restarts_and_nodes_resync() {
    // A Redis of our own, so restarting it disturbs nobody else.
    let port = free_port();
    let start_redis = || {
        Command::new("redis-server")
            .args([
                "--port",
                &port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server")
    };
    let mut redis_proc = WorkerProc(start_redis());
    let url = format!("redis://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "redis-server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let env = Env::new(true).await;
    let a = node(&env, &url, "0").await;
    let b = node(&env, &url, "0").await;
    let (host, room_id) = room(&env, &a.base).await;
    let mut ca = Client::spawn(&a.base, &room_id, &host, "type", "a");
    let mut cb = Client::spawn(&b.base, &room_id, &host, "type", "b");
    for c in [&mut ca, &mut cb] {
        c.wait_for("sync", |v| v["synced"] == true);
    }
    std::thread::sleep(Duration::from_millis(500));
    // Redis goes away while both keep typing; the nodes stay up and say so.
    kill9(&mut redis_proc.0);
    std::thread::sleep(Duration::from_millis(1000));
    let ready = reqwest::get(format!("{}/readyz", a.base)).await.unwrap();
    assert_eq!(ready.status(), 503);
    assert_eq!(ready.json::<Value>().await.unwrap()["bus"], "unreachable");
    redis_proc = WorkerProc(start_redis());
    let deadline = Instant::now() + Duration::from_secs(20);
    while reqwest::get(format!("{}/readyz", b.base))
        .await
        .unwrap()
        .status()
        != 200
    {
        assert!(
            Instant::now() < deadline,
            "node B did not reconnect to Redis"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    std::thread::sleep(Duration::from_millis(500));
    let typed = stop_typing(&mut [&mut ca, &mut cb]);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ta = server_text(&a.base, &room_id, &host);
        let tb = server_text(&b.base, &room_id, &host);
        let counts = words(&ta);
        if ta == tb && typed.iter().all(|w| counts.get(w) == Some(&1)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the nodes did not resync after Redis came back:\n{ta}\n---\n{tb}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    drop(redis_proc);
}

#[tokio::test]
async fn a_wrong_redis_url_fails_fast() {
    let env = Env::new(true).await;
    let start = Instant::now();
    let out = env.run(
        &[
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--redis-url",
            "redis://127.0.0.1:1",
        ],
        None,
    );
    assert!(!out.status.success());
    let text = process::text(&out);
    assert!(
        text.contains("cannot reach Redis at redis://127.0.0.1:1"),
        "{text}"
    );
    assert!(start.elapsed() < Duration::from_secs(20));

    // The same for a database nobody listens on.
    let start = Instant::now();
    let out = env
        .cmd(&["serve", "--bind", "127.0.0.1:0"])
        .env(
            "CODEMINT_DATABASE_URL",
            "postgres://postgres@127.0.0.1:1/nowhere",
        )
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = process::text(&out);
    assert!(text.to_lowercase().contains("connect"), "{text}");
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
}

/// Garbage on the cluster's Redis channels (a foreign publisher, a bug) is
/// logged and dropped; the nodes go on delivering real events.
#[tokio::test]
async fn malformed_bus_messages_are_dropped() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let (host, room_id) = room(&env, &a.base).await;
    let mut host_ws = Events::connect(&a.base, &host).await;
    host_ws
        .send(json!({"type": "join_room", "room": room_id}))
        .await;
    host_ws
        .wait("room_joined", |e| e["type"] == "room_joined")
        .await;
    // The deployment's channel prefix, from its database.
    let pool = sqlx::PgPool::connect(env.database_url.as_deref().unwrap())
        .await
        .unwrap();
    let cluster: String = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'cluster_id'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let prefix = format!("codemint:{cluster}:");
    for (channel, payload) in [
        (format!("{prefix}room:{room_id}"), "no separator at all"),
        (format!("{prefix}room:{room_id}"), "node|{not json"),
        (format!("{prefix}doc:{room_id}"), "node|u|!!!not base64"),
        (format!("{prefix}doc:{room_id}"), "node|u|AAECAwQ="),
    ] {
        let status = Command::new("redis-cli")
            .args(["-u", &redis, "publish", &channel, payload])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    }
    // Both nodes are alive and still carry events between them.
    let joined = post(
        &b.base,
        &format!("/api/v1/rooms/{room_id}/guests"),
        None,
        json!({"name": "Gil"}),
    )
    .await;
    assert_eq!(joined["room"]["me"]["status"], "pending");
    host_ws
        .wait("lobby_request after the garbage", |e| {
            e["type"] == "lobby_request"
        })
        .await;
    for base in [&a.base, &b.base] {
        let ready = reqwest::get(format!("{base}/readyz")).await.unwrap();
        assert_eq!(ready.status(), 200);
    }
    assert_eq!(server_text(&b.base, &room_id, &host), "");
}

#[tokio::test]
async fn rate_limits_hold_across_nodes() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let flags = [
        "--redis-url",
        &redis,
        "--workers",
        "0",
        "--runs-per-minute",
        "3",
    ];
    let a = Server::start_with(&env, &flags).await;
    let b = Server::start_with(&env, &flags).await;
    let user = register(&a.base, "ray@example.com").await;
    let run = |base: String| {
        let user = user.clone();
        async move {
            reqwest::Client::new()
                .post(format!("{base}/api/v1/runs"))
                .bearer_auth(&user)
                .json(&json!({"language": "python", "code": "print(1)", "stdin": ""}))
                .send()
                .await
                .unwrap()
        }
    };
    // The shared count is per calendar minute: stay clear of its boundary.
    let second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % 60;
    if second >= 50 {
        tokio::time::sleep(Duration::from_secs(61 - second)).await;
    }
    // Three runs a minute in all, wherever they land: two on A, one on B,
    // and the fourth is refused on either node.
    for base in [&a.base, &b.base, &a.base] {
        assert_eq!(run(base.clone()).await.status(), 202);
    }
    let refused = run(b.base.clone()).await;
    assert_eq!(refused.status(), 429);
    let retry: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
}

#[tokio::test]
async fn nodes_started_together_on_an_empty_database_all_become_ready() {
    let env = Env::new(true).await;
    let redis = redis_url();
    // A worker and three nodes at the same moment: one of them runs the
    // first-start work (migrations, the pack import, the JWT secret), the
    // others wait or skip, and none exits (`Server::start` fails if one does).
    let _worker = worker(&env, &redis);
    let (a, b, c) = tokio::join!(
        node(&env, &redis, "0"),
        node(&env, &redis, "0"),
        node(&env, &redis, "0")
    );
    let packages = std::fs::read_dir(process::pack_dir())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("problem.yaml").is_file())
        .count();
    let list: Value = reqwest::get(format!("{}/api/v1/problems?per_page=100", a.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut slugs: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(
        (list["total"].as_u64(), slugs.len()),
        (Some(packages as u64), packages)
    );
    // One secret: a token from one node works on every node.
    let token = register(&a.base, "first@example.com").await;
    for server in [&b, &c] {
        let res = reqwest::Client::new()
            .get(format!("{}/api/v1/me", server.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{}", server.base);
    }
}

/// A notification made on one node reaches the account's page connected to
/// another (the Redis bus).
#[tokio::test]
async fn a_notification_made_on_one_node_reaches_a_page_on_another() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let (host, room_id) = room(&env, &a.base).await;
    let casey = register(&b.base, "casey@example.com").await;
    let mut page = Events::connect(&b.base, &casey).await;
    post(
        &a.base,
        &format!("/api/v1/rooms/{room_id}/invites"),
        Some(&host),
        json!({"email": "casey@example.com"}),
    )
    .await;
    let got = page
        .wait("the invitation", |e| e["type"] == "notification")
        .await;
    assert_eq!(got["notification"]["kind"], "room_invite");
    assert_eq!(
        got["notification"]["link"],
        format!("/rooms/{room_id}").as_str()
    );
}

/// Two players on two nodes: the queue lives in the database and one node
/// pairs it under the matchmaker's lease; the clock runs on the separate
/// worker; progress and the result cross nodes through the bus.
#[tokio::test]
async fn players_on_two_nodes_are_matched_and_duel() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let _worker = worker(&env, &redis);
    let alice = register(&a.base, "alice@example.com").await;
    let bob = register(&b.base, "bob@example.com").await;
    let mut alice_ws = Events::connect(&a.base, &alice).await;
    let mut bob_ws = Events::connect(&b.base, &bob).await;
    post(
        &a.base,
        "/api/v1/duels/queue",
        Some(&alice),
        json!({"difficulty": "easy"}),
    )
    .await;
    post(
        &b.base,
        "/api/v1/duels/queue",
        Some(&bob),
        json!({"difficulty": "easy"}),
    )
    .await;
    let matched = alice_ws
        .wait("duel_matched", |e| e["type"] == "duel_matched")
        .await;
    let duel = matched["duel"].as_str().unwrap().to_string();
    let on_b = bob_ws
        .wait("duel_matched on node B", |e| e["type"] == "duel_matched")
        .await;
    assert_eq!(on_b["duel"], duel.as_str());
    for ws in [&mut alice_ws, &mut bob_ws] {
        ws.send(json!({"type": "join_duel", "duel": duel})).await;
    }
    // The worker starts the clock; both nodes hear it.
    let started = bob_ws
        .wait("duel_started", |e| e["type"] == "duel_started")
        .await;
    assert!(started["duel"]["problem"]["slug"].is_string());
    alice_ws
        .wait("duel_started on node A", |e| e["type"] == "duel_started")
        .await;
    // Alice's attempt on node A, judged by the worker: Bob sees the counts on B.
    post(
        &a.base,
        &format!("/api/v1/duels/{duel}/submissions"),
        Some(&alice),
        json!({"language": "python", "code": "print(0)"}),
    )
    .await;
    let alice_id = started["duel"]["players"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["user_id"] != bob_ws.seen[0]["user_id"])
        .unwrap()["user_id"]
        .clone();
    bob_ws
        .wait("Alice's attempt on node B", |e| {
            e["type"] == "duel_progress"
                && e["user_id"] == alice_id
                && e["progress"]["attempts"] == 1
        })
        .await;
    // She gives up on A; the result reaches B.
    post(
        &a.base,
        &format!("/api/v1/duels/{duel}/forfeit"),
        Some(&alice),
        json!({}),
    )
    .await;
    let done = bob_ws
        .wait("duel_finished on node B", |e| e["type"] == "duel_finished")
        .await;
    assert_eq!(done["duel"]["result"]["reason"], "forfeit");
    assert_ne!(done["duel"]["result"]["winner_user_id"], alice_id);
}

/// An assessment across the cluster: the interviewer proctors on node A,
/// the candidate takes the test on node B, and the worker process runs the
/// deadline (reading the code node B saved) and judges the autosubmission;
/// every event crosses Redis.
#[tokio::test]
async fn an_assessment_spans_two_nodes_and_a_worker() {
    let env = Env::new(true).await;
    let redis = redis_url();
    let a = node(&env, &redis, "0").await;
    let b = node(&env, &redis, "0").await;
    let _worker = worker(&env, &redis);
    register(&a.base, "proctor@example.com").await;
    let store = store::Store::connect(env.database_url.as_deref().unwrap())
        .await
        .unwrap();
    store
        .set_role("proctor@example.com", store::Role::Interviewer)
        .await
        .unwrap();
    let login = post(
        &a.base,
        "/api/v1/auth/login",
        None,
        json!({"email": "proctor@example.com", "password": "password123"}),
    )
    .await;
    let staff = login["access_token"].as_str().unwrap().to_string();
    let now = store::now_ms();
    let created = reqwest::Client::new()
        .post(format!("{}/api/v1/assessments", a.base))
        .bearer_auth(&staff)
        .json(&json!({
            "title": "Cluster screen", "problems": [{"slug": "stair-ways", "points": 10}],
            "duration_minutes": 30, "opens_at": now - 1_000, "closes_at": now + 8_000,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let invited = reqwest::Client::new()
        .post(format!("{}/api/v1/assessments/{id}/invitations", a.base))
        .bearer_auth(&staff)
        .json(&json!({"emails": ["cand@example.com"]}))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let url = invited["items"][0]["url"].as_str().unwrap();
    let link = url.rsplit_once("/a/").unwrap().1;

    let mut proctor = Events::connect(&a.base, &staff).await;
    proctor
        .send(json!({"type": "watch_assessment", "assessment": id}))
        .await;
    proctor
        .wait("assessment_watching", |e| {
            e["type"] == "assessment_watching"
        })
        .await;

    // The candidate, on node B.
    let started = post(
        &b.base,
        &format!("/api/v1/invitations/{link}/start"),
        None,
        json!({}),
    )
    .await;
    let attempt = started["attempt"]["id"].as_str().unwrap().to_string();
    let token = started["token"].as_str().unwrap().to_string();
    let mut candidate = Events::connect(&b.base, &token).await;
    proctor
        .wait("the start on node A", |e| {
            e["type"] == "assessment_candidate" && e["candidate"]["status"] == "started"
        })
        .await;
    let code = "class Solution:\n    def countWays(self, n, k):\n        return 0\n";
    let saved = reqwest::Client::new()
        .put(format!(
            "{}/api/v1/attempts/{attempt}/code/stair-ways",
            b.base
        ))
        .bearer_auth(&token)
        .json(&json!({"language": "python", "code": code}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);
    post(
        &b.base,
        &format!("/api/v1/attempts/{attempt}/signals"),
        Some(&token),
        json!({"kind": "paste", "length": 20}),
    )
    .await;
    let signal = proctor
        .wait("the paste on node A", |e| e["type"] == "assessment_signal")
        .await;
    assert_eq!(signal["signal"]["kind"], "paste");

    // The worker ends the attempt at the deadline and judges what B saved.
    let ended = candidate
        .wait("attempt_ended on node B", |e| e["type"] == "attempt_ended")
        .await;
    assert_eq!(ended["state"], "expired");
    let row = proctor
        .wait("the verdict on node A", |e| {
            e["type"] == "assessment_candidate"
                && e["candidate"]["problems"][0]["verdict"].is_string()
        })
        .await;
    assert_eq!(row["candidate"]["status"], "submitted");
    assert_eq!(row["candidate"]["problems"][0]["submissions"], 1);
    assert_eq!(row["candidate"]["problems"][0]["verdict"], "WA");
}
