//! Assessments with real processes, a real sandbox and a real database:
//! a server killed (`kill -9`) during an attempt comes back with the
//! deadline and the code intact and submits at the deadline once; a
//! deadline that passed while the server was down is honoured when it
//! starts. SQLite always; PostgreSQL when CODEMINT_TEST_DATABASE_URL is set.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/process.rs"]
mod process;

use process::{Env, Server, kill9};

const PROBLEM: &str = "stair-ways";

/// The candidate's part of a correct Python solution.
const PYTHON_OK: &str = "class Solution:
    def countWays(self, n: int, k: int) -> int:
        mod = 10**9 + 7
        dp = [0] * (n + 1)
        dp[0] = 1
        window = 1
        for i in range(1, n + 1):
            dp[i] = window
            window = (window + dp[i]) % mod
            if i - k >= 0:
                window = (window - dp[i - k]) % mod
        return dp[n]
";

fn now() -> i64 {
    store::now_ms()
}

async fn call(method: reqwest::Method, url: String, token: &str, body: Option<Value>) -> Value {
    let mut req = reqwest::Client::new().request(method.clone(), &url);
    if !token.is_empty() {
        req = req.bearer_auth(token);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let text = res.text().await.unwrap();
    assert!(status.is_success(), "{method} {url}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// An interviewer's token on a fresh server.
async fn interviewer(env: &Env, base: &str) -> String {
    let body = json!({"email": "boss@example.com", "password": "password123", "name": "Boss"});
    call(
        reqwest::Method::POST,
        format!("{base}/api/v1/auth/register"),
        "",
        Some(body),
    )
    .await;
    let url = env
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}/codemint.db", env.dir.path().display()));
    let store = store::Store::connect(&url).await.unwrap();
    store
        .set_role("boss@example.com", store::Role::Interviewer)
        .await
        .unwrap();
    store.close().await;
    let login = json!({"email": "boss@example.com", "password": "password123"});
    let body = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/auth/login"),
        "",
        Some(login),
    )
    .await;
    body["access_token"].as_str().unwrap().to_string()
}

/// One candidate started on an assessment whose window closes in
/// `closes_in_ms` (so that is their deadline), with correct code saved:
/// (attempt id, attempt token, deadline).
async fn candidate_with_code(base: &str, staff: &str, closes_in_ms: i64) -> (String, String, i64) {
    let a = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/assessments"),
        staff,
        Some(json!({
            "title": "Restart drill", "problems": [{"slug": PROBLEM, "points": 100}],
            "duration_minutes": 60, "opens_at": now() - 1000, "closes_at": now() + closes_in_ms,
        })),
    )
    .await;
    let id = a["id"].as_str().unwrap();
    let invs = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/assessments/{id}/invitations"),
        staff,
        Some(json!({"emails": ["cand@example.com"]})),
    )
    .await;
    let url = invs["items"][0]["url"].as_str().unwrap();
    let link = url.rsplit_once("/a/").unwrap().1;
    let started = call(
        reqwest::Method::POST,
        format!("{base}/api/v1/invitations/{link}/start"),
        "",
        None,
    )
    .await;
    let attempt = started["attempt"]["id"].as_str().unwrap().to_string();
    let token = started["token"].as_str().unwrap().to_string();
    call(
        reqwest::Method::PUT,
        format!("{base}/api/v1/attempts/{attempt}/code/{PROBLEM}"),
        &token,
        Some(json!({"language": "python", "code": PYTHON_OK})),
    )
    .await;
    let deadline = started["attempt"]["deadline"].as_i64().unwrap();
    (attempt, token, deadline)
}

async fn attempt(base: &str, id: &str, token: &str) -> Value {
    call(
        reqwest::Method::GET,
        format!("{base}/api/v1/attempts/{id}"),
        token,
        None,
    )
    .await
}

/// Wait until the attempt expired and its autosubmission was judged; the
/// attempt's submissions then.
async fn graded_at_deadline(base: &str, id: &str, token: &str) -> (Value, Value) {
    let until = Instant::now() + Duration::from_secs(120);
    loop {
        let view = attempt(base, id, token).await;
        if view["state"] == "expired" && view["problems"][0]["best"].is_object() {
            let subs = call(
                reqwest::Method::GET,
                format!("{base}/api/v1/attempts/{id}/submissions"),
                token,
                None,
            )
            .await;
            return (view, subs);
        }
        assert!(Instant::now() < until, "never graded: {view}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn killed_during_an_attempt_keeps_deadline_and_code(postgres: bool) {
    let env = Env::new(postgres).await;
    let mut server = Server::start(&env).await;
    let staff = interviewer(&env, &server.base).await;
    let (id, token, deadline) = candidate_with_code(&server.base, &staff, 8_000).await;
    kill9(&mut server.child);
    drop(server);

    let server = Server::start(&env).await;
    let view = attempt(&server.base, &id, &token).await;
    assert_eq!(view["state"], "running");
    assert_eq!(view["deadline"], deadline, "the deadline is the server's");
    assert_eq!(view["problems"][0]["code"]["text"], PYTHON_OK);
    assert_eq!(view["problems"][0]["code"]["language"], "python");

    let (view, subs) = graded_at_deadline(&server.base, &id, &token).await;
    assert_eq!(view["ended_at"], deadline);
    assert_eq!(view["problems"][0]["best"]["verdict"], "AC");
    assert_eq!(view["problems"][0]["best"]["score"], 100.0);
    assert_eq!(subs["total"], 1, "submitted once: {subs}");
    server.stop();
}

async fn a_deadline_passed_while_down_is_honoured_at_start(postgres: bool) {
    let env = Env::new(postgres).await;
    let mut server = Server::start(&env).await;
    let staff = interviewer(&env, &server.base).await;
    let (id, token, deadline) = candidate_with_code(&server.base, &staff, 3_000).await;
    kill9(&mut server.child);
    drop(server);
    let wait = (deadline - now() + 1_000).max(0) as u64;
    tokio::time::sleep(Duration::from_millis(wait)).await;

    let server = Server::start(&env).await;
    let (view, subs) = graded_at_deadline(&server.base, &id, &token).await;
    assert_eq!(view["ended_at"], deadline, "time used ends at the deadline");
    assert_eq!(view["problems"][0]["best"]["verdict"], "AC");
    assert_eq!(subs["total"], 1, "{subs}");
    server.stop();
}

macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { super::$name(false).await }) *
        }
        #[cfg(pg_tests)]
        mod postgres {
            $(#[tokio::test] async fn $name() { super::$name(true).await }) *
        }
    };
}

both_backends!(
    killed_during_an_attempt_keeps_deadline_and_code,
    a_deadline_passed_while_down_is_honoured_at_start,
);
