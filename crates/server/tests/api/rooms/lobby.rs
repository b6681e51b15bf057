//! Who is in a room: joining as a user or a guest, the lobby, roles.

use super::*;

dual_tests!(
    lobby_admits_and_rejects_with_every_interviewer_seeing_it,
    invites_are_for_staff_and_give_the_link_without_email,
);

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

/// Without SMTP (as here) an invite gives the link back to share by hand;
/// only the host and interviewers may invite, and the address is checked.
async fn invites_are_for_staff_and_give_the_link_without_email(app: TestApp) {
    let room = room(&app).await;
    let path = format!("/api/v1/rooms/{}/invites", room.id);
    let res = app
        .post(
            &path,
            Some(&room.host),
            &json!({"email": " cand@example.com "}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let invited: Value = res.json().await.unwrap();
    assert_eq!(invited["emailed"], false);
    assert!(
        invited["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/rooms/{}", room.id)),
        "{invited}"
    );

    let res = app
        .post(&path, Some(&room.host), &json!({"email": "not an address"}))
        .await;
    let err = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&err), ["email"]);

    // A candidate in the room, a stranger, and nobody: refused before the
    // address is even read.
    let (cand, _) = admitted_guest(&app, &room, "Cand").await;
    let res = app.post(&path, Some(&cand), &json!({"email": "x"})).await;
    expect_problem(res, 403, "forbidden").await;
    let stranger = app
        .token_with_role("stranger@example.com", Role::User)
        .await;
    let res = app
        .post(&path, Some(&stranger), &json!({"email": "x"}))
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app.post(&path, None, &json!({"email": "x"})).await;
    expect_problem(res, 401, "unauthenticated").await;
}
