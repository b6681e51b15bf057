//! Runs and submissions shared with the room, and the problem choice.

use super::*;

dual_tests!(room_runs_and_problem_choice,);

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
