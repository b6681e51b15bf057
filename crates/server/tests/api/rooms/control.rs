//! Ending a room by hand and by expiry.

use super::*;

dual_tests!(ended_room_is_read_only_but_readable, idle_rooms_expire,);

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
