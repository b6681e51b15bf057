//! The replay timeline.

use super::*;

dual_tests!(timeline_replays_the_document,);

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
