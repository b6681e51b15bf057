//! The bell: notifications are the caller's own, arrive live over `/ws`,
//! come unread first, and are marked read by id (only one's own) or all.

use serde_json::{Value, json};
use store::Role;

use crate::dual_tests;
use crate::rooms::{Events, room};
use crate::support::{TestApp, error_fields, expect_problem};

dual_tests!(
    notifications_are_private_live_and_marked_read,
    email_preferences_are_per_kind,
);

async fn bell(app: &TestApp, token: &str) -> Value {
    let res = app.get("/api/v1/notifications", Some(token)).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn notifications_are_private_live_and_marked_read(app: TestApp) {
    // A new account starts with its welcome.
    let ada = app.register("ada@example.com").await;
    let ada = ada["access_token"].as_str().unwrap().to_string();
    let first = bell(&app, &ada).await;
    assert_eq!(
        (first["total"].clone(), first["unread"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(first["items"][0]["kind"], "welcome");
    assert_eq!(first["items"][0]["link"], "/problems");

    // An invitation to Ada's address reaches her open page at once.
    let ws = Events::connect(&app, &ada).await;
    ws.wait(|e| e["type"] == "ready").await;
    let room = room(&app).await;
    let res = app
        .post(
            &format!("/api/v1/rooms/{}/invites", room.id),
            Some(&room.host),
            &json!({"email": "ADA@example.com"}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let live = ws.wait(|e| e["type"] == "notification").await;
    let invite = &live["notification"];
    assert_eq!(invite["kind"], "room_invite");
    assert_eq!(invite["link"], format!("/rooms/{}", room.id));
    assert!(invite["read_at"].is_null());

    // Unread first, newest first.
    let list = bell(&app, &ada).await;
    assert_eq!(list["unread"], 2);
    assert_eq!(list["items"][0]["id"], invite["id"]);

    // Bob sees none of it and cannot mark Ada's read.
    let bob = app.token_with_role("bob@example.com", Role::User).await;
    let bobs = bell(&app, &bob).await;
    assert_eq!(bobs["total"], 1, "only his own welcome: {bobs}");
    let res = app
        .post(
            "/api/v1/notifications/read",
            Some(&bob),
            &json!({"ids": [invite["id"]]}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(bell(&app, &ada).await["unread"], 2);

    // Ada marks the invitation read, then everything.
    let res = app
        .post(
            "/api/v1/notifications/read",
            Some(&ada),
            &json!({"ids": [invite["id"]]}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 1);
    let list = bell(&app, &ada).await;
    assert_eq!(list["items"][0]["kind"], "welcome", "unread first: {list}");
    let res = app
        .post(
            "/api/v1/notifications/read",
            Some(&ada),
            &json!({"all": true}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["unread"], 0);

    // Bad requests name the field; no token, no bell.
    for body in [
        json!({}),
        json!({"all": true, "ids": [1]}),
        json!({"ids": []}),
    ] {
        let res = app
            .post("/api/v1/notifications/read", Some(&ada), &body)
            .await;
        let err = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(error_fields(&err), ["ids"], "{body}");
    }
    let res = app.get("/api/v1/notifications", None).await;
    expect_problem(res, 401, "unauthenticated").await;
}

async fn email_preferences_are_per_kind(app: TestApp) {
    let cy = app.token_with_role("cy@example.com", Role::User).await;
    let prefs: Value = app
        .get("/api/v1/notifications/preferences", Some(&cy))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        prefs["items"],
        json!([{"kind": "room_invite", "email": true}])
    );
    let res = app
        .put(
            "/api/v1/notifications/preferences",
            Some(&cy),
            &json!({"kind": "room_invite", "email": false}),
        )
        .await;
    assert_eq!(res.status(), 204);
    let prefs: Value = app
        .get("/api/v1/notifications/preferences", Some(&cy))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(prefs["items"][0]["email"], false);
    let res = app
        .put(
            "/api/v1/notifications/preferences",
            Some(&cy),
            &json!({"kind": "password_changed", "email": false}),
        )
        .await;
    let err = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&err), ["kind"]);
}
