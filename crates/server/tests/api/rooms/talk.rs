//! Chat, private notes and integrity signals, and who must not see them.

use super::*;

dual_tests!(notes_and_signals_reach_staff_only,);

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
