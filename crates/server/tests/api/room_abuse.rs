//! Hostile room members: frames built to abort the process, presence floods,
//! socket hoarding, interviewers who lost their role, and the smaller holes
//! of issue 13. Each through the real router and real sockets; after each
//! attack the server must still serve everyone else.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use store::Role;
use tokio_tungstenite::tungstenite::{self, Message};

use crate::dual_backend_tests;
use crate::dual_tests;
use crate::rooms::{Events, Room, admitted_guest, decide, guest, interviewer_in, room};
use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::yclient::{YClient, eventually};

dual_tests!(
    hostile_frames_are_refused_and_the_server_stays_up,
    demoted_interviewers_lose_staff_rights,
    signals_names_and_protocol_edges,
);
dual_backend_tests!(
    presence_is_bounded_and_stamped,
    sockets_are_capped_per_member_and_kept_for_staff,
);

async fn observer(app: &TestApp, room: &Room, name: &str) -> (String, String) {
    let (token, member) = guest(app, &room.id, name).await;
    let res = decide(
        app,
        room,
        &member,
        json!({"admit": true, "role": "observer"}),
    )
    .await;
    assert_eq!(res.status(), 200);
    (token, member)
}

/// The server answers and a normal edit still reaches another client.
async fn still_serving(app: &TestApp, writer: &YClient, reader: &YClient, mark: &str) {
    let res = app.get("/healthz", None).await;
    assert_eq!(res.status(), 200, "the server is down after {mark}");
    writer.insert(0, mark);
    eventually(mark, || reader.text().contains(mark)).await;
}

async fn hostile_frames_are_refused_and_the_server_stays_up(app: TestApp) {
    let room = room(&app).await;
    let (candidate, _) = admitted_guest(&app, &room, "Cand").await;
    let (watcher, _) = observer(&app, &room, "Watcher").await;
    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let other = YClient::connect(&app.base, &room.id, &candidate)
        .await
        .unwrap();
    // Every class from an observer (read-only) and from a candidate.
    for (i, (what, frame)) in ywire::fuzzing::reported_frames().into_iter().enumerate() {
        for token in [&watcher, &candidate] {
            let attacker = YClient::connect(&app.base, &room.id, token).await.unwrap();
            attacker.send_raw(frame.clone());
            eventually(what, || attacker.closed().is_some()).await;
            let (code, reason) = attacker.closed().unwrap();
            assert_eq!(code, 1007, "{what}: {reason}");
            still_serving(&app, &host, &other, &format!("alive-{i};")).await;
        }
    }
    // Asking for the whole document again and again is cut off.
    let asker = YClient::connect(&app.base, &room.id, &watcher)
        .await
        .unwrap();
    for _ in 0..8 {
        asker.send_raw(vec![0, 0, 1, 0]);
    }
    eventually("the repeated sync requests", || asker.closed().is_some()).await;
    assert_eq!(asker.closed().unwrap().0, 1008, "{:?}", asker.closed());
    still_serving(&app, &host, &other, "alive-after-asking;").await;
    // Read-only sockets of an ended room decode what they are sent too.
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/end", room.id),
            Some(&room.host),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let late = YClient::connect(&app.base, &room.id, &watcher)
        .await
        .unwrap();
    let (what, frame) = &ywire::fuzzing::reported_frames()[1];
    late.send_raw(frame.clone());
    eventually(what, || late.closed().is_some()).await;
    assert_eq!(late.closed().unwrap().0, 1007);
    assert_eq!(app.get("/healthz", None).await.status(), 200);
    assert!(
        app.collab
            .text(&room.id, "code")
            .await
            .unwrap()
            .contains("alive-3;")
    );
}

/// A presence state of `bytes` bytes of JSON.
fn padded(bytes: usize) -> String {
    let head = r##"{"user":{"color":"#123456"},"pad":""}"##;
    let pad = "x".repeat(bytes.saturating_sub(head.len()));
    format!(r##"{{"user":{{"color":"#123456"}},"pad":"{pad}"}}"##)
}

async fn presence_is_bounded_and_stamped(backend: Backend) {
    let config = collab::CollabConfig {
        max_presence_per_member: 8_000,
        max_presence_total: 12_000,
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |_| {}, config).await;
    let room = room(&app).await;
    let (grace, grace_member) = admitted_guest(&app, &room, "Grace").await;
    let (watcher, _) = observer(&app, &room, "Watcher").await;
    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let cand = YClient::connect(&app.base, &room.id, &grace).await.unwrap();

    // Whatever name and member a client claims, others see its own.
    cand.set_presence(
        7,
        1,
        r##"{"user":{"name":"The Interviewer","member":"u:1","color":"#f00"},"cursor":null}"##,
    );
    eventually("Grace's presence", || host.presence_of(7).is_some()).await;
    let seen: Value = serde_json::from_str(&host.presence_of(7).unwrap()).unwrap();
    assert_eq!(seen["user"]["name"], "Grace");
    assert_eq!(seen["user"]["member"], grace_member.as_str());
    assert_eq!(seen["user"]["color"], "#f00");

    // Refused states close the sender and never reach anyone. A marker from
    // Grace after each shows the refused one had its chance to arrive.
    let mut clock = 1;
    let mut refused = |state: String, id: u64, code: u16| {
        clock += 1;
        let (app, room, watcher, cand, host) = (&app, &room, &watcher, &cand, &host);
        async move {
            let attacker = YClient::connect(&app.base, &room.id, watcher)
                .await
                .unwrap();
            attacker.set_presence(id, 1, &state);
            eventually("the refusal", || attacker.closed().is_some()).await;
            assert_eq!(
                attacker.closed().unwrap().0,
                code,
                "{:?}",
                attacker.closed()
            );
            let mark = format!(r#"{{"mark":{clock}}}"#);
            cand.set_presence(7, clock, &mark);
            eventually("the marker", || {
                host.presence_of(7)
                    .is_some_and(|p| p.contains(&format!("\"mark\":{clock}")))
            })
            .await;
            assert!(
                host.presence_of(id).is_none(),
                "refused presence {id} was forwarded"
            );
        }
    };
    // ~900 KiB (the flood): bigger than one state may be.
    refused(padded(900 << 10), 55, 1008).await;
    // Not JSON (y-protocols peers would throw on it), and not an object.
    refused("not json {".into(), 56, 1007).await;
    refused("[1,2]".into(), 57, 1007).await;

    // Two client ids per connection; a third closes it.
    let multi = YClient::connect(&app.base, &room.id, &watcher)
        .await
        .unwrap();
    multi.set_presence(100, 1, "{}");
    multi.set_presence(101, 1, "{}");
    eventually("two ids", || {
        host.presence_of(100).is_some() && host.presence_of(101).is_some()
    })
    .await;
    multi.set_presence(102, 1, "{}");
    eventually("the third id refused", || multi.closed().is_some()).await;
    assert_eq!(multi.closed().unwrap().0, 1008);
    eventually("its ids to leave with it", || {
        host.presence_of(100).is_none() && host.presence_of(101).is_none()
    })
    .await;
    assert!(host.presence_of(102).is_none());

    // Budgets (8,000 bytes per member, 12,000 per document for members who
    // are not staff): what goes over is dropped, not forwarded, and the
    // connection stays. A later small state from the same sender is the
    // marker that the dropped one had its chance to arrive.
    let a = YClient::connect(&app.base, &room.id, &watcher)
        .await
        .unwrap();
    let b = YClient::connect(&app.base, &room.id, &watcher)
        .await
        .unwrap();
    a.set_presence(200, 1, &padded(3_500));
    a.set_presence(201, 1, &padded(3_500));
    eventually("two large states", || host.presence_of(201).is_some()).await;
    // The watcher's third: over its member's 8,000.
    b.set_presence(202, 1, &padded(3_500));
    b.set_presence(203, 1, "{}");
    eventually("the watcher's marker", || host.presence_of(203).is_some()).await;
    assert!(host.presence_of(202).is_none() && b.closed().is_none());
    // Grace's second connection: her own budget, the room's total still fits.
    let cand2 = YClient::connect(&app.base, &room.id, &grace).await.unwrap();
    cand2.set_presence(300, 1, &padded(3_500));
    eventually("Grace's large state", || host.presence_of(300).is_some()).await;
    // A third member: over the room's 12,000.
    let (third, _) = observer(&app, &room, "Third").await;
    let c = YClient::connect(&app.base, &room.id, &third).await.unwrap();
    c.set_presence(400, 1, &padded(3_500));
    c.set_presence(401, 1, "{}");
    eventually("the third member's marker", || {
        host.presence_of(401).is_some()
    })
    .await;
    assert!(host.presence_of(400).is_none() && c.closed().is_none());
    // The host is never locked out of the room's presence.
    let host2 = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    host2.set_presence(500, 1, &padded(3_500));
    eventually("the host's state", || cand.presence_of(500).is_some()).await;
}

/// The problem+json body of a refused `/yjs` upgrade.
async fn refusal(app: &TestApp, room: &str, token: &str) -> (u16, Value) {
    let url = format!(
        "{}/yjs/{room}?token={token}",
        app.base.replace("http://", "ws://")
    );
    match tokio_tungstenite::connect_async(url).await {
        Ok(_) => panic!("the connection was accepted"),
        Err(tungstenite::Error::Http(res)) => {
            let body = res.body().as_deref().unwrap_or_default();
            (res.status().as_u16(), serde_json::from_slice(body).unwrap())
        }
        Err(e) => panic!("{e}"),
    }
}

async fn sockets_are_capped_per_member_and_kept_for_staff(backend: Backend) {
    let config = collab::CollabConfig {
        max_connections: 8,
        reserved_for_staff: 3,
        max_connections_per_member: 3,
        ..collab::CollabConfig::default()
    };
    let app = TestApp::spawn_full(backend, |_| {}, config).await;
    let room = room(&app).await;
    let (watcher, _) = observer(&app, &room, "Watcher").await;
    let (cand, _) = admitted_guest(&app, &room, "Cand").await;
    let mut held = Vec::new();
    // One member: three sockets, not a fourth.
    for _ in 0..3 {
        held.push(
            YClient::connect(&app.base, &room.id, &watcher)
                .await
                .unwrap(),
        );
    }
    let (status, body) = refusal(&app, &room.id, &watcher).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (429, Some("too_many_connections"))
    );
    // Members who are not staff fill the document up to its last three.
    for _ in 0..2 {
        held.push(YClient::connect(&app.base, &room.id, &cand).await.unwrap());
    }
    let (status, body) = refusal(&app, &room.id, &cand).await;
    assert_eq!((status, body["code"].as_str()), (429, Some("room_full")));
    // The host still gets in, up to the document's limit.
    let host = YClient::connect(&app.base, &room.id, &room.host)
        .await
        .unwrap();
    let second = interviewer_in(&app, &room, "second@example.com").await;
    let other = YClient::connect(&app.base, &room.id, &second)
        .await
        .unwrap();
    still_serving(&app, &host, &other, "staff-in;").await;
    held.push(
        YClient::connect(&app.base, &room.id, &second)
            .await
            .unwrap(),
    );
    let (status, body) = refusal(&app, &room.id, &room.host).await;
    assert_eq!((status, body["code"].as_str()), (429, Some("room_full")));
    // A socket that leaves frees its place (for staff: the others' part is full).
    drop(held.remove(0));
    let doc = app.collab.loaded(&room.id).unwrap();
    eventually("the socket to be gone", || doc.connections() == 7).await;
    held.push(
        YClient::connect(&app.base, &room.id, &room.host)
            .await
            .unwrap(),
    );
}

async fn demoted_interviewers_lose_staff_rights(app: TestApp) {
    let room = room(&app).await;
    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let second = interviewer_in(&app, &room, "second@example.com").await;
    let path = |p: &str| format!("/api/v1/rooms/{}/{p}", room.id);
    // The host posts a note or a chat message.
    let say = |kind: &str, text: &str| {
        let (app, path, token) = (&app, path(kind), room.host.clone());
        let body = json!({ "text": text });
        async move {
            let res = app.post(&path, Some(&token), &body).await;
            assert_eq!(res.status(), 201, "{path}");
        }
    };
    let mut second_ws = Events::connect(&app, &second).await;
    second_ws.join(&room.id).await;
    say("notes", "note one").await;
    second_ws.wait(|e| e["type"] == "note").await;
    let (_, waiting) = guest(&app, &room.id, "Knocking").await;

    // An admin makes them a plain user.
    let me: Value = app
        .get("/api/v1/me", Some(&second))
        .await
        .json()
        .await
        .unwrap();
    let res = app
        .put(
            &format!("/api/v1/users/{}/role", me["id"]),
            Some(&admin),
            &json!({"role": "user"}),
        )
        .await;
    assert_eq!(res.status(), 200);

    for (what, res) in [
        ("notes", app.get(&path("notes"), Some(&second)).await),
        ("timeline", app.get(&path("timeline"), Some(&second)).await),
        (
            "lobby",
            app.post(
                &path(&format!("lobby/{waiting}")),
                Some(&second),
                &json!({"admit": true}),
            )
            .await,
        ),
        (
            "add a note",
            app.post(&path("notes"), Some(&second), &json!({"text": "x"}))
                .await,
        ),
    ] {
        assert_eq!(res.status(), 403, "{what}");
    }
    let events: Value = app
        .get(&path("events"), Some(&second))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !events.to_string().contains("note one"),
        "staff-only history leaked: {events}"
    );
    let members: Value = app
        .get(&path("members"), Some(&second))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        !members.to_string().contains("Knocking"),
        "the lobby leaked: {members}"
    );
    // Their open /ws stops receiving staff events; a fresh join gets none.
    say("notes", "note two").await;
    say("chat", "after").await;
    second_ws
        .wait(|e| e["type"] == "chat" && e["text"] == "after")
        .await;
    let mut fresh = Events::connect(&app, &second).await;
    let joined = fresh.join(&room.id).await;
    assert_eq!(joined["me"]["role"], "observer");
    say("notes", "note three").await;
    say("chat", "later").await;
    fresh
        .wait(|e| e["type"] == "chat" && e["text"] == "later")
        .await;
    second_ws
        .wait(|e| e["type"] == "chat" && e["text"] == "later")
        .await;
    for ws in [&second_ws, &fresh] {
        let all = Value::from(ws.all()).to_string();
        assert!(
            !all.contains("note two") && !all.contains("note three"),
            "a demoted interviewer saw {all}"
        );
    }
    // Only accounts with a staff role can be admitted as interviewers.
    let res = decide(
        &app,
        &room,
        &waiting,
        json!({"admit": true, "role": "interviewer"}),
    )
    .await;
    let body = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&body), ["role"]);
}

async fn signals_names_and_protocol_edges(app: TestApp) {
    let room = room(&app).await;
    let (cand, _) = admitted_guest(&app, &room, "Cand").await;
    let (watcher, _) = observer(&app, &room, "Watcher").await;
    let path = |p: &str| format!("/api/v1/rooms/{}/{p}", room.id);

    // Integrity signals come from candidates only.
    let signal = json!({"kind": "tab_hidden"});
    for token in [&room.host, &watcher] {
        let res = app.post(&path("signals"), Some(token), &signal).await;
        expect_problem(res, 403, "forbidden").await;
    }
    // ... and authorisation comes before validation.
    let res = app
        .post(&path("signals"), Some(&watcher), &json!({"kind": "nope"}))
        .await;
    expect_problem(res, 403, "forbidden").await;
    assert_eq!(
        app.post(&path("signals"), Some(&cand), &signal)
            .await
            .status(),
        202
    );

    // Control characters and bidirectional overrides in names, titles, chat.
    for (p, token, body, field) in [
        (
            path("guests"),
            None,
            json!({"name": "Eve\u{202E}nimda"}),
            "name",
        ),
        (path("guests"), None, json!({"name": "Bell\u{7}"}), "name"),
        (
            "/api/v1/rooms".to_string(),
            Some(&room.host),
            json!({"title": "a\u{2066}b"}),
            "title",
        ),
        (
            path("chat"),
            Some(&cand),
            json!({"text": "hi\u{1b}[2J"}),
            "text",
        ),
        (
            path("chat"),
            Some(&cand),
            json!({"text": "x\u{202D}y"}),
            "text",
        ),
    ] {
        let res = app.post(&p, token.map(String::as_str), &body).await;
        let err = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(error_fields(&err), [field], "{body}");
    }
    let res = app
        .post(
            &path("chat"),
            Some(&cand),
            &json!({"text": "two\nlines\tand עברית"}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let res = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "rlo@example.com", "password": "password123", "name": "x\u{202E}y"}),
        )
        .await;
    let err = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&err), ["name"]);

    // A known path with another method: 405, problem+json, with Allow.
    let res = app
        .req(reqwest::Method::DELETE, "/api/v1/auth/login", None)
        .send()
        .await
        .unwrap();
    let allow = res
        .headers()
        .get("allow")
        .map(|v| v.to_str().unwrap().to_string());
    expect_problem(res, 405, "method_not_allowed").await;
    assert_eq!(allow.as_deref(), Some("POST"));

    // A guest's ping is answered.
    let url = format!("{}/ws?token={cand}", app.base.replace("http://", "ws://"));
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    ws.send(Message::text(r#"{"type":"ping"}"#)).await.unwrap();
    let mut types = Vec::new();
    while let Some(Ok(Message::Text(t))) = ws.next().await {
        let v: Value = serde_json::from_str(&t).unwrap();
        types.push(v["type"].as_str().unwrap().to_string());
        if types.len() == 2 {
            break;
        }
    }
    assert_eq!(types, ["ready", "pong"]);

    // An oversized /ws message is answered with 1009, not a reset.
    ws.send(Message::text("x".repeat(64 << 10))).await.unwrap();
    let mut close = None;
    while let Some(msg) = ws.next().await {
        match msg {
            Ok(Message::Close(frame)) => {
                close = frame.map(|f| u16::from(f.code));
                break;
            }
            Ok(_) => {}
            Err(e) => panic!("the socket failed instead of closing: {e}"),
        }
    }
    assert_eq!(close, Some(1009));
}
