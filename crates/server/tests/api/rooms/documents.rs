//! The shared document over `/yjs`: editing, observers, persistence,
//! compaction, and the limits that keep memory bounded.

use super::*;

dual_tests!(editors_converge_and_observers_cannot_write,);
dual_backend_tests!(
    documents_survive_a_restart_and_compaction,
    limits_keep_rooms_and_memory_bounded,
    stale_presence_expires_and_idle_documents_unload,
    oversized_documents_are_refused,
);

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
