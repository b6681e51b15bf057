//! Assessments over the API on both databases: the builder's validation
//! and scope, invitations and their statuses (revoked and expired links
//! answer 410), starting twice, the clock (deadline from the server, a
//! submission after it refused, the deadline job submitting the last saved
//! code once), extra time reaching the open page, a second session made
//! read-only, the proctor's live events, reports and CSV, and who must not
//! see what.
//!
//! The judge here is a stand-in worker (the real sandbox judges in the
//! process and browser tests): code containing `ACCEPT` passes both tests,
//! `HALF` the first, anything else none. The clock is the real job.

use std::time::Duration;

use queue::{Job, JobError, JobFuture, Worker, WorkerConfig};
use serde_json::{Value, json};
use store::Role;
use store::submissions::{JUDGE_KIND, JudgeJob};

use crate::rooms::Events;
use crate::support::{Backend, TestApp, error_fields, expect_problem};
use crate::yclient::{YClient, eventually};

const P1: &str = "assess-sum";
const P2: &str = "assess-max";

async fn spawn(backend: Backend) -> TestApp {
    TestApp::spawn(backend).await
}

/// The stand-in judge and the assessment clock, on the real queue.
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
    let judged = app.state.assessments.clone();
    let clock = app.state.assessments.clone();
    let w = Worker::new(app.store.clone(), config)
        .handle(JUDGE_KIND, move |job: Job| -> JobFuture {
            let (store, assessments) = (store.clone(), judged.clone());
            Box::pin(async move {
                let j: JudgeJob = job.payload()?;
                let sub = store.submission(j.submission).await?;
                let (verdict, tests) = if sub.code.contains("ACCEPT") {
                    ("AC", vec!["AC", "AC"])
                } else if sub.code.contains("HALF") {
                    ("WA", vec!["AC", "WA"])
                } else {
                    ("WA", vec!["WA", "WA"])
                };
                let passed = tests.iter().filter(|t| **t == "AC").count() as f64;
                let result = json!({
                    "verdict": verdict, "score": passed * 50.0, "time_ms": 1, "memory_kb": 1,
                    "compile_output": "", "total_tests": 2,
                    "tests": tests.iter().map(|v| json!({"name": "t", "verdict": v})).collect::<Vec<_>>(),
                });
                let mut w = store.write().await?;
                w.finish_submission(sub.id, j.generation, verdict, &result)
                    .await?;
                w.commit().await?;
                assessments.submission_finished(&sub).await;
                Ok(())
            })
        })
        .handle(assessments::CLOCK_KIND, move |job: Job| -> JobFuture {
            let a = clock.clone();
            Box::pin(async move {
                let step: assessments::ClockJob = job.payload()?;
                a.tick(&step)
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

async fn problems(app: &TestApp, staff: &str) {
    for (slug, secret) in [(P1, "40 2\n"), (P2, "7 9 3\n")] {
        let res = app
            .post(
                "/api/v1/problems",
                Some(staff),
                &json!({
                    "slug": slug, "title": format!("Problem {slug}"), "statement": "Do it.",
                    "difficulty": "easy", "tags": ["math"], "time_limit_ms": 1000, "memory_mb": 128,
                    "samples": [{"name": "01", "input": "1 2\n", "answer": "3\n"}],
                    "hidden_tests": [{"name": "h", "input": secret, "answer": "42\n"}],
                    "stubs": {"python": {"prefix": "", "solution": "pass\n", "suffix": ""}},
                }),
            )
            .await;
        assert_eq!(res.status(), 201, "{:?}", res.text().await);
    }
}

fn now() -> i64 {
    store::now_ms()
}

/// An assessment open now, closing `closes_in_ms` from now.
async fn assessment(app: &TestApp, staff: &str, closes_in_ms: i64) -> Value {
    let res = app
        .post(
            "/api/v1/assessments",
            Some(staff),
            &json!({
                "title": "Backend screen", "instructions": "Two problems.",
                "problems": [{"slug": P1, "points": 40}, {"slug": P2, "points": 60}],
                "duration_minutes": 30, "opens_at": now() - 60_000,
                "closes_at": now() + closes_in_ms, "languages": ["python", "c"],
            }),
        )
        .await;
    assert_eq!(res.status(), 201, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn invite(app: &TestApp, staff: &str, id: &str, emails: &[&str]) -> Vec<Value> {
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations"),
            Some(staff),
            &json!({ "emails": emails }),
        )
        .await;
    assert_eq!(res.status(), 201, "{:?}", res.text().await);
    let body: Value = res.json().await.unwrap();
    body["items"].as_array().unwrap().clone()
}

/// The token in an invitation's link.
fn link_token(inv: &Value) -> String {
    let url = inv["url"].as_str().unwrap();
    url.rsplit_once("/a/").unwrap().1.to_string()
}

struct Started {
    token: String,
    attempt: Value,
}

async fn start(app: &TestApp, link: &str) -> Started {
    let res = app
        .post(
            &format!("/api/v1/invitations/{link}/start"),
            None,
            &json!({}),
        )
        .await;
    assert!(res.status() == 201 || res.status() == 200, "{res:?}");
    let body: Value = res.json().await.unwrap();
    Started {
        token: body["token"].as_str().unwrap().to_string(),
        attempt: body["attempt"].clone(),
    }
}

/// Staff, two problems, an assessment closing in `closes_in_ms`, one
/// candidate started: (staff token, assessment id, invitation, started).
async fn started(app: &TestApp, closes_in_ms: i64) -> (String, String, Value, Started) {
    let staff = app
        .token_with_role("owner@example.com", Role::Interviewer)
        .await;
    problems(app, &staff).await;
    let a = assessment(app, &staff, closes_in_ms).await;
    let id = a["id"].as_str().unwrap().to_string();
    let inv = invite(app, &staff, &id, &["cand@example.com"])
        .await
        .remove(0);
    let s = start(app, &link_token(&inv)).await;
    (staff, id, inv, s)
}

fn attempt_id(s: &Started) -> String {
    s.attempt["id"].as_str().unwrap().to_string()
}

async fn get_attempt(app: &TestApp, s: &Started) -> Value {
    let res = app
        .get(
            &format!("/api/v1/attempts/{}", attempt_id(s)),
            Some(&s.token),
        )
        .await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

async fn builder_validates_and_keeps_assessments_to_their_owner(app: TestApp) {
    let owner = app
        .token_with_role("owner@example.com", Role::Interviewer)
        .await;
    let other = app
        .token_with_role("other@example.com", Role::Interviewer)
        .await;
    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let user = app.register("user@example.com").await["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    problems(&app, &owner).await;
    let good = json!({
        "title": "Screen", "problems": [{"slug": P1, "points": 10}],
        "duration_minutes": 45, "opens_at": "2026-01-01T09:00:00Z",
        "closes_at": "2027-06-01T09:00:00Z",
    });

    // Authorise before validating: a plain user is refused whatever they send.
    let res = app
        .post("/api/v1/assessments", Some(&user), &json!({"nonsense": 1}))
        .await;
    expect_problem(res, 403, "forbidden").await;

    for (change, field) in [
        (
            json!({"problems": [{"slug": "no-such-problem", "points": 10}]}),
            "problems[0].slug",
        ),
        (
            json!({"problems": [{"slug": P1, "points": 0}]}),
            "problems[0].points",
        ),
        (
            json!({"problems": [{"slug": P1, "points": -3}]}),
            "problems[0].points",
        ),
        (json!({"closes_at": "2025-01-01T09:00:00Z"}), "closes_at"),
        (json!({"duration_minutes": 0}), "duration_minutes"),
        (json!({"title": "  "}), "title"),
        (json!({"problems": []}), "problems"),
        (json!({"languages": ["cobol"]}), "languages"),
        (json!({"opens_at": "next tuesday"}), "opens_at"),
        (json!({"opens_at": "9999-01-01T00:00:00Z"}), "opens_at"),
        (json!({"closes_at": i64::MAX}), "closes_at"),
    ] {
        let mut body = good.clone();
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let res = app.post("/api/v1/assessments", Some(&owner), &body).await;
        let problem = expect_problem(res, 422, "validation_failed").await;
        assert_eq!(error_fields(&problem), [field], "{problem}");
    }

    let res = app.post("/api/v1/assessments", Some(&owner), &good).await;
    assert_eq!(res.status(), 201);
    let a: Value = res.json().await.unwrap();
    let id = a["id"].as_str().unwrap();
    assert_eq!(
        a["opens_at"], 1_767_258_000_000i64,
        "RFC 3339 is read as UTC"
    );
    assert_eq!(a["problems"][0]["title"], format!("Problem {P1}"));
    assert_eq!(a["editable"], true);

    // Another interviewer neither sees nor changes it; an admin does.
    let path = format!("/api/v1/assessments/{id}");
    expect_problem(app.get(&path, Some(&other)).await, 404, "not_found").await;
    expect_problem(app.put(&path, Some(&other), &good).await, 404, "not_found").await;
    assert_eq!(app.get(&path, Some(&admin)).await.status(), 200);
    let list = |t: String| {
        let app = &app;
        async move {
            let res = app.get("/api/v1/assessments", Some(&t)).await;
            res.json::<Value>().await.unwrap()["total"]
                .as_i64()
                .unwrap()
        }
    };
    assert_eq!(list(owner.clone()).await, 1);
    assert_eq!(list(other.clone()).await, 0);
    assert_eq!(list(admin.clone()).await, 1);

    // Editable until someone starts.
    let mut changed = good.clone();
    changed["title"] = json!("Screen v2");
    changed["problems"] = json!([{"slug": P1, "points": 10}, {"slug": P2, "points": 5}]);
    let res = app.put(&path, Some(&owner), &changed).await;
    assert_eq!(res.status(), 200);
    let a: Value = res.json().await.unwrap();
    assert_eq!(a["title"], "Screen v2");
    assert_eq!(a["problems"].as_array().unwrap().len(), 2);
    let inv = invite(&app, &owner, id, &["c@example.com"]).await.remove(0);
    start(&app, &link_token(&inv)).await;
    let res = app.put(&path, Some(&owner), &good).await;
    expect_problem(res, 409, "conflict").await;

    // Archived: out of the list.
    let res = app
        .post(
            &format!("{path}/archive"),
            Some(&owner),
            &json!({"archived": true}),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(list(owner).await, 0);
}

async fn invitations_have_unique_links_and_honest_statuses(app: TestApp) {
    let staff = app
        .token_with_role("owner@example.com", Role::Interviewer)
        .await;
    problems(&app, &staff).await;
    let a = assessment(&app, &staff, 3_600_000).await;
    let id = a["id"].as_str().unwrap();

    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations"),
            Some(&staff),
            &json!({"emails": ["ok@example.com", "not an email"]}),
        )
        .await;
    let problem = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&problem), ["emails[1]"]);

    let invs = invite(&app, &staff, id, &["Ann@Example.com", "bob@example.com"]).await;
    assert_eq!(invs[0]["email"], "ann@example.com");
    assert_eq!(invs[0]["status"], "invited");
    assert_eq!(
        invs[0]["emailed"], false,
        "no SMTP here: the link is to copy"
    );
    let (ann, bob) = (link_token(&invs[0]), link_token(&invs[1]));
    assert_ne!(ann, bob);
    assert!(ann.len() >= 40, "unguessable: {ann}");
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations"),
            Some(&staff),
            &json!({"emails": ["ann@example.com"]}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;

    // The landing page: what the candidate needs, nothing hidden.
    let res = app.get(&format!("/api/v1/invitations/{ann}"), None).await;
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    let landing: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(landing["assessment"]["title"], "Backend screen");
    assert_eq!(landing["assessment"]["duration_minutes"], 30);
    assert_eq!(landing["status"], "invited");
    assert!(landing["recorded"].as_array().unwrap().len() >= 5);
    assert!(
        !text.contains("7 9 3"),
        "no hidden test on the landing page"
    );
    expect_problem(
        app.get("/api/v1/invitations/not-a-real-token", None).await,
        404,
        "not_found",
    )
    .await;

    // Revoked: the link answers 410 with the reason.
    let bob_id = invs[1]["id"].as_str().unwrap();
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations/{bob_id}/revoke"),
            Some(&staff),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let revoked = expect_problem(
        app.get(&format!("/api/v1/invitations/{bob}"), None).await,
        410,
        "invitation_revoked",
    )
    .await;
    assert!(revoked["detail"].as_str().unwrap().contains("withdrawn"));
    expect_problem(
        app.post(
            &format!("/api/v1/invitations/{bob}/start"),
            None,
            &json!({}),
        )
        .await,
        410,
        "invitation_revoked",
    )
    .await;

    // Invited again after a revoke: a new link that works.
    let again = invite(&app, &staff, id, &["bob@example.com"])
        .await
        .remove(0);
    assert_eq!(again["id"], invs[1]["id"]);
    assert_eq!(again["status"], "invited");
    let bob = link_token(&again);
    assert_eq!(
        app.get(&format!("/api/v1/invitations/{bob}"), None)
            .await
            .status(),
        200
    );
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations/{bob_id}/revoke"),
            Some(&staff),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);

    // An address that looks like a formula stays text in the CSV.
    invite(&app, &staff, id, &["=sum@example.com"]).await;
    let csv = app
        .get(
            &format!("/api/v1/assessments/{id}/report.csv"),
            Some(&staff),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        csv.lines().any(|l| l.starts_with("'=sum@example.com,")),
        "{csv}"
    );

    // Starting twice gives the same attempt back.
    let first = start(&app, &ann).await;
    let second = start(&app, &ann).await;
    assert_eq!(attempt_id(&first), attempt_id(&second));
    assert_eq!(first.attempt["state"], "running");
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/invitations"),
            Some(&staff),
        )
        .await;
    let list: Value = res.json().await.unwrap();
    let statuses: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["started", "revoked", "invited"],
        "ann, bob, =sum"
    );
    assert!(list["items"][0]["url"].is_null(), "links are shown once");
    let ann_id = invs[0]["id"].as_str().unwrap();
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations/{ann_id}/revoke"),
            Some(&staff),
            &json!({}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;

    // Resend: a fresh link, the old one stops working, the attempt stays.
    let res = app
        .post(
            &format!("/api/v1/assessments/{id}/invitations/{ann_id}/resend"),
            Some(&staff),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let fresh = link_token(&res.json::<Value>().await.unwrap());
    expect_problem(
        app.get(&format!("/api/v1/invitations/{ann}"), None).await,
        404,
        "not_found",
    )
    .await;
    let again = start(&app, &fresh).await;
    assert_eq!(attempt_id(&again), attempt_id(&first));
}

async fn an_invitation_not_used_before_the_close_expires(app: TestApp) {
    let staff = app
        .token_with_role("owner@example.com", Role::Interviewer)
        .await;
    problems(&app, &staff).await;
    let a = assessment(&app, &staff, 1_500).await;
    let id = a["id"].as_str().unwrap();
    let inv = invite(&app, &staff, id, &["late@example.com"])
        .await
        .remove(0);
    let link = link_token(&inv);
    assert_eq!(
        app.get(&format!("/api/v1/invitations/{link}"), None)
            .await
            .status(),
        200
    );
    let closes = a["closes_at"].as_i64().unwrap();
    tokio::time::sleep(Duration::from_millis((closes - now() + 50).max(0) as u64)).await;
    let gone = expect_problem(
        app.get(&format!("/api/v1/invitations/{link}"), None).await,
        410,
        "invitation_expired",
    )
    .await;
    assert!(gone["detail"].as_str().unwrap().contains("closed"));
    expect_problem(
        app.post(
            &format!("/api/v1/invitations/{link}/start"),
            None,
            &json!({}),
        )
        .await,
        410,
        "invitation_expired",
    )
    .await;
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/invitations"),
            Some(&staff),
        )
        .await;
    let list: Value = res.json().await.unwrap();
    assert_eq!(list["items"][0]["status"], "expired");
}

async fn the_deadline_submits_the_saved_code_once_and_refuses_late_work(app: TestApp) {
    let _worker = worker(&app);
    // The window closes in 3 s, so the 30-minute attempt's deadline is then.
    let (staff, id, _inv, s) = started(&app, 3_000).await;
    let attempt = attempt_id(&s);
    let view = get_attempt(&app, &s).await;
    let left = view["deadline"].as_i64().unwrap() - view["server_now"].as_i64().unwrap();
    assert!((1_000..=3_000).contains(&left), "time left {left}");
    assert_eq!(view["problems"].as_array().unwrap().len(), 2);
    assert_eq!(view["languages"], json!(["python", "c"]));

    let put = |slug: &'static str, language: &'static str, code: &'static str| {
        let (app, token, attempt) = (&app, s.token.clone(), attempt.clone());
        async move {
            app.put(
                &format!("/api/v1/attempts/{attempt}/code/{slug}"),
                Some(&token),
                &json!({"language": language, "code": code}),
            )
            .await
        }
    };
    assert_eq!(put(P1, "python", "print('ACCEPT')").await.status(), 200);
    let res = put(P2, "java", "class Main {}").await;
    let problem = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&problem), ["language"]);
    let res = put("not-in-it", "python", "x").await;
    let problem = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&problem), ["slug"]);
    assert_eq!(put(P2, "c", "// HALF").await.status(), 200);

    // P1 submitted by hand (the same code as saved); P2 left to the deadline.
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/submissions"),
            Some(&s.token),
            &json!({"problem": P1, "language": "python", "code": "print('ACCEPT')"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let view = get_attempt(&app, &s).await;
    assert_eq!(view["problems"][1]["code"]["text"], "// HALF");
    assert_eq!(view["problems"][1]["code"]["language"], "c");

    // A second after the deadline: refused, and the deadline job has run.
    let deadline = view["deadline"].as_i64().unwrap();
    tokio::time::sleep(Duration::from_millis(
        (deadline - now() + 1_000).max(0) as u64
    ))
    .await;
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/submissions"),
            Some(&s.token),
            &json!({"problem": P1, "language": "python", "code": "print('late')"}),
        )
        .await;
    expect_problem(res, 409, "conflict").await;
    expect_problem(put(P1, "python", "late").await, 409, "conflict").await;
    let mut view = Value::Null;
    for _ in 0..200 {
        view = get_attempt(&app, &s).await;
        let judged = view["problems"][1]["best"].is_object();
        if view["state"] == "expired" && judged {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(view["state"], "expired", "{view}");
    assert_eq!(view["ended_at"], deadline, "time used ends at the deadline");
    assert_eq!(view["problems"][0]["best"]["score"], 40.0);
    assert_eq!(view["problems"][1]["best"]["score"], 30.0, "half of 60");

    // The job again (a redelivery) changes nothing: one submission each.
    app.state
        .assessments
        .tick(&assessments::ClockJob::Deadline {
            attempt: attempt.clone(),
        })
        .await
        .unwrap();
    let res = app
        .get(
            &format!("/api/v1/attempts/{attempt}/submissions"),
            Some(&s.token),
        )
        .await;
    let subs: Value = res.json().await.unwrap();
    let problems: Vec<&str> = subs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["problem"].as_str().unwrap())
        .collect();
    assert_eq!(problems, [P1, P2], "{subs}");

    // The report and its CSV.
    let res = app
        .get(&format!("/api/v1/assessments/{id}/report"), Some(&staff))
        .await;
    let report: Value = res.json().await.unwrap();
    assert_eq!(report["candidates"][0]["total"], 70.0);
    assert_eq!(report["candidates"][0]["status"], "submitted");
    let buckets = report["distribution"].as_array().unwrap();
    assert_eq!(buckets.len(), 10);
    assert_eq!(buckets[7]["count"], 1, "70 of 100 is in [70, 80)");
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/report.csv"),
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = res.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        format!(
            "email,status,started_at,submitted_at,time_used_secs,total,{P1},{P2},\
             signals_low,signals_medium,signals_high"
        )
    );
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[0], "cand@example.com");
    assert_eq!(row[1], "submitted");
    assert!(row[2].ends_with('Z') && row[3].ends_with('Z'), "{row:?}");
    assert_eq!(&row[5..8], ["70", "40", "30"]);
    assert_eq!(&row[8..], ["0", "0", "0"]);
}

async fn extra_time_reaches_the_open_page(app: TestApp) {
    let (staff, id, inv, s) = started(&app, 3_600_000).await;
    let before = get_attempt(&app, &s).await["deadline"].as_i64().unwrap();
    let events = Events::connect(&app, &s.token).await;
    events.wait(|e| e["type"] == "ready").await;
    let inv_id = inv["id"].as_str().unwrap();
    let path = format!("/api/v1/assessments/{id}/invitations/{inv_id}/extra");
    let res = app
        .put(&path, Some(&staff), &json!({"minutes": 5, "percent": 10}))
        .await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    // 5 minutes plus 10% of 30 minutes.
    let want = before + 5 * 60_000 + 3 * 60_000;
    assert_eq!(updated["deadline"], want);
    let e = events.wait(|e| e["type"] == "attempt_clock").await;
    assert_eq!(e["deadline"], want);
    assert!(e["server_now"].as_i64().unwrap() <= now());
    assert_eq!(get_attempt(&app, &s).await["deadline"], want);

    let res = app.put(&path, Some(&staff), &json!({"minutes": -1})).await;
    let problem = expect_problem(res, 422, "validation_failed").await;
    assert_eq!(error_fields(&problem), ["minutes"]);
}

async fn a_second_session_takes_over_and_the_first_is_read_only(app: TestApp) {
    let (staff, id, inv, s) = started(&app, 3_600_000).await;
    let attempt = attempt_id(&s);
    let claim = |session: &'static str| {
        let (app, token, attempt) = (&app, s.token.clone(), attempt.clone());
        async move {
            let res = app
                .post(
                    &format!("/api/v1/attempts/{attempt}/sessions"),
                    Some(&token),
                    &json!({ "session": session }),
                )
                .await;
            assert_eq!(res.status(), 200);
            res.json::<Value>().await.unwrap()
        }
    };
    assert_eq!(claim("tab-one").await["taken_over"], false);
    assert_eq!(claim("tab-one").await["taken_over"], false, "a reload");
    let doc = format!("{attempt}:{P1}");
    let one = YClient::connect(&app.base, &doc, &format!("{}&session=tab-one", s.token))
        .await
        .unwrap();
    one.insert(0, "typed in tab one");
    let text = || {
        let (app, doc) = (&app, doc.clone());
        async move { app.collab.text(&doc, "code").await.unwrap() }
    };
    for _ in 0..100 {
        if text().await == "typed in tab one" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(text().await, "typed in tab one");

    let events = Events::connect(&app, &s.token).await;
    events.wait(|e| e["type"] == "ready").await;
    let two_claim = claim("tab-two").await;
    assert_eq!(two_claim["taken_over"], true);
    let e = events.wait(|e| e["type"] == "attempt_session").await;
    assert_eq!(e["session_tag"], two_claim["session_tag"]);
    assert!(
        !e.to_string().contains("tab-two"),
        "the session itself stays with the page that chose it: {e}"
    );
    let view = get_attempt(&app, &s).await;
    assert_eq!(view["session_tag"], two_claim["session_tag"]);
    assert!(!view.to_string().contains("tab-two"));

    // Tab one reconnects read-only: what it types goes nowhere.
    drop(one);
    let stale = YClient::connect(&app.base, &doc, &format!("{}&session=tab-one", s.token))
        .await
        .unwrap();
    eventually("tab one's copy to sync", || {
        stale.text() == "typed in tab one"
    })
    .await;
    stale.insert(0, "IGNORED ");
    let two = YClient::connect(&app.base, &doc, &format!("{}&session=tab-two", s.token))
        .await
        .unwrap();
    eventually("tab two's copy to sync", || {
        two.text() == "typed in tab one"
    })
    .await;
    // Alone in the document, the page still hears back (its own presence):
    // y-websocket takes 30 s of silence for a dead connection.
    two.set_presence(4242, 1, r#"{"cursor":null}"#);
    eventually("its own presence echoed", || {
        two.presence_of(4242).is_some()
    })
    .await;
    two.insert(16, " and two");
    for _ in 0..100 {
        if text().await.ends_with("and two") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(text().await, "typed in tab one and two");

    // Both are recorded: the proctor sees a second session.
    let inv_id = inv["id"].as_str().unwrap();
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/candidates/{inv_id}"),
            Some(&staff),
        )
        .await;
    let report: Value = res.json().await.unwrap();
    let kinds: Vec<&str> = report["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["second_session"]);
    assert_eq!(report["candidate"]["signals"]["medium"], 1);
}

async fn proctors_see_signals_live_and_nobody_sees_what_is_not_theirs(app: TestApp) {
    let (staff, id, inv, s) = started(&app, 3_600_000).await;
    let attempt = attempt_id(&s);
    let other = app
        .token_with_role("other@example.com", Role::Interviewer)
        .await;

    let mut proctor = Events::connect(&app, &staff).await;
    proctor.wait(|e| e["type"] == "ready").await;
    proctor
        .send(&json!({"type": "watch_assessment", "assessment": id}))
        .await;
    let watching = proctor.wait(|e| e["type"] == "assessment_watching").await;
    assert_eq!(watching["candidates"][0]["status"], "started");
    assert_eq!(watching["candidates"][0]["email"], "cand@example.com");

    // The candidate comes back after two minutes away.
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/signals"),
            Some(&s.token),
            &json!({"kind": "tab_hidden", "duration_ms": 120_000}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let answer: Value = res.json().await.unwrap();
    assert_eq!(
        answer,
        json!({"recorded": true}),
        "no grading for the candidate"
    );
    let signal = proctor.wait(|e| e["type"] == "assessment_signal").await;
    assert_eq!(signal["invitation"], inv["id"]);
    assert_eq!(signal["signal"]["kind"], "tab_hidden");
    assert_eq!(signal["signal"]["severity"], "high");
    let row = proctor
        .wait(|e| e["type"] == "assessment_candidate" && e["candidate"]["signals"]["high"] == 1)
        .await;
    assert_eq!(row["candidate"]["attempt"], attempt.as_str());
    for bad in [
        json!({"kind": "second_session"}),
        json!({"kind": "telepathy"}),
        json!({"kind": "paste", "length": -4}),
    ] {
        let res = app
            .post(
                &format!("/api/v1/attempts/{attempt}/signals"),
                Some(&s.token),
                &bad,
            )
            .await;
        assert_eq!(res.status(), 422, "{bad}");
    }

    // Another interviewer and the candidate cannot watch.
    let mut stranger = Events::connect(&app, &other).await;
    stranger.wait(|e| e["type"] == "ready").await;
    stranger
        .send(&json!({"type": "watch_assessment", "assessment": id}))
        .await;
    let refused = stranger.wait(|e| e["type"] == "error").await;
    assert_eq!(refused["code"], "not_found");
    let mut candidate = Events::connect(&app, &s.token).await;
    candidate.wait(|e| e["type"] == "ready").await;
    candidate
        .send(&json!({"type": "watch_assessment", "assessment": id}))
        .await;
    assert_eq!(
        candidate.wait(|e| e["type"] == "error").await["code"],
        "forbidden"
    );
    assert!(
        !candidate
            .all()
            .iter()
            .any(|e| e["type"] == "assessment_signal"),
        "a candidate never hears the proctor's events"
    );

    // The account the attempt's work is filed under is nobody's to see:
    // not in the admin's list of people.
    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let res = app.get("/api/v1/users?per_page=100", Some(&admin)).await;
    let users = res.text().await.unwrap();
    assert!(!users.contains("candidates.codemint.invalid"), "{users}");
    assert!(users.contains("owner@example.com"));

    // The attempt token reaches its attempt only.
    for path in [
        format!("/api/v1/assessments/{id}"),
        format!("/api/v1/assessments/{id}/report"),
        "/api/v1/me".to_string(),
    ] {
        let status = app.get(&path, Some(&s.token)).await.status();
        assert!(status == 401 || status == 403, "{path}: {status}");
    }
    let res = app
        .get("/api/v1/attempts/someone-elses-attempt", Some(&s.token))
        .await;
    expect_problem(res, 403, "forbidden").await;
    let res = app
        .get(&format!("/api/v1/attempts/{attempt}"), Some(&staff))
        .await;
    assert_eq!(res.status(), 401, "staff tokens are not attempt tokens");

    // The candidate's submission: the owner may read it, another
    // interviewer may not (not even by id).
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/submissions"),
            Some(&s.token),
            &json!({"problem": P1, "language": "python", "code": "print(3)"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let sub = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let path = format!("/api/v1/submissions/{sub}");
    assert_eq!(app.get(&path, Some(&staff)).await.status(), 200);
    expect_problem(app.get(&path, Some(&other)).await, 404, "not_found").await;
    let inv_id = inv["id"].as_str().unwrap();
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/candidates/{inv_id}"),
            Some(&other),
        )
        .await;
    expect_problem(res, 404, "not_found").await;
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/candidates/{inv_id}/replay/{P1}"),
            Some(&other),
        )
        .await;
    expect_problem(res, 404, "not_found").await;
}

async fn a_candidate_who_finishes_early_is_submitted(app: TestApp) {
    let _worker = worker(&app);
    let (staff, id, inv, s) = started(&app, 3_600_000).await;
    let attempt = attempt_id(&s);
    let res = app
        .put(
            &format!("/api/v1/attempts/{attempt}/code/{P2}"),
            Some(&s.token),
            &json!({"language": "python", "code": "ACCEPT"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/finish"),
            Some(&s.token),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let view: Value = res.json().await.unwrap();
    assert_eq!(view["state"], "submitted");
    let mut report = Value::Null;
    let inv_id = inv["id"].as_str().unwrap();
    for _ in 0..200 {
        let res = app
            .get(
                &format!("/api/v1/assessments/{id}/candidates/{inv_id}"),
                Some(&staff),
            )
            .await;
        report = res.json().await.unwrap();
        if report["candidate"]["total"] == 60.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(report["candidate"]["total"], 60.0, "{report}");
    assert_eq!(report["problems"][1]["code"], "ACCEPT");
    assert_eq!(report["problems"][1]["submissions"][0]["passed"], 2);
    assert!(report["similarity"].is_null());
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/candidates/{inv_id}/replay/{P2}"),
            Some(&staff),
        )
        .await;
    let replay: Value = res.json().await.unwrap();
    assert!(!replay["updates"].as_array().unwrap().is_empty());
}

/// With email on, each link goes out in its own email (a queued job) in the
/// same transaction as the invitation; closing emails the owner once.
async fn invitations_and_results_are_emailed(backend: Backend) {
    let app = TestApp::spawn_with(backend, |c| c.email = true).await;
    let admin = app.token_with_role("admin@example.com", Role::Admin).await;
    let (staff, id, inv, s) = started(&app, 1_500).await;
    assert_eq!(inv["emailed"], true);
    let jobs = || {
        let (app, admin) = (&app, admin.clone());
        async move {
            let res = app
                .get("/api/v1/admin/jobs?state=queued&per_page=100", Some(&admin))
                .await;
            let body: Value = res.json().await.unwrap();
            body["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|j| j["kind"] == "send_email")
                .map(|j| j["payload"].clone())
                .collect::<Vec<Value>>()
        }
    };
    let emails: Vec<Value> = jobs()
        .await
        .into_iter()
        .filter(|e| e["template"] != "welcome")
        .collect();
    assert_eq!(emails.len(), 1, "{emails:?}");
    assert_eq!(emails[0]["to"], "cand@example.com");
    assert_eq!(emails[0]["template"], "assessment_invite");
    assert_eq!(emails[0]["vars"]["url"], inv["url"]);

    // The window closes; the attempt ends at its deadline (the same
    // moment), then the close step emails the owner the results.
    let _worker = worker(&app);
    let attempt = attempt_id(&s);
    for _ in 0..200 {
        let view = get_attempt(&app, &s).await;
        if view["state"] == "expired" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut results = Vec::new();
    for _ in 0..200 {
        results = jobs()
            .await
            .into_iter()
            .filter(|e| e["template"] == "assessment_results")
            .collect();
        if !results.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(results.len(), 1, "attempt {attempt}");
    assert_eq!(results[0]["to"], "owner@example.com");
    assert_eq!(results[0]["vars"]["submitted"], 1);
    assert!(
        results[0]["vars"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/assessments/{id}?tab=report"))
    );
    // The close step again (a redelivery) sends nothing more.
    app.state
        .assessments
        .tick(&assessments::ClockJob::Close {
            assessment: id.clone(),
            public_url: String::new(),
        })
        .await
        .unwrap();
    let again = jobs()
        .await
        .into_iter()
        .filter(|e| e["template"] == "assessment_results")
        .count();
    assert_eq!(again, 1);
    drop(staff);
}

crate::dual_backend_tests!(invitations_and_results_are_emailed);

/// What reaches the editor after the deadline, before the deadline job has
/// run and frozen it, is not graded; a problem deleted from the bank meanwhile
/// does not keep the attempt from ending.
async fn typing_after_the_deadline_is_not_graded(app: TestApp) {
    let (staff, id, inv, s) = started(&app, 2_500).await;
    let attempt = attempt_id(&s);
    let res = app
        .post(
            &format!("/api/v1/attempts/{attempt}/sessions"),
            Some(&s.token),
            &json!({"session": "page"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let doc = format!("{attempt}:{P1}");
    let editor = YClient::connect(&app.base, &doc, &format!("{}&session=page", s.token))
        .await
        .unwrap();
    editor.insert(0, "print('ACCEPT')");
    let live = || {
        let (app, doc) = (&app, doc.clone());
        async move { app.collab.text(&doc, "code").await.unwrap() }
    };
    for _ in 0..100 {
        if live().await == "print('ACCEPT')" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let res = app
        .put(
            &format!("/api/v1/attempts/{attempt}/code/{P2}"),
            Some(&s.token),
            &json!({"language": "python", "code": "HALF"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let res = app
        .req(
            reqwest::Method::DELETE,
            &format!("/api/v1/problems/{P2}"),
            Some(&staff),
        )
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{res:?}");

    // Past the deadline, no worker has ended it yet: the socket still takes edits.
    let deadline = get_attempt(&app, &s).await["deadline"].as_i64().unwrap();
    tokio::time::sleep(Duration::from_millis((deadline - now() + 300).max(0) as u64)).await;
    editor.insert(15, " # LATE");
    for _ in 0..100 {
        if live().await.ends_with("LATE") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(live().await.ends_with("LATE"));
    app.state
        .assessments
        .tick(&assessments::ClockJob::Deadline {
            attempt: attempt.clone(),
        })
        .await
        .unwrap();
    assert_eq!(get_attempt(&app, &s).await["state"], "expired");
    let subs = app.store.attempt_submissions(&attempt).await.unwrap();
    let graded: Vec<(&str, &str)> = subs
        .iter()
        .map(|s| (s.problem.as_str(), s.code.as_str()))
        .collect();
    assert_eq!(
        graded,
        [(P1, "print('ACCEPT')")],
        "the deleted problem is skipped"
    );
    let inv_id = inv["id"].as_str().unwrap();
    let res = app
        .get(
            &format!("/api/v1/assessments/{id}/candidates/{inv_id}"),
            Some(&staff),
        )
        .await;
    let report: Value = res.json().await.unwrap();
    assert_eq!(
        report["problems"][0]["code"], "print('ACCEPT')",
        "the code as graded"
    );
}

macro_rules! assessment_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { super::$name(super::spawn(crate::support::Backend::Sqlite).await).await }) *
        }
        #[cfg(pg_tests)]
        mod postgres {
            $(#[tokio::test] async fn $name() { super::$name(super::spawn(crate::support::Backend::Postgres).await).await }) *
        }
    };
}

assessment_tests!(
    builder_validates_and_keeps_assessments_to_their_owner,
    invitations_have_unique_links_and_honest_statuses,
    an_invitation_not_used_before_the_close_expires,
    the_deadline_submits_the_saved_code_once_and_refuses_late_work,
    extra_time_reaches_the_open_page,
    a_second_session_takes_over_and_the_first_is_read_only,
    proctors_see_signals_live_and_nobody_sees_what_is_not_theirs,
    a_candidate_who_finishes_early_is_submitted,
    typing_after_the_deadline_is_not_graded,
);
