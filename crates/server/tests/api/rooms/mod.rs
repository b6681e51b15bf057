//! Rooms through the real router, one module per action family (as in
//! `server::routes::rooms`), with the helpers they share (and that
//! `room_abuse` uses): a `/ws` event recorder, rooms, guests, decisions.

mod control;
mod documents;
mod history;
mod lobby;
mod shared;
mod talk;

use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::yclient::{YClient, eventually};
use crate::{dual_backend_tests, dual_tests};
use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::Role;
use tokio_tungstenite::tungstenite::Message;
use yrs::updates::decoder::Decode;
use yrs::{GetString, Transact};

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

    pub(crate) async fn send(&mut self, msg: &Value) {
        self.tx.send(Message::text(msg.to_string())).await.unwrap();
    }

    /// Close the connection, as a closed tab does.
    pub(crate) async fn close(mut self) {
        let _ = self.tx.send(Message::Close(None)).await;
        let _ = self.tx.close().await;
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

async fn room_for(app: &TestApp, host: &str) -> String {
    let res = app.post("/api/v1/rooms", Some(host), &json!({})).await;
    res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The server's in-memory copy of the document's text (empty if unloaded).
fn live_text(app: &TestApp, room: &str) -> String {
    app.collab
        .loaded(room)
        .map(|d| d.text("code"))
        .unwrap_or_default()
}
