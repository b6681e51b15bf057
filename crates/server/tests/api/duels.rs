//! Duels over the API on both databases: challenges, the clock (durable
//! jobs run by a real queue worker), who wins — first AC, best score at the
//! deadline, draw, forfeit, disconnect grace, abandoned —, ratings, the
//! leaderboard and history, matchmaking, and who must not see what.
//!
//! The judge here is a stand-in worker (the real sandbox judges duels in the
//! browser scenario): code containing `ACCEPT` passes both tests, `HALF`
//! passes the first, anything else none. The duel's rules are real.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use queue::{Job, JobError, JobFuture, Worker, WorkerConfig};
use serde_json::{Value, json};
use store::Role;
use store::submissions::{JUDGE_KIND, JudgeJob};
use tokio_tungstenite::tungstenite::Message;

use crate::rooms::Events;
use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::yclient::{YClient, eventually};

const SLUG: &str = "duel-sum";

/// Short countdowns and duels; players may be away for a minute.
async fn spawn(backend: Backend) -> TestApp {
    spawn_grace(backend, Duration::from_secs(60)).await
}

/// The same, with players forfeiting after 1.5 s away.
async fn spawn_short_grace(backend: Backend) -> TestApp {
    spawn_grace(backend, Duration::from_millis(1500)).await
}

async fn spawn_grace(backend: Backend, grace: Duration) -> TestApp {
    TestApp::spawn_with(backend, |c| {
        c.duel_countdown = Duration::from_millis(300);
        c.duel_grace = grace;
        c.duel_min_secs = 1;
    })
    .await
}

/// The stand-in judge and the duel clock, on the real queue.
fn worker(app: &TestApp) -> tokio::sync::oneshot::Sender<()> {
    let config = WorkerConfig {
        concurrency: 4,
        lease: Duration::from_secs(5),
        poll_interval: Duration::from_millis(20),
        base_backoff: Duration::from_millis(50),
        max_backoff: Duration::from_millis(500),
        shutdown_grace: Duration::from_secs(1),
    };
    let store = app.store.clone();
    let duels = app.state.duels.clone();
    let clock = app.state.duels.clone();
    let w = Worker::new(app.store.clone(), config)
        .handle(JUDGE_KIND, move |job: Job| -> JobFuture {
            let (store, duels) = (store.clone(), duels.clone());
            Box::pin(async move {
                let j: JudgeJob = job.payload()?;
                let sub = store.submission(j.submission).await?;
                let (verdict, tests) = if sub.code.contains("ACCEPT") {
                    ("AC", vec!["AC", "AC"])
                } else if sub.code.contains("HALF") {
                    ("WA", vec!["AC", "WA"])
                } else {
                    ("WA", vec!["WA"])
                };
                let passed = tests.iter().filter(|t| **t == "AC").count() as f64;
                let result = json!({
                    "verdict": verdict, "score": passed / 2.0, "time_ms": 1, "memory_kb": 1,
                    "compile_output": "", "total_tests": 2,
                    "tests": tests.iter().map(|v| json!({"name": "t", "verdict": v})).collect::<Vec<_>>(),
                });
                let mut w = store.write().await?;
                w.finish_submission(sub.id, j.generation, verdict, &result)
                    .await?;
                w.commit().await?;
                duels::submission_finished(&duels, &sub).await;
                Ok(())
            })
        })
        .handle(duels::CLOCK_KIND, move |job: Job| -> JobFuture {
            let duels = clock.clone();
            Box::pin(async move {
                let step: duels::ClockJob = job.payload()?;
                duels
                    .tick(&step)
                    .await
                    .map_err(|e| JobError::Retry(e.to_string()))
            })
        })
        .with_wake(app.wake.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(w.run(async {
        let _ = stopped.await;
    }));
    stop
}

async fn with_problem(app: &TestApp) {
    let staff = app
        .token_with_role("staff@example.com", Role::Interviewer)
        .await;
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &json!({
                "slug": SLUG, "title": "Sum it", "statement": "Print the sum.",
                "difficulty": "easy", "tags": ["math"], "time_limit_ms": 1000, "memory_mb": 128,
                "samples": [{"name": "01", "input": "1 2\n", "answer": "3\n"}],
                "hidden_tests": [{"name": "h", "input": "40 2\n", "answer": "42\n"}],
                "stubs": {"python": {"prefix": "", "solution": "def solve():\n    pass\n", "suffix": "\nsolve()\n"}},
            }),
        )
        .await;
    assert_eq!(res.status(), 201, "{:?}", res.text().await);
}

struct Player {
    token: String,
    id: i64,
}

async fn player(app: &TestApp, email: &str) -> Player {
    let body = app.register(email).await;
    Player {
        token: body["access_token"].as_str().unwrap().to_string(),
        id: body["user"]["id"].as_i64().unwrap(),
    }
}

async fn get(app: &TestApp, id: &str, token: &str) -> Value {
    let res = app.get(&format!("/api/v1/duels/{id}"), Some(token)).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

/// Alice challenges, Bob accepts; returns the duel's id once it runs.
async fn running_duel(app: &TestApp, alice: &Player, bob: &Player, secs: i64) -> String {
    let res = app
        .post(
            "/api/v1/duels",
            Some(&alice.token),
            &json!({"problem": SLUG, "duration_secs": secs}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let duel: Value = res.json().await.unwrap();
    assert_eq!(duel["state"], "waiting");
    assert!(
        duel["problem"].is_null(),
        "the problem stays secret: {duel}"
    );
    let id = duel["id"].as_str().unwrap().to_string();
    assert!(
        duel["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/duels/{id}"))
    );
    let res = app
        .post(
            &format!("/api/v1/duels/{id}/join"),
            Some(&bob.token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let joined: Value = res.json().await.unwrap();
    assert_eq!(joined["state"], "countdown");
    assert!(joined["problem"].is_null(), "not during the countdown");
    let starts = joined["starts_at"].as_i64().unwrap();
    assert!(starts > joined["server_now"].as_i64().unwrap());
    wait_state(app, &id, &alice.token, "running").await;
    id
}

async fn wait_state(app: &TestApp, id: &str, token: &str, state: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let d = get(app, id, token).await;
        if d["state"] == state {
            return d;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "duel never became {state}: {d}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn submit(app: &TestApp, id: &str, p: &Player, code: &str) -> reqwest::Response {
    app.post(
        &format!("/api/v1/duels/{id}/submissions"),
        Some(&p.token),
        &json!({"language": "python", "code": code}),
    )
    .await
}

fn rating_of(d: &Value, user: i64) -> (f64, f64) {
    let p = d["players"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["user_id"] == user)
        .unwrap();
    (
        p["rating_before"].as_f64().unwrap(),
        p["rating_after"].as_f64().unwrap_or(f64::NAN),
    )
}

async fn the_first_accepted_solution_wins_and_moves_ratings(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    let d = get(&app, &id, &bob.token).await;
    assert_eq!(d["problem"]["slug"], SLUG);
    assert!(d["ends_at"].as_i64().unwrap() > d["server_now"].as_i64().unwrap());

    assert_eq!(submit(&app, &id, &bob, "print('HALF')").await.status(), 202);
    wait_for_progress(&app, &id, &alice.token, bob.id, 1).await;
    assert_eq!(submit(&app, &id, &alice, "ACCEPT").await.status(), 202);
    let d = wait_state(&app, &id, &alice.token, "finished").await;
    assert_eq!(d["result"]["winner_user_id"], alice.id);
    assert_eq!(d["result"]["reason"], "solved");
    let (before, after) = rating_of(&d, alice.id);
    assert_eq!(before, 1500.0);
    assert!(after > 1500.0, "{d}");
    let (_, after_b) = rating_of(&d, bob.id);
    assert!(after_b < 1500.0);

    // Rated once: a late verdict or a second ending changes nothing.
    expect_problem(submit(&app, &id, &bob, "ACCEPT").await, 409, "conflict").await;
    let res = app
        .post(
            &format!("/api/v1/duels/{id}/forfeit"),
            Some(&bob.token),
            &json!({}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;

    let board: Value = app
        .get("/api/v1/leaderboard", Some(&bob.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(board["total"], 2);
    assert_eq!(board["items"][0]["user_id"], alice.id);
    assert_eq!(board["items"][0]["wins"], 1);
    assert_eq!(board["items"][1]["losses"], 1);
    let history: Value = app
        .get(
            &format!("/api/v1/users/{}/duels", bob.id),
            Some(&alice.token),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(history["total"], 1);
    assert_eq!(history["items"][0]["outcome"], "loss");
    assert_eq!(history["items"][0]["opponent"], "Test User");
    assert_eq!(history["rating"]["games"], 1);

    // Both players see the whole result: codes and verdicts.
    let res: Value = app
        .get(&format!("/api/v1/duels/{id}/result"), Some(&bob.token))
        .await
        .json()
        .await
        .unwrap();
    let codes: Vec<&str> = res["players"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["ACCEPT", "print('HALF')"]);
    assert_eq!(res["players"][1]["submissions"][0]["passed"], 1);
    let replay = app
        .get(&format!("/api/v1/duels/{id}/replay"), Some(&alice.token))
        .await;
    assert_eq!(replay.status(), 200);
}

async fn wait_for_progress(app: &TestApp, id: &str, token: &str, user: i64, passed: u64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let d = get(app, id, token).await;
        let p = d["players"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["user_id"] == user)
            .unwrap()
            .clone();
        if p["progress"]["passed"] == passed {
            assert_eq!(p["progress"]["total"], 2);
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "no progress: {d}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn at_the_deadline_the_better_score_wins_and_late_work_never_counts(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 2).await;
    assert_eq!(submit(&app, &id, &bob, "HALF").await.status(), 202);
    assert_eq!(submit(&app, &id, &alice, "nothing").await.status(), 202);
    let d = wait_state(&app, &id, &alice.token, "finished").await;
    assert_eq!(d["result"]["winner_user_id"], bob.id);
    assert_eq!(d["result"]["reason"], "score");
    // After the deadline a submission is refused, never counted.
    expect_problem(submit(&app, &id, &alice, "ACCEPT").await, 409, "conflict").await;
}

async fn nothing_passed_by_either_is_a_draw(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 1).await;
    let d = wait_state(&app, &id, &alice.token, "finished").await;
    assert!(d["result"]["winner_user_id"].is_null());
    assert_eq!(d["result"]["reason"], "draw");
    let (before, after) = rating_of(&d, alice.id);
    assert!(
        (after - before).abs() < 1e-6,
        "equal players draw: no change"
    );
}

async fn a_forfeit_gives_the_opponent_the_win(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob, carol) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
        player(&app, "carol@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    let res = app
        .post(
            &format!("/api/v1/duels/{id}/forfeit"),
            Some(&carol.token),
            &json!({}),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .post(
            &format!("/api/v1/duels/{id}/forfeit"),
            Some(&alice.token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let d: Value = res.json().await.unwrap();
    assert_eq!(d["state"], "finished");
    assert_eq!(d["result"]["winner_user_id"], bob.id);
    assert_eq!(d["result"]["reason"], "forfeit");
}

async fn a_player_away_past_the_grace_period_forfeits(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    let mut a = Events::connect(&app, &alice.token).await;
    let mut b = Events::connect(&app, &bob.token).await;
    a.send(&json!({"type": "join_duel", "duel": id})).await;
    b.send(&json!({"type": "join_duel", "duel": id})).await;
    a.wait(|e| e["type"] == "duel_joined").await;
    b.wait(|e| e["type"] == "duel_joined").await;
    let d = get(&app, &id, &alice.token).await;
    assert!(
        d["players"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["connected"] == true),
        "{d}"
    );
    // Bob's tab closes; Alice hears it, then wins when he stays away.
    b.close().await;
    a.wait(|e| e["type"] == "duel_progress" && e["user_id"] == bob.id && e["connected"] == false)
        .await;
    let done = a.wait(|e| e["type"] == "duel_finished").await;
    assert_eq!(done["duel"]["result"]["winner_user_id"], alice.id);
    assert_eq!(done["duel"]["result"]["reason"], "forfeit");
}

/// Opening someone's challenge and waiting for them to stay away earns
/// nothing: a player who never showed up abandons the duel, unrated.
async fn a_player_who_never_came_abandons_it_unrated(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    let mut b = Events::connect(&app, &bob.token).await;
    b.send(&json!({"type": "join_duel", "duel": id})).await;
    b.wait(|e| e["type"] == "duel_joined").await;
    b.send(&json!({"type": "join_duel", "duel": id})).await;
    let again = b.wait(|e| e["type"] == "error").await;
    assert_eq!(again["code"], "already_joined");
    let done = b.wait(|e| e["type"] == "duel_finished").await;
    assert_eq!(done["duel"]["state"], "abandoned", "{done}");
    assert!(rating_of(&done["duel"], bob.id).1.is_nan());
}

async fn both_players_gone_abandons_without_rating(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    // Nobody ever opened the duel's page: both are away from the start.
    let d = wait_state(&app, &id, &alice.token, "abandoned").await;
    assert_eq!(d["result"]["reason"], "abandoned");
    assert!(rating_of(&d, alice.id).1.is_nan(), "no rating change: {d}");
    let board: Value = app
        .get("/api/v1/leaderboard", Some(&bob.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(board["total"], 0);
}

async fn who_may_join_and_bad_requests(app: TestApp) {
    with_problem(&app).await;
    let (alice, bob, carol) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
        player(&app, "carol@example.com").await,
    );
    for (body, field) in [
        (json!({"difficulty": "extreme"}), "difficulty"),
        (json!({"problem": "no-such-problem"}), "problem"),
        (json!({"language": "cobol"}), "language"),
        (json!({"duration_secs": 0}), "duration_secs"),
    ] {
        let res = app.post("/api/v1/duels", Some(&alice.token), &body).await;
        let err = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(error_fields(&err), [field], "{err}");
    }
    let res = app.post("/api/v1/duels", None, &json!({})).await;
    expect_problem(res, 401, "unauthenticated").await;
    let res = app.get("/api/v1/duels/nope", Some(&alice.token)).await;
    expect_problem(res, 404, "not_found").await;
    let res = app
        .post(
            "/api/v1/duels/queue",
            Some(&alice.token),
            &json!({"difficulty": "extreme"}),
        )
        .await;
    expect_problem(res, 422, "validation_failed").await;

    let res = app
        .post(
            "/api/v1/duels",
            Some(&alice.token),
            &json!({"problem": SLUG}),
        )
        .await;
    let id = res.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let join = |t: &str| {
        let url = format!("/api/v1/duels/{id}/join");
        let t = t.to_string();
        let app = &app;
        async move { app.post(&url, Some(&t), &json!({})).await }
    };
    // An open challenge is in its creator's history, not in what others see.
    let history = |viewer: String| {
        let url = format!("/api/v1/users/{}/duels", alice.id);
        let app = &app;
        async move {
            app.get(&url, Some(&viewer))
                .await
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(history(alice.token.clone()).await["total"], 1);
    assert_eq!(history(carol.token.clone()).await["total"], 0);
    let own = expect_problem(join(&alice.token).await, 409, "conflict").await;
    assert!(own["detail"].as_str().unwrap().contains("own challenge"));
    // Nobody may submit before it runs.
    expect_problem(submit(&app, &id, &alice, "ACCEPT").await, 409, "conflict").await;
    assert_eq!(join(&bob.token).await.status(), 200);
    let third = expect_problem(join(&carol.token).await, 409, "conflict").await;
    assert!(
        third["detail"].as_str().unwrap().contains("countdown"),
        "{third}"
    );
    // In a duel, one cannot queue for another.
    let res = app
        .post("/api/v1/duels/queue", Some(&bob.token), &json!({}))
        .await;
    expect_problem(res, 409, "conflict").await;
}

async fn a_non_player_sees_counts_but_no_code(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob, carol) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
        player(&app, "carol@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    assert_eq!(
        submit(&app, &id, &alice, "HALF # alice's secret")
            .await
            .status(),
        202
    );
    wait_for_progress(&app, &id, &carol.token, alice.id, 1).await;
    let text = app
        .get(&format!("/api/v1/duels/{id}"), Some(&carol.token))
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("secret"), "{text}");
    for path in ["submissions", "result", "replay"] {
        let res = app
            .get(&format!("/api/v1/duels/{id}/{path}"), Some(&carol.token))
            .await;
        expect_problem(res, 403, "forbidden").await;
    }
    // Bob sees only his own submissions while it runs.
    let mine: Value = app
        .get(&format!("/api/v1/duels/{id}/submissions"), Some(&bob.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 0);
    // Neither Carol nor Bob may open Alice's editor (seat 0) while it runs.
    for t in [&carol.token, &bob.token] {
        let err = YClient::connect(&app.base, &format!("{id}.0"), t)
            .await
            .err();
        assert!(err.is_some_and(|e| e.contains("403")), "refused");
    }
    assert!(
        YClient::connect(&app.base, &format!("{id}.0"), &alice.token)
            .await
            .is_ok()
    );
}

/// An opponent with a staff role (who may read others' submissions and runs
/// by id elsewhere) cannot while the duel is on.
async fn a_staff_opponent_cannot_read_code_by_id(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let alice = player(&app, "alice@example.com").await;
    let token = app
        .token_with_role("bob@example.com", Role::Interviewer)
        .await;
    let me: Value = app
        .get("/api/v1/me", Some(&token))
        .await
        .json()
        .await
        .unwrap();
    let bob = Player {
        token,
        id: me["id"].as_i64().unwrap(),
    };
    let id = running_duel(&app, &alice, &bob, 600).await;
    let sub: Value = submit(&app, &id, &alice, "HALF # alice's secret")
        .await
        .json()
        .await
        .unwrap();
    let run: Value = app
        .post(
            "/api/v1/runs",
            Some(&alice.token),
            &json!({"language": "python", "code": "print('alice secret')", "stdin": ""}),
        )
        .await
        .json()
        .await
        .unwrap();
    let sub_path = format!("/api/v1/submissions/{}", sub["id"]);
    let run_path = format!("/api/v1/runs/{}", run["id"]);
    for path in [&sub_path, &run_path] {
        expect_problem(app.get(path, Some(&bob.token)).await, 404, "not_found").await;
    }
    let mut ws = Events::connect(&app, &bob.token).await;
    ws.send(&json!({"type": "watch_submission", "id": sub["id"]}))
        .await;
    ws.send(&json!({"type": "watch_run", "id": run["id"]}))
        .await;
    let errors = |ws: &Events| ws.all().iter().filter(|e| e["code"] == "not_found").count();
    eventually("both refused", || errors(&ws) == 2).await;
    // Once it ended, as before: staff may read it.
    let res = app
        .post(
            &format!("/api/v1/duels/{id}/forfeit"),
            Some(&alice.token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    for path in [&sub_path, &run_path] {
        assert_eq!(
            app.get(path, Some(&bob.token)).await.status(),
            200,
            "{path}"
        );
    }
    // A duel's code stays its players' (and admins'): another interviewer
    // still cannot read the submission.
    let other = app
        .token_with_role("ivy@example.com", Role::Interviewer)
        .await;
    expect_problem(app.get(&sub_path, Some(&other)).await, 404, "not_found").await;
    let admin = app.token_with_role("root@example.com", Role::Admin).await;
    assert_eq!(app.get(&sub_path, Some(&admin)).await.status(), 200);
}

/// Every frame Bob's `/ws` and `/yjs` connections receive while the duel
/// runs, and not one carries Alice's source text.
async fn the_opponent_never_receives_the_other_players_code(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let id = running_duel(&app, &alice, &bob, 600).await;
    const SECRET: &str = "zq_alices_private_source_xk";

    let frames = Arc::new(Mutex::new(Vec::<Vec<u8>>::new()));
    let ws_url = app.base.replace("http://", "ws://");
    let (mut bob_ws, _) =
        tokio_tungstenite::connect_async(format!("{ws_url}/ws?token={}", bob.token))
            .await
            .unwrap();
    use futures_util::SinkExt;
    bob_ws
        .send(Message::text(
            json!({"type": "join_duel", "duel": id}).to_string(),
        ))
        .await
        .unwrap();
    let f = frames.clone();
    let reader = tokio::spawn(async move {
        while let Some(Ok(m)) = bob_ws.next().await {
            f.lock().unwrap().push(m.into_data().to_vec());
        }
    });
    // Bob's own editor, recorded the same way (its frames arrive in the
    // client's document: any text the server sent would be in it).
    let bob_doc = YClient::connect(&app.base, &format!("{id}.1"), &bob.token)
        .await
        .unwrap();
    bob_doc.insert(0, "bob's attempt");

    let alice_doc = YClient::connect(&app.base, &format!("{id}.0"), &alice.token)
        .await
        .unwrap();
    alice_doc.insert(0, &format!("print(1) # {SECRET}"));
    eventually("alice's edit stored", || alice_doc.text().contains(SECRET)).await;
    assert_eq!(
        submit(&app, &id, &alice, &format!("HALF {SECRET}"))
            .await
            .status(),
        202
    );
    assert_eq!(
        submit(&app, &id, &alice, &format!("ACCEPT {SECRET}"))
            .await
            .status(),
        202
    );
    let d = wait_state(&app, &id, &bob.token, "finished").await;
    assert_eq!(d["result"]["winner_user_id"], alice.id);
    tokio::time::sleep(Duration::from_millis(200)).await;
    reader.abort();
    let frames = frames.lock().unwrap().clone();
    assert!(
        frames
            .iter()
            .any(|f| String::from_utf8_lossy(f).contains("duel_progress")),
        "Bob heard Alice's progress"
    );
    for f in frames.iter() {
        assert!(
            !String::from_utf8_lossy(f).contains(SECRET),
            "a frame to Bob carried Alice's code: {}",
            String::from_utf8_lossy(f)
        );
    }
    assert!(
        !bob_doc.text().contains(SECRET),
        "Bob's document: {}",
        bob_doc.text()
    );
    // Once it ended, Bob may read Alice's editor.
    let after = YClient::connect(&app.base, &format!("{id}.0"), &bob.token)
        .await
        .unwrap();
    eventually("alice's final code", || after.text().contains(SECRET)).await;
}

async fn the_queue_pairs_players_and_tells_them(app: TestApp) {
    with_problem(&app).await;
    let _stop = worker(&app);
    let matcher = app.state.duels.spawn_matchmaker(server::new_duel_id);
    let (alice, bob) = (
        player(&app, "alice@example.com").await,
        player(&app, "bob@example.com").await,
    );
    let a = Events::connect(&app, &alice.token).await;
    let b = Events::connect(&app, &bob.token).await;
    a.wait(|e| e["type"] == "ready").await;
    b.wait(|e| e["type"] == "ready").await;
    for _ in 0..2 {
        // Twice: idempotent.
        let res = app
            .post(
                "/api/v1/duels/queue",
                Some(&alice.token),
                &json!({"difficulty": "easy"}),
            )
            .await;
        assert_eq!(res.status(), 202);
    }
    let status: Value = app
        .get("/api/v1/duels/queue", Some(&alice.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["queued"], true);
    assert_eq!(status["difficulty"], "easy");
    let res = app
        .post("/api/v1/duels/queue", Some(&bob.token), &json!({}))
        .await;
    assert_eq!(res.status(), 202);
    let ma = a.wait(|e| e["type"] == "duel_matched").await;
    let mb = b.wait(|e| e["type"] == "duel_matched").await;
    assert_eq!(ma["duel"], mb["duel"]);
    let id = ma["duel"].as_str().unwrap();
    let d = get(&app, id, &alice.token).await;
    assert_eq!(d["state"], "countdown");
    assert_eq!(d["difficulty"], "easy");
    assert_eq!(
        d["players"][0]["user_id"], alice.id,
        "the longer wait sits first"
    );
    let status: Value = app
        .get("/api/v1/duels/queue", Some(&alice.token))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["queued"], false);
    assert_eq!(status["active_duel"], id);
    matcher.abort();
}

async fn leaving_the_page_leaves_the_queue(app: TestApp) {
    let alice = player(&app, "alice@example.com").await;
    let a = Events::connect(&app, &alice.token).await;
    a.wait(|e| e["type"] == "ready").await;
    let res = app
        .post("/api/v1/duels/queue", Some(&alice.token), &json!({}))
        .await;
    assert_eq!(res.status(), 202);
    a.close().await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let s: Value = app
            .get("/api/v1/duels/queue", Some(&alice.token))
            .await
            .json()
            .await
            .unwrap();
        if s["queued"] == false {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "still queued");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let res = app
        .req(
            reqwest::Method::DELETE,
            "/api/v1/duels/queue",
            Some(&alice.token),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
}

macro_rules! duel_tests {
    ($module:ident, $spawn:ident, $($name:ident),* $(,)?) => {
        mod $module {
            use super::*;
            mod sqlite {
                $(#[tokio::test] async fn $name() { super::$name(super::$spawn(crate::support::Backend::Sqlite).await).await }) *
            }
            #[cfg(pg_tests)]
            mod postgres {
                $(#[tokio::test] async fn $name() { super::$name(super::$spawn(crate::support::Backend::Postgres).await).await }) *
            }
        }
    };
}

duel_tests!(
    playing,
    spawn,
    the_first_accepted_solution_wins_and_moves_ratings,
    at_the_deadline_the_better_score_wins_and_late_work_never_counts,
    nothing_passed_by_either_is_a_draw,
    a_forfeit_gives_the_opponent_the_win,
    who_may_join_and_bad_requests,
    a_non_player_sees_counts_but_no_code,
    a_staff_opponent_cannot_read_code_by_id,
    the_opponent_never_receives_the_other_players_code,
    the_queue_pairs_players_and_tells_them,
    leaving_the_page_leaves_the_queue,
);

duel_tests!(
    presence,
    spawn_short_grace,
    a_player_away_past_the_grace_period_forfeits,
    a_player_who_never_came_abandons_it_unrated,
    both_players_gone_abandons_without_rating,
);
