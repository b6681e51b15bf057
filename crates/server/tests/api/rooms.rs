//! Rooms through the real router: lobby, roles, documents over `/yjs` with
//! yrs clients, private notes and signals over `/ws`, ending, persistence and
//! replay, and the limits that keep server memory bounded.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use store::Role;
use tokio_tungstenite::tungstenite::Message;
use yrs::updates::decoder::Decode;
use yrs::{GetString, Transact};

use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::yclient::{YClient, eventually};
use crate::{dual_backend_tests, dual_tests};

dual_tests!(
    lobby_admits_and_rejects_with_every_interviewer_seeing_it,
    editors_converge_and_observers_cannot_write,
    notes_and_signals_reach_staff_only,
    ended_room_is_read_only_but_readable,
    timeline_replays_the_document,
    room_runs_and_problem_choice,
    idle_rooms_expire,
);
dual_backend_tests!(
    documents_survive_a_restart_and_compaction,
    limits_keep_rooms_and_memory_bounded,
    stale_presence_expires_and_idle_documents_unload,
    oversized_documents_are_refused,
);

/// A `/ws` client that records every event it receives.
pub(crate) struct Events {
    seen: Arc<Mutex<Vec<Value>>>,
    tx: futures_util::stream::SplitSink<
        tokio_tungstenite::WebSocketStream<
            tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
        >,
        Message,
    >,
}

impl Events {
    pub(crate) async fn connect(app: &TestApp, token: &str) -> Events {
        let url = format!("{}/ws?token={token}", app.base.replace("http://", "ws://"));
        let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        let (tx, mut rx) = ws.split();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = seen.clone();
        tokio::spawn(async move {
            while let Some(Ok(msg)) = rx.next().await {
                if let Message::Text(t) = msg {
                    s.lock().unwrap().push(serde_json::from_str(&t).unwrap());
                }
            }
        });
        Events { seen, tx }
    }

    pub(crate) async fn join(&mut self, room: &str) -> Value {
        let before = self.seen.lock().unwrap().len();
        self.tx
            .send(Message::text(
                json!({"type": "join_room", "room": room}).to_string(),
            ))
            .await
            .unwrap();
        let seen = self.seen.clone();
        let mut found = None;
        eventually("the answer to join_room", || {
            found = seen.lock().unwrap()[before..]
                .iter()
                .find(|e| e["type"] == "room_joined" || e["type"] == "error")
                .cloned();
            found.is_some()
        })
        .await;
        found.unwrap()
    }

    pub(crate) async fn wait(&self, pred: impl Fn(&Value) -> bool) -> Value {
        let seen = self.seen.clone();
        let mut found = None;
        eventually("a /ws event", || {
            found = seen.lock().unwrap().iter().find(|e| pred(e)).cloned();
            found.is_some()
        })
        .await;
        found.unwrap()
    }

    pub(crate) fn all(&self) -> Vec<Value> {
        self.seen.lock().unwrap().clone()
    }
}

pub(crate) struct Room {
    pub(crate) id: String,
    pub(crate) host: String,
}

pub(crate) async fn room(app: &TestApp) -> Room {
    let host = app
        .token_with_role("host@example.com", Role::Interviewer)
        .await;
    let res = app
        .post("/api/v1/rooms", Some(&host), &json!({"title": "Interview"}))
        .await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    let id = body["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 22, "128 random bits, URL-safe");
    assert!(
        body["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/rooms/{id}"))
    );
    assert_eq!(body["me"]["role"], "host");
    Room { id, host }
}

/// An account with the interviewer role that joined `room`: in at once, as
/// an interviewer. Returns its token.
pub(crate) async fn interviewer_in(app: &TestApp, room: &Room, email: &str) -> String {
    let token = app.token_with_role(email, Role::Interviewer).await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/join", room.id),
            Some(&token),
            &json!({}),
        )
        .await;
    let me = res.json::<Value>().await.unwrap()["me"].clone();
    assert_eq!(
        (&me["status"], &me["role"]),
        (&json!("admitted"), &json!("interviewer"))
    );
    token
}

pub(crate) async fn guest(app: &TestApp, room: &str, name: &str) -> (String, String) {
    let res = app
        .post(
            &format!("/api/v1/rooms/{room}/guests"),
            None,
            &json!({"name": name}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["room"]["me"]["status"], "pending");
    (
        body["token"].as_str().unwrap().to_string(),
        body["room"]["me"]["member"].as_str().unwrap().to_string(),
    )
}

pub(crate) async fn decide(
    app: &TestApp,
    room: &Room,
    member: &str,
    body: Value,
) -> reqwest::Response {
    app.post(
        &format!("/api/v1/rooms/{}/lobby/{member}", room.id),
        Some(&room.host),
        &body,
    )
    .await
}

pub(crate) async fn admitted_guest(app: &TestApp, room: &Room, name: &str) -> (String, String) {
    let (token, member) = guest(app, &room.id, name).await;
    assert_eq!(
        decide(app, room, &member, json!({"admit": true}))
            .await
            .status(),
        200
    );
    (token, member)
}

async fn lobby_admits_and_rejects_with_every_interviewer_seeing_it(app: TestApp) {
    let room = room(&app).await;
    // A second interviewer joins and is in at once.
    let other = interviewer_in(&app, &room, "other@example.com").await;
    let mut host_ws = Events::connect(&app, &room.host).await;
    let mut other_ws = Events::connect(&app, &other).await;
    assert_eq!(host_ws.join(&room.id).await["type"], "room_joined");
    assert_eq!(other_ws.join(&room.id).await["type"], "room_joined");

    // A guest knocks: both interviewers see the request.
    let (guest_token, guest_member) = guest(&app, &room.id, "Grace").await;
    let mut guest_ws = Events::connect(&app, &guest_token).await;
    for ws in [&host_ws, &other_ws] {
        let req = ws.wait(|e| e["type"] == "lobby_request").await;
        assert_eq!(req["member"]["name"], "Grace");
        assert_eq!(req["member"]["member"], guest_member.as_str());
    }
    // Waiting guests cannot see the document or the room's events.
    let err = YClient::connect(&app.base, &room.id, &guest_token)
        .await
        .err()
        .unwrap();
    assert!(err.contains("403"), "{err}");
    let refused = guest_ws.join(&room.id).await;
    assert_eq!(refused["type"], "error");
    assert!(refused["message"].as_str().unwrap().contains("lobby"));
    let res = app
        .get(
            &format!("/api/v1/rooms/{}/members", room.id),
            Some(&guest_token),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;

    // Candidates cannot decide; the host admits; everyone hears it once.
    let user = app.register("cand@example.com").await;
    let user_token = user["access_token"].as_str().unwrap().to_string();
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/join", room.id),
            Some(&user_token),
            &json!({}),
        )
        .await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["me"]["status"],
        "pending"
    );
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/lobby/{guest_member}", room.id),
            Some(&user_token),
            &json!({"admit": true}),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = decide(
        &app,
        &room,
        &guest_member,
        json!({"admit": true, "role": "boss"}),
    )
    .await;
    let err = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&err), vec!["role".to_string()]);
    assert_eq!(
        decide(&app, &room, &guest_member, json!({"admit": true}))
            .await
            .status(),
        200
    );
    for ws in [&host_ws, &other_ws, &guest_ws] {
        let d = ws.wait(|e| e["type"] == "lobby_decision").await;
        assert_eq!(d["member"]["status"], "admitted");
    }
    // The decision is made once: another interviewer's late click is a 409.
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/lobby/{guest_member}", room.id),
            Some(&other),
            &json!({"admit": false}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;
    assert_eq!(guest_ws.join(&room.id).await["type"], "room_joined");

    // The user is rejected and told so clearly.
    let user_member = format!("u:{}", user["user"]["id"]);
    assert_eq!(
        decide(&app, &room, &user_member, json!({"admit": false}))
            .await
            .status(),
        200
    );
    let res = app
        .get(
            &format!("/api/v1/rooms/{}/members", room.id),
            Some(&user_token),
        )
        .await;
    let err = expect_problem(res, 403, "forbidden").await;
    assert!(err["detail"].as_str().unwrap().contains("not admitted"));

    // Staff see the whole lobby history; the guest sees admitted members only.
    let members: Value = app
        .get(
            &format!("/api/v1/rooms/{}/members", room.id),
            Some(&room.host),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(members["total"], 4);
    let members: Value = app
        .get(
            &format!("/api/v1/rooms/{}/members", room.id),
            Some(&guest_token),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(members["total"], 3);
    // A guest token opens only its own room, and no account endpoints.
    let res = app.get("/api/v1/me", Some(&guest_token)).await;
    expect_problem(res, 401, "invalid_token").await;
    let other_room = room_for(&app, &room.host).await;
    let res = app
        .get(&format!("/api/v1/rooms/{other_room}"), Some(&guest_token))
        .await;
    expect_problem(res, 404, "not_found").await;
    let res = app.get("/api/v1/rooms/nosuchroom", Some(&room.host)).await;
    expect_problem(res, 404, "not_found").await;
}

async fn room_for(app: &TestApp, host: &str) -> String {
    let res = app.post("/api/v1/rooms", Some(host), &json!({})).await;
    res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn editors_converge_and_observers_cannot_write(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, _) = admitted_guest(&app, &room, "Ada").await;
    let (watcher_token, watcher) = guest(&app, &room.id, "Watcher").await;
    let res = decide(
        &app,
        &room,
        &watcher,
        json!({"admit": true, "role": "observer"}),
    )
    .await;
    assert_eq!(res.json::<Value>().await.unwrap()["role"], "observer");

    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let cand = YClient::connect(&app.base, &room.id, &guest_token)
        .await
        .unwrap();
    let obs = YClient::connect(&app.base, &room.id, &watcher_token)
        .await
        .unwrap();
    // Both type at once, interleaved.
    for i in 0..20 {
        host.insert(0, &format!("h{i};"));
        cand.insert(1000, &format!("c{i};"));
    }
    eventually("both editors to converge", || {
        let t = host.text();
        t == cand.text() && t.matches(';').count() == 40 && obs.text() == t
    })
    .await;
    // The observer syncs but cannot write.
    obs.insert(0, "OBSERVER");
    host.insert(0, "after;");
    eventually("the host's later edit to arrive", || {
        cand.text().starts_with("after;")
    })
    .await;
    assert!(!cand.text().contains("OBSERVER"));
    let server = app.collab.text(&room.id, "code").await.unwrap();
    assert!(!server.contains("OBSERVER"));
    assert_eq!(server, cand.text());

    // Presence: names and cursors reach the others; a connection cannot speak
    // for another's client id; leaving removes it.
    cand.set_presence(
        7,
        1,
        r##"{"user":{"name":"Ada","color":"#f00"},"cursor":{"anchor":3}}"##,
    );
    eventually("the candidate's cursor", || host.presence_of(7).is_some()).await;
    host.set_presence(7, 2, r#"{"user":{"name":"Spoof"}}"#);
    obs.set_presence(9, 1, r#"{"user":{"name":"Watcher"}}"#);
    eventually("the observer's presence", || host.presence_of(9).is_some()).await;
    assert!(cand.presence_of(7).is_none() || !cand.presence_of(7).unwrap().contains("Spoof"));
    assert!(host.presence_of(7).unwrap().contains("Ada"));
    drop(cand);
    eventually("the candidate's presence to go", || {
        host.presence_of(7).is_none()
    })
    .await;

    // Garbage closes only that connection, with a protocol error.
    let bad = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    bad.send_raw(vec![0, 2, 200, 1, 2]);
    eventually("the malformed client to be closed", || {
        bad.closed().is_some()
    })
    .await;
    assert_eq!(bad.closed().unwrap().0, 1007);
    host.insert(0, "still;");
    eventually("the room to keep working", || obs.text().contains("still;")).await;
    // No token, a bad token: refused before the upgrade.
    let err = YClient::connect(&app.base, &room.id, "nope")
        .await
        .err()
        .unwrap();
    assert!(err.contains("401"), "{err}");
}

async fn notes_and_signals_reach_staff_only(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, guest_member) = admitted_guest(&app, &room, "Cand").await;
    let mut host_ws = Events::connect(&app, &room.host).await;
    let mut cand_ws = Events::connect(&app, &guest_token).await;
    host_ws.join(&room.id).await;
    cand_ws.join(&room.id).await;

    let post = |path: &str, token: &str, body: Value| {
        let path = format!("/api/v1/rooms/{}/{path}", room.id);
        let token = token.to_string();
        let app = &app;
        async move { app.post(&path, Some(&token), &body).await }
    };
    // The candidate's browser reports a tab switch and a paste.
    assert_eq!(
        post("signals", &guest_token, json!({"kind": "tab_hidden"}))
            .await
            .status(),
        202
    );
    assert_eq!(
        post(
            "signals",
            &guest_token,
            json!({"kind": "paste", "chars": 120})
        )
        .await
        .status(),
        202
    );
    let res = post("signals", &guest_token, json!({"kind": "teleported"})).await;
    expect_problem(res, 422, "validation_failed").await;
    let sig = host_ws
        .wait(|e| e["type"] == "signal" && e["kind"] == "paste")
        .await;
    assert_eq!(
        (sig["chars"].as_u64(), sig["from"].as_str()),
        (Some(120), Some(guest_member.as_str()))
    );

    // Notes: staff write, staff read; the candidate can do neither.
    let res = post(
        "notes",
        &room.host,
        json!({"text": "strong on recursion; secret-note"}),
    )
    .await;
    assert_eq!(res.status(), 201);
    host_ws.wait(|e| e["type"] == "note").await;
    let res = post("notes", &guest_token, json!({"text": "let me in"})).await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .get(
            &format!("/api/v1/rooms/{}/notes", room.id),
            Some(&guest_token),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .get(
            &format!("/api/v1/rooms/{}/timeline", room.id),
            Some(&guest_token),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let notes: Value = app
        .get(
            &format!("/api/v1/rooms/{}/notes", room.id),
            Some(&room.host),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(notes["total"], 1);

    // Chat goes to everyone; it also marks the point by which anything sent
    // before it would have arrived.
    assert_eq!(
        post("chat", &guest_token, json!({"text": "hello"}))
            .await
            .status(),
        201
    );
    let res = post("chat", &guest_token, json!({"text": "  "})).await;
    expect_problem(res, 422, "validation_failed").await;
    cand_ws
        .wait(|e| e["type"] == "chat" && e["text"] == "hello")
        .await;
    host_ws.wait(|e| e["type"] == "chat").await;
    let leaked: Vec<Value> = cand_ws
        .all()
        .into_iter()
        .filter(|e| {
            e["type"] == "note" || e["type"] == "signal" || e.to_string().contains("secret-note")
        })
        .collect();
    assert!(leaked.is_empty(), "the candidate saw {leaked:?}");

    // The history a page loads on arrival: the candidate gets the chat and
    // nothing staff-only; the host gets notes and signals too.
    let history = |token: String| {
        let path = format!("/api/v1/rooms/{}/events", room.id);
        let app = &app;
        async move {
            let res = app.get(&path, Some(&token)).await;
            assert_eq!(res.status(), 200);
            let body: Value = res.json().await.unwrap();
            body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["kind"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(history(guest_token.clone()).await, ["chat"]);
    let staff_kinds = history(room.host.clone()).await;
    for kind in ["lobby_decision", "signal", "note", "chat"] {
        assert!(
            staff_kinds.iter().any(|k| k == kind),
            "{kind} missing from {staff_kinds:?}"
        );
    }
    let outsider = app
        .token_with_role("outsider@example.com", Role::User)
        .await;
    let res = app
        .get(
            &format!("/api/v1/rooms/{}/events", room.id),
            Some(&outsider),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;

    // "My rooms": the host's list has it; a stranger's does not; guests have none.
    let mine: Value = app
        .get("/api/v1/rooms", Some(&room.host))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["items"][0]["id"], room.id.as_str());
    assert_eq!(mine["items"][0]["me"], Value::Null);
    let theirs: Value = app
        .get("/api/v1/rooms", Some(&outsider))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs["total"], 0);
    let res = app.get("/api/v1/rooms", Some(&guest_token)).await;
    assert_eq!(res.status(), 401);
}

async fn ended_room_is_read_only_but_readable(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, _) = admitted_guest(&app, &room, "Cand").await;
    let mut cand_ws = Events::connect(&app, &guest_token).await;
    cand_ws.join(&room.id).await;
    let cand = YClient::connect(&app.base, &room.id, &guest_token)
        .await
        .unwrap();
    cand.insert(0, "final answer");
    eventually("the edit to reach the server", || {
        live_text(&app, &room.id) == "final answer"
    })
    .await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/end", room.id),
            Some(&guest_token),
            &json!({}),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/end", room.id),
            Some(&room.host),
            &json!({}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["state"], "ended");
    cand_ws.wait(|e| e["type"] == "room_ended").await;
    cand.insert(0, "too late: ");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        app.collab.text(&room.id, "code").await.unwrap(),
        "final answer"
    );
    // Still readable, by a fresh connection too.
    let late = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    eventually("the ended document to sync", || {
        late.text() == "final answer"
    })
    .await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/chat", room.id),
            Some(&room.host),
            &json!({"text": "x"}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/guests", room.id),
            None,
            &json!({"name": "Late"}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;
}

/// The server's in-memory copy of the document's text (empty if unloaded).
fn live_text(app: &TestApp, room: &str) -> String {
    app.collab
        .loaded(room)
        .map(|d| d.text("code"))
        .unwrap_or_default()
}

async fn timeline_replays_the_document(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, guest_member) = admitted_guest(&app, &room, "Cand").await;
    let cand = YClient::connect(&app.base, &room.id, &guest_token)
        .await
        .unwrap();
    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let mut marks = Vec::new();
    for (who, word) in [(&cand, "one "), (&host, "two "), (&cand, "three ")] {
        who.insert(1000, word);
        let want = marks
            .last()
            .map_or(String::new(), |(_, t): &(i64, String)| t.clone())
            + word;
        eventually("the edit to land", || live_text(&app, &room.id) == want).await;
        tokio::time::sleep(Duration::from_millis(30)).await;
        marks.push((store::now_ms(), want));
        tokio::time::sleep(Duration::from_millis(30)).await;
    }
    app.post(
        &format!("/api/v1/rooms/{}/chat", room.id),
        Some(&guest_token),
        &json!({"text": "done"}),
    )
    .await;
    let tl: Value = app
        .get(
            &format!("/api/v1/rooms/{}/timeline", room.id),
            Some(&room.host),
        )
        .await
        .json()
        .await
        .unwrap();
    let updates = tl["updates"].as_array().unwrap();
    assert_eq!(updates.len(), 3);
    assert_eq!(updates[0]["author"], guest_member.as_str());
    assert_eq!(
        updates[1]["author"],
        format!(
            "u:{}",
            app.store
                .user_with_password("host@example.com")
                .await
                .unwrap()
                .0
                .id
        )
    );
    assert!(
        tl["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "chat")
    );
    // Rebuild the text as it stood at each mark from the timeline alone.
    for (at, want) in &marks {
        let doc = yrs::Doc::new();
        let text = doc.get_or_insert_text("code");
        for u in updates.iter().filter(|u| u["at"].as_i64().unwrap() <= *at) {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(u["update"].as_str().unwrap())
                .unwrap();
            doc.transact_mut()
                .apply_update(yrs::Update::decode_v1(&bytes).unwrap())
                .unwrap();
        }
        assert_eq!(&text.get_string(&doc.transact()), want, "at {at}");
    }
}

async fn room_runs_and_problem_choice(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, _) = admitted_guest(&app, &room, "Cand").await;
    let mut cand_ws = Events::connect(&app, &guest_token).await;
    cand_ws.join(&room.id).await;
    let staff = app
        .token_with_role("author@example.com", Role::Interviewer)
        .await;
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &json!({
                "slug": "echo", "title": "Echo", "statement": "Print the input.",
                "difficulty": "easy", "tags": [], "time_limit_ms": 1000, "memory_mb": 64,
                "samples": [{"name": "1", "input": "a\n", "answer": "a\n"}],
                "hidden_tests": [],
                "stubs": {"python": {"prefix": "import sys\n", "solution": "def echo(s):\n    return s\n", "suffix": "print(echo(input()))\n"}}
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    let cand = YClient::connect(&app.base, &room.id, &guest_token)
        .await
        .unwrap();
    let res = app
        .put(
            &format!("/api/v1/rooms/{}/problem", room.id),
            Some(&guest_token),
            &json!({"slug": "echo"}),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .put(
            &format!("/api/v1/rooms/{}/problem", room.id),
            Some(&room.host),
            &json!({"slug": "echo"}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let chosen = cand_ws.wait(|e| e["type"] == "problem_chosen").await;
    assert_eq!(chosen["statement"], "Print the input.");
    eventually("the stub in the candidate's editor", || {
        cand.text() == "import sys\ndef echo(s):\n    return s\nprint(echo(input()))\n"
    })
    .await;
    // Language switch, synced to everyone.
    let res = app
        .put(
            &format!("/api/v1/rooms/{}/language", room.id),
            Some(&guest_token),
            &json!({"language": "cobol"}),
        )
        .await;
    expect_problem(res, 422, "validation_failed").await;
    let res = app
        .put(
            &format!("/api/v1/rooms/{}/language", room.id),
            Some(&guest_token),
            &json!({"language": "python"}),
        )
        .await;
    assert_eq!(res.status(), 204);
    cand_ws.wait(|e| e["type"] == "language_changed").await;
    // A shared run is queued for the room (the judge runs it in the real
    // pipeline tests); everyone in the room sees it start.
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/runs", room.id),
            Some(&guest_token),
            &json!({"stdin": "hi\n"}),
        )
        .await;
    assert_eq!(res.status(), 202, "{}", res.text().await.unwrap());
    let run = cand_ws.wait(|e| e["type"] == "room_run").await;
    assert_eq!(run["state"], "queued");
    let run_id = run["run"].as_i64().unwrap();
    let stored = app.store.run(run_id).await.unwrap();
    assert_eq!(stored.room_id.as_deref(), Some(room.id.as_str()));
    assert!(stored.code.contains("def echo"));
}

async fn documents_survive_a_restart_and_compaction(backend: Backend) {
    let config = collab::CollabConfig {
        compact_every: 10,
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |_| {}, config.clone()).await;
    let room = room(&app).await;
    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    for i in 0..25 {
        host.insert(1000, &format!("{i},"));
    }
    eventually("all edits on the server", || {
        live_text(&app, &room.id).matches(',').count() == 25
    })
    .await;
    app.collab.flush().await;
    let want = host.text();
    // A snapshot was written (compaction follows the write that crossed the
    // threshold), and the log kept for replay.
    let mut stored = app.store.load_doc(&room.id).await.unwrap();
    for _ in 0..100 {
        if stored.upto_id >= 20 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        stored = app.store.load_doc(&room.id).await.unwrap();
    }
    assert!(stored.snapshot.is_some(), "compacted after 10 updates");
    assert!(stored.upto_id >= 20);
    assert_eq!(
        app.store
            .doc_updates_after(&room.id, 0)
            .await
            .unwrap()
            .len(),
        25
    );
    // Another process (a fresh Collab on the same database) loads the same text.
    let fresh = collab::Collab::new(app.store.clone(), config);
    assert_eq!(fresh.text(&room.id, "code").await.unwrap(), want);
}

async fn limits_keep_rooms_and_memory_bounded(backend: Backend) {
    let config = collab::CollabConfig {
        max_doc_bytes: 64 << 20,
        fanout_capacity: 1024,
        max_connections: 3,
        reserved_for_staff: 1,
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |c| c.max_room_members = 3, config).await;
    let room = room(&app).await;
    let (guest_token, _) = admitted_guest(&app, &room, "One").await;
    guest(&app, &room.id, "Two").await;
    // Host + two guests: the room is full for a third.
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/guests", room.id),
            None,
            &json!({"name": "Three"}),
        )
        .await;
    let err = expect_problem(res, 409, "conflict").await;
    assert!(err["detail"].as_str().unwrap().contains("full"));

    // A client that stops reading is cut off; the others carry on.
    let url = format!(
        "{}/yjs/{}?token={}",
        app.base.replace("http://", "ws://"),
        room.id,
        guest_token
    );
    let (stalled, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let writer = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    // The document's connection cap: a fourth connection is refused.
    let reader = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let err = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .err()
        .unwrap();
    assert!(err.contains("429"), "{err}");
    let doc = app.collab.loaded(&room.id).unwrap();
    assert_eq!(doc.connections(), 3);
    // 64 KiB edits (few enough to stay under the message rate limit) until
    // the stalled client's socket buffers are full and its outbox overflows.
    let chunk = "x".repeat(64 << 10);
    for _ in 0..500u32 {
        writer.insert(0, &chunk);
        tokio::time::sleep(Duration::from_millis(5)).await;
        if doc.connections() == 2 {
            break;
        }
    }
    eventually("the stalled client to be disconnected", || {
        doc.connections() == 2
    })
    .await;
    eventually("the reading client to keep up", || {
        reader.text().len() == writer.text().len()
    })
    .await;
    drop(stalled);

    // Too big a message closes that connection only (in a fresh room: this
    // one's document is now 20 MB).
    drop((writer, reader));
    let room = Room {
        id: room_for(&app, &room.host).await,
        host: room.host,
    };
    let writer = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let reader = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let big = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    big.send_raw(vec![0u8; 2 << 20]);
    eventually("the oversized message to be refused", || {
        big.closed().is_some()
    })
    .await;
    assert_eq!(big.closed().unwrap().0, 1009, "{:?}", big.closed());
    drop(big);
    // A flood of messages is cut off.
    let flood = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    for _ in 0..800 {
        // An empty awareness update: cheap, and no reply to read.
        flood.send_raw(vec![1, 1, 0]);
    }
    eventually("the flooding client to be closed", || {
        flood.closed().is_some()
    })
    .await;
    assert_eq!(flood.closed().unwrap().0, 1008, "{:?}", flood.closed());
    writer.insert(0, "alive;");
    eventually("the room to keep working", || {
        reader.text().starts_with("alive;")
    })
    .await;
}

async fn idle_rooms_expire(app: TestApp) {
    let room = room(&app).await;
    let (guest_token, _) = admitted_guest(&app, &room, "Cand").await;
    let mut ws = Events::connect(&app, &guest_token).await;
    ws.join(&room.id).await;
    let sweeper = server::spawn_room_expiry(app.state.clone(), Duration::from_millis(300));
    ws.wait(|e| e["type"] == "room_ended").await;
    sweeper.abort();
    assert_eq!(app.store.room(&room.id).await.unwrap().state, "ended");
    // Still readable afterwards.
    let res = app
        .get(&format!("/api/v1/rooms/{}", room.id), Some(&guest_token))
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["state"], "ended");
}

async fn stale_presence_expires_and_idle_documents_unload(backend: Backend) {
    let config = collab::CollabConfig {
        awareness_timeout: Duration::from_millis(300),
        unload_after: Duration::from_millis(300),
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |_| {}, config).await;
    let room = room(&app).await;
    let a = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let b = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    a.set_presence(
        42,
        1,
        r#"{"user":{"name":"A"},"cursor":{"anchor":0,"head":0}}"#,
    );
    eventually("the presence to arrive", || b.presence_of(42).is_some()).await;
    // Not refreshed: gone for everyone after the timeout, though A is still here.
    eventually("the stale presence to expire", || {
        b.presence_of(42).is_none()
    })
    .await;
    a.insert(0, "kept");
    eventually("the edit", || b.text() == "kept").await;
    drop((a, b));
    eventually("the idle document to leave memory", || {
        app.collab.loaded(&room.id).is_none()
    })
    .await;
    // And it comes back from the database intact.
    assert_eq!(app.collab.text(&room.id, "code").await.unwrap(), "kept");
}

async fn oversized_documents_are_refused(backend: Backend) {
    let config = collab::CollabConfig {
        max_doc_bytes: 10_000,
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |_| {}, config).await;
    let room = room(&app).await;
    let a = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let b = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    // 40 KB of edits, deleted again: the limit is on the document (what a
    // snapshot of it takes), not on its history.
    for i in 0..8 {
        a.insert(0, &"y".repeat(5_000));
        eventually("the edit", || b.text().len() == 5_000).await;
        a.delete_all();
        eventually("the deletion", || b.text().is_empty()).await;
        assert!(
            a.closed().is_none(),
            "refused after {i} rounds: {:?}",
            a.closed()
        );
    }
    a.insert(0, "small");
    eventually("the small edit", || live_text(&app, &room.id) == "small").await;
    a.insert(0, &"x".repeat(20_000));
    eventually("the oversized edit to be refused", || a.closed().is_some()).await;
    let (code, reason) = a.closed().unwrap();
    assert_eq!(code, 1009, "{reason}");
    assert!(reason.contains("10000 bytes"), "{reason}");
    assert_eq!(app.collab.text(&room.id, "code").await.unwrap(), "small");
}
