//! Submissions, runs, the job queue and `/ws`, through the real router and a
//! real database. Workers here run real queue code with test handlers (the
//! judge itself is exercised with real processes in crates/codemint/tests).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use queue::{Job, JobError, JobFuture, Worker, WorkerConfig};
use reqwest::Method;
use serde_json::{Value, json};
use store::Role;
use store::submissions::{JUDGE_KIND, JudgeJob};
use tokio_tungstenite::tungstenite::Message;

use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::{dual_backend_tests, dual_tests};

dual_tests!(
    submissions_validate_and_stay_private,
    idempotency_key_returns_the_same_submission,
    failing_jobs_back_off_then_dead_letter_and_can_be_retried,
    priorities_and_expired_leases,
    undecodable_payloads_are_dead_lettered_at_once,
    runs_validate_and_queue,
    ws_pushes_events_and_answers_watch,
);

dual_backend_tests!(full_queue_answers_429, per_user_submission_rate_limit);

const SLUG: &str = "sum-it";

async fn with_problem(app: &TestApp) {
    let staff = app
        .token_with_role("staff@example.com", Role::Interviewer)
        .await;
    let res = app
        .post(
            "/api/v1/problems",
            Some(&staff),
            &json!({
                "slug": SLUG,
                "title": "Sum it",
                "statement": "Print the sum.",
                "difficulty": "easy",
                "tags": ["math"],
                "time_limit_ms": 1000,
                "memory_mb": 128,
                "samples": [{"name": "01", "input": "1 2\n", "answer": "3\n"}],
                "hidden_tests": [{"name": "secret-name", "input": "40 2\n", "answer": "42\n"}],
            }),
        )
        .await;
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
}

async fn user(app: &TestApp, email: &str) -> String {
    app.register(email).await["access_token"]
        .as_str()
        .unwrap()
        .to_string()
}

fn submission(code: &str) -> Value {
    json!({"problem": SLUG, "language": "python", "code": code})
}

async fn submit(app: &TestApp, token: &str) -> i64 {
    let res = app
        .post("/api/v1/submissions", Some(token), &submission("print(3)"))
        .await;
    assert_eq!(res.status(), 202);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["state"], "queued");
    body["id"].as_i64().unwrap()
}

async fn submissions_validate_and_stay_private(app: TestApp) {
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    let bob = user(&app, "bob@example.com").await;

    let res = app
        .post("/api/v1/submissions", None, &submission("print(3)"))
        .await;
    expect_problem(res, 401, "unauthenticated").await;
    for (body, field) in [
        (
            json!({"problem": SLUG, "language": "cobol", "code": "x"}),
            "language",
        ),
        (
            json!({"problem": SLUG, "language": "python", "code": "  \n"}),
            "code",
        ),
        (
            json!({"problem": SLUG, "language": "python", "code": "#".repeat(70_000)}),
            "code",
        ),
        (
            json!({"problem": "", "language": "python", "code": "print(1)"}),
            "problem",
        ),
    ] {
        let res = app.post("/api/v1/submissions", Some(&alice), &body).await;
        let err = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(error_fields(&err), vec![field.to_string()], "{err}");
    }
    let res = app
        .post(
            "/api/v1/submissions",
            Some(&alice),
            &json!({"problem": "no-such", "language": "python", "code": "print(1)"}),
        )
        .await;
    expect_problem(res, 404, "not_found").await;
    // Nothing above left a row or a job behind.
    assert_eq!(app.store.queue_depth().await.unwrap(), 0);

    let id = submit(&app, &alice).await;
    let res = app
        .get(&format!("/api/v1/submissions/{id}"), Some(&alice))
        .await;
    assert_eq!(res.status(), 200);
    let sub: Value = res.json().await.unwrap();
    assert_eq!(sub["state"], "queued");
    assert_eq!(sub["problem"], SLUG);
    assert_eq!(sub["problem_version"], 1);
    assert_eq!(sub["code"], "print(3)");
    assert!(sub["verdict"].is_null());

    // Someone else's submission does not exist for bob, and is not listed.
    let res = app
        .get(&format!("/api/v1/submissions/{id}"), Some(&bob))
        .await;
    expect_problem(res, 404, "not_found").await;
    let mine: Value = app
        .get("/api/v1/submissions", Some(&bob))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 0);
    let mine: Value = app
        .get(&format!("/api/v1/submissions?problem={SLUG}"), Some(&alice))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["total"], 1);
    assert_eq!(mine["items"][0]["id"], id);
    let other: Value = app
        .get("/api/v1/submissions?problem=other", Some(&alice))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(other["total"], 0);

    // Staff may read it (interviews review candidates' work).
    let staff = app.token_with_role("admin@example.com", Role::Admin).await;
    let res = app
        .get(&format!("/api/v1/submissions/{id}"), Some(&staff))
        .await;
    assert_eq!(res.status(), 200);

    // Re-judge is admin-only, and queues the problem's submissions again.
    let res = app
        .post(
            &format!("/api/v1/problems/{SLUG}/rejudge"),
            Some(&alice),
            &json!({}),
        )
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .post(
            &format!("/api/v1/problems/{SLUG}/rejudge"),
            Some(&staff),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 202);
    assert_eq!(res.json::<Value>().await.unwrap()["queued"], 1);
    let (jobs, _) = app.store.list_jobs("queued", 10, 0).await.unwrap();
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[0].payload, json!({"submission": id, "generation": 2}));
    assert_eq!(jobs[0].priority, queue::priority::BATCH);
    assert!(jobs[1].priority > jobs[0].priority);
}

async fn idempotency_key_returns_the_same_submission(app: TestApp) {
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    let post = |key: &'static str| {
        app.req(Method::POST, "/api/v1/submissions", Some(&alice))
            .header("idempotency-key", key)
            .json(&submission("print(3)"))
            .send()
    };
    let first = post("retry-1").await.unwrap();
    assert_eq!(first.status(), 202);
    let first: Value = first.json().await.unwrap();
    let again = post("retry-1").await.unwrap();
    assert_eq!(again.status(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(first["id"], again["id"]);
    let other = post("retry-2").await.unwrap();
    assert_eq!(other.status(), 202);
    assert_ne!(other.json::<Value>().await.unwrap()["id"], first["id"]);
    assert_eq!(app.store.queue_depth().await.unwrap(), 2);

    let res = app
        .req(Method::POST, "/api/v1/submissions", Some(&alice))
        .header("idempotency-key", "k".repeat(200))
        .json(&submission("print(3)"))
        .send()
        .await
        .unwrap();
    expect_problem(res, 400, "invalid_idempotency_key").await;
}

async fn full_queue_answers_429(backend: Backend) {
    let app = TestApp::spawn_with(backend, |c| c.max_queue_depth = 2).await;
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    submit(&app, &alice).await;
    submit(&app, &alice).await;
    let res = app
        .post("/api/v1/submissions", Some(&alice), &submission("print(3)"))
        .await;
    assert!(res.headers().contains_key("retry-after"));
    expect_problem(res, 429, "queue_full").await;
    let res = app
        .post(
            "/api/v1/runs",
            Some(&alice),
            &json!({"language": "python", "code": "print(1)"}),
        )
        .await;
    expect_problem(res, 429, "queue_full").await;
    assert_eq!(app.store.queue_depth().await.unwrap(), 2);
}

async fn per_user_submission_rate_limit(backend: Backend) {
    let app = TestApp::spawn_with(backend, |c| c.submissions_per_minute = 2).await;
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    let bob = user(&app, "bob@example.com").await;
    submit(&app, &alice).await;
    submit(&app, &alice).await;
    let res = app
        .post("/api/v1/submissions", Some(&alice), &submission("print(3)"))
        .await;
    expect_problem(res, 429, "rate_limited").await;
    // Another user is not affected.
    submit(&app, &bob).await;
}

fn test_worker(app: &TestApp, handler: impl queue::Handler) -> Worker {
    let config = WorkerConfig {
        concurrency: 2,
        lease: Duration::from_secs(5),
        poll_interval: Duration::from_millis(20),
        base_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_secs(1),
        shutdown_grace: Duration::from_secs(1),
    };
    Worker::new(app.store.clone(), config)
        .handle(JUDGE_KIND, handler)
        .with_dead_letters(jobs::dead_letters(app.state.bus.clone()))
        .with_wake(app.wake.clone())
}

async fn wait_for(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn failing_jobs_back_off_then_dead_letter_and_can_be_retried(app: TestApp) {
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let id = submit(&app, &alice).await;

    // Alice's page follows her submissions over /ws.
    let watching = crate::rooms::Events::connect(&app, &alice).await;
    watching.wait(|e| e["type"] == "ready").await;
    let attempts = Arc::new(Mutex::new(Vec::<Instant>::new()));
    let seen = attempts.clone();
    let failing = test_worker(&app, move |_job: Job| -> JobFuture {
        seen.lock().unwrap().push(Instant::now());
        Box::pin(async { Err(JobError::Retry("the sandbox is on fire".into())) })
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(failing.run(async {
        let _ = stopped.await;
    }));
    wait_for("the dead letter", async || {
        app.store.list_jobs("dead", 10, 0).await.unwrap().1 == 1
    })
    .await;
    let _ = stop.send(());
    running.await.unwrap();

    // Three attempts, the gaps growing with the backoff (100 ms then 200 ms,
    // each at least half that after jitter).
    let times = attempts.lock().unwrap().clone();
    assert_eq!(times.len(), 3);
    assert!(times[1] - times[0] >= Duration::from_millis(50));
    assert!(times[2] - times[1] >= Duration::from_millis(100));

    // The submission has its one final verdict: an internal error.
    let sub: Value = app
        .get(&format!("/api/v1/submissions/{id}"), Some(&alice))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sub["state"], "finished");
    assert_eq!(sub["verdict"], "IE");
    // Built by the same code as every other result (`jobs`), not a copy that
    // drifted: it has every field a result has.
    assert_eq!(sub["total_tests"], 0, "{sub}");
    assert_eq!(sub["score"], 0.0, "{sub}");
    // And she hears of it, as of any finished submission: nobody waits.
    let finished = watching
        .wait(|e| e["type"] == "submission_finished" && e["id"] == id)
        .await;
    assert_eq!(finished["verdict"], "IE");

    // The admin API shows the dead job and why.
    let res = app.get("/api/v1/admin/jobs", Some(&alice)).await;
    expect_problem(res, 403, "forbidden").await;
    let dead: Value = app
        .get("/api/v1/admin/jobs?state=dead", Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(dead["total"], 1);
    let job = &dead["items"][0];
    assert_eq!(job["kind"], JUDGE_KIND);
    assert_eq!(job["attempts"], 3);
    assert_eq!(job["last_error"], "the sandbox is on fire");
    assert_eq!(job["payload"]["submission"], id);
    let job_id = job["id"].as_i64().unwrap();
    let one: Value = app
        .get(&format!("/api/v1/admin/jobs/{job_id}"), Some(&admin))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["state"], "dead");
    let res = app.get("/api/v1/admin/jobs?state=lost", Some(&admin)).await;
    expect_problem(res, 422, "validation_failed").await;

    // Retry: the job and its submission are queued again, and a healthy
    // worker finishes them.
    let res = app
        .post(
            &format!("/api/v1/admin/jobs/{job_id}/retry"),
            Some(&admin),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let sub: Value = app
        .get(&format!("/api/v1/submissions/{id}"), Some(&alice))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(sub["state"], "queued");
    assert!(sub["verdict"].is_null());
    let store = app.store.clone();
    let healthy = test_worker(&app, move |job: Job| -> JobFuture {
        let store = store.clone();
        Box::pin(async move {
            let JudgeJob {
                submission,
                generation,
            } = job.payload()?;
            store
                .finish_submission(
                    submission,
                    generation,
                    "AC",
                    &json!({"verdict": "AC", "score": 100.0}),
                )
                .await?;
            Ok(())
        })
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(healthy.run(async {
        let _ = stopped.await;
    }));
    wait_for("the retried job", async || {
        app.store.submission(id).await.unwrap().verdict.as_deref() == Some("AC")
    })
    .await;
    wait_for("the finished job to go", async || {
        app.store.job(job_id).await.is_err()
    })
    .await;
    let _ = stop.send(());
    running.await.unwrap();

    // Retrying or discarding a job that is not dead is a 404.
    let res = app
        .post(
            &format!("/api/v1/admin/jobs/{job_id}/retry"),
            Some(&admin),
            &json!({}),
        )
        .await;
    expect_problem(res, 404, "not_found").await;
    let res = app
        .req(
            Method::DELETE,
            &format!("/api/v1/admin/jobs/{job_id}"),
            Some(&admin),
        )
        .send()
        .await
        .unwrap();
    expect_problem(res, 404, "not_found").await;
}

async fn priorities_and_expired_leases(app: TestApp) {
    use store::jobs::NewJob;
    let job = |kind: &str, priority| NewJob {
        kind: kind.into(),
        payload: "{}".into(),
        priority,
        max_attempts: 2,
    };
    let batch = app.store.enqueue(&job("k", 0)).await.unwrap();
    let interactive = app.store.enqueue(&job("k", 100)).await.unwrap();
    let other_kind = app.store.enqueue(&job("other", 1000)).await.unwrap();

    let first = app
        .store
        .claim_job(&["k"], 60_000, "a")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.id, interactive, "the interactive job goes first");
    let second = app.store.claim_job(&["k"], 50, "b").await.unwrap().unwrap();
    assert_eq!(second.id, batch);
    assert!(
        app.store
            .claim_job(&["k"], 50, "c")
            .await
            .unwrap()
            .is_none()
    );

    // Holder "b" stops heartbeating (as a killed worker would): once its lease
    // passes, the job goes to someone else, and "b" can no longer finish it.
    tokio::time::sleep(Duration::from_millis(120)).await;
    let again = app
        .store
        .claim_job(&["k"], 60_000, "d")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.id, batch);
    assert_eq!(again.attempts, 2);
    assert!(!app.store.complete_job(batch, "b").await.unwrap());
    assert!(!app.store.extend_lease(batch, "b", 1000).await.unwrap());
    assert!(app.store.complete_job(batch, "d").await.unwrap());

    // Released (graceful shutdown): back at once, the attempt not counted.
    assert!(app.store.release_job(interactive, "a").await.unwrap());
    let back = app
        .store
        .claim_job(&["k"], 60_000, "e")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((back.id, back.attempts), (interactive, 1));

    let counts = app.store.job_counts().await.unwrap();
    assert!(counts.contains(&("running".to_string(), 1)), "{counts:?}");
    assert!(counts.contains(&("queued".to_string(), 1)), "{counts:?}");
    let _ = other_kind;
}

async fn runs_validate_and_queue(app: TestApp) {
    let alice = user(&app, "alice@example.com").await;
    let bob = user(&app, "bob@example.com").await;
    let res = app
        .post(
            "/api/v1/runs",
            Some(&alice),
            &json!({"language": "python", "code": "print(input())", "stdin": "x".repeat(2 << 20)}),
        )
        .await;
    // Over the body limit before it is even parsed.
    assert_eq!(res.status(), 413);
    let res = app
        .post(
            "/api/v1/runs",
            Some(&alice),
            &json!({"language": "python", "code": "print(input())", "stdin": "x".repeat(1 << 19)}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let res = app
        .post(
            "/api/v1/runs",
            Some(&alice),
            &json!({"language": "brainfuck", "code": "+"}),
        )
        .await;
    let err = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&err), vec!["language".to_string()]);

    let res = app
        .post(
            "/api/v1/runs",
            Some(&alice),
            &json!({"language": "python", "code": "print(input())", "stdin": "hi\n"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let run: Value = app
        .get(&format!("/api/v1/runs/{id}"), Some(&alice))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(run["state"], "queued");
    assert!(run["result"].is_null());
    let res = app.get(&format!("/api/v1/runs/{id}"), Some(&bob)).await;
    expect_problem(res, 404, "not_found").await;
    let (jobs, _) = app.store.list_jobs("queued", 10, 0).await.unwrap();
    assert!(
        jobs.iter()
            .all(|j| j.priority == queue::priority::INTERACTIVE)
    );
}

async fn ws_pushes_events_and_answers_watch(app: TestApp) {
    with_problem(&app).await;
    let alice = user(&app, "alice@example.com").await;
    let bob = user(&app, "bob@example.com").await;
    let ws_url = app.base.replace("http://", "ws://");

    // No token or a bad one: refused before the upgrade.
    let err = tokio_tungstenite::connect_async(format!("{ws_url}/ws"))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("401"), "{err}");
    let err = tokio_tungstenite::connect_async(format!("{ws_url}/ws?token=nope"))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("401"), "{err}");

    let (mut ws, _) = tokio_tungstenite::connect_async(format!("{ws_url}/ws?token={alice}"))
        .await
        .unwrap();
    assert_eq!(recv_json(&mut ws).await["type"], "ready");
    let id = submit(&app, &alice).await;
    let ev = recv_json(&mut ws).await;
    assert_eq!(
        ev,
        json!({"type": "submission_queued", "id": id, "problem": SLUG})
    );

    // A late client asks for the state and gets it; someone else's is refused.
    ws.send(Message::text(
        json!({"type": "watch_submission", "id": id}).to_string(),
    ))
    .await
    .unwrap();
    let ev = recv_json(&mut ws).await;
    assert_eq!(ev["type"], "submission_queued");
    app.store
        .finish_submission(
            id,
            1,
            "WA",
            &json!({"verdict": "WA", "score": 0.0, "time_ms": 3}),
        )
        .await
        .unwrap();
    ws.send(Message::text(
        json!({"type": "watch_submission", "id": id}).to_string(),
    ))
    .await
    .unwrap();
    let ev = recv_json(&mut ws).await;
    assert_eq!(ev["type"], "submission_finished");
    assert_eq!(ev["verdict"], "WA");
    assert_eq!(ev["time_ms"], 3);

    let (mut bobs, _) = tokio_tungstenite::connect_async(format!("{ws_url}/ws?token={bob}"))
        .await
        .unwrap();
    assert_eq!(recv_json(&mut bobs).await["type"], "ready");
    bobs.send(Message::text(
        json!({"type": "watch_submission", "id": id}).to_string(),
    ))
    .await
    .unwrap();
    let ev = recv_json(&mut bobs).await;
    assert_eq!(
        (ev["type"].as_str(), ev["code"].as_str()),
        (Some("error"), Some("not_found"))
    );
    // Bob's connection never saw Alice's events.
    bobs.send(Message::text(r#"{"type":"ping"}"#))
        .await
        .unwrap();
    assert_eq!(recv_json(&mut bobs).await["type"], "pong");

    // Garbage is answered, not fatal; a flood is cut off.
    bobs.send(Message::text("{not json")).await.unwrap();
    assert_eq!(recv_json(&mut bobs).await["code"], "bad_message");
    for _ in 0..40 {
        if bobs
            .send(Message::text(r#"{"type":"ping"}"#))
            .await
            .is_err()
        {
            break;
        }
    }
    let mut closed = false;
    while let Ok(Some(msg)) = tokio::time::timeout(Duration::from_secs(5), bobs.next()).await {
        match msg {
            Ok(Message::Close(frame)) => {
                assert_eq!(frame.map(|f| u16::from(f.code)), Some(1008));
                closed = true;
                break;
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    assert!(closed, "a flooding client is disconnected");
}

async fn recv_json<S>(ws: &mut S) -> Value
where
    S: futures_util::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>> + Unpin,
{
    loop {
        let msg = tokio::time::timeout(Duration::from_secs(10), ws.next())
            .await
            .expect("a message within 10 s")
            .unwrap()
            .unwrap();
        if let Message::Text(t) = msg {
            return serde_json::from_str(&t).unwrap();
        }
    }
}

/// A job whose payload no longer deserialises (a format change, a bad row)
/// fails permanently: dead-lettered on its first attempt with the reason,
/// never retried in a loop.
async fn undecodable_payloads_are_dead_lettered_at_once(app: TestApp) {
    use store::jobs::NewJob;
    let id = app
        .store
        .enqueue(&NewJob {
            kind: JUDGE_KIND.into(),
            payload: r#"{"submission":"seven"}"#.into(),
            priority: 0,
            max_attempts: 5,
        })
        .await
        .unwrap();
    let worker = test_worker(&app, |job: Job| -> JobFuture {
        Box::pin(async move {
            let _: JudgeJob = job.payload()?;
            Ok(())
        })
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(worker.run(async {
        let _ = stopped.await;
    }));
    wait_for("the dead letter", async || {
        app.store.job(id).await.is_ok_and(|j| j.state == "dead")
    })
    .await;
    let _ = stop.send(());
    running.await.unwrap();
    let job = app.store.job(id).await.unwrap();
    assert_eq!(job.attempts, 1);
    assert!(
        job.last_error
            .as_deref()
            .is_some_and(|e| e.contains("bad judge_submission payload")),
        "{job:?}"
    );
}
