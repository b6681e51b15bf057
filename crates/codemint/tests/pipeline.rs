//! The submission pipeline with real processes, a real sandbox and a real
//! database: practise a problem end to end over HTTP and `/ws`, kill -9 a
//! worker in the middle of judging, stop one gracefully, restart `serve` with
//! work still queued. SQLite always; PostgreSQL when CODEMINT_TEST_DATABASE_URL
//! is set.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

#[path = "support/process.rs"]
mod process;

use process::{Env, Server, kill9};

const PROBLEM: &str = "stair-ways";

/// The user's part of a correct Python solution (the stub adds the I/O).
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

/// Correct but slow: a quarter second of sleep per test, so judging lasts long
/// enough to kill the worker in the middle.
fn python_slow() -> String {
    PYTHON_OK.replace(
        "        mod = 10**9 + 7",
        "        import time\n        time.sleep(0.25)\n        mod = 10**9 + 7",
    )
}

/// The stub's own body: returns 0, wrong on the first sample (4 2 → 5).
const C_WRONG: &str = "int countWays(int n, int k) {\n    return 0;\n}\n";

struct Api {
    base: String,
    token: String,
    client: reqwest::Client,
}

impl Api {
    async fn register(base: &str) -> Api {
        let client = reqwest::Client::new();
        let res = client
            .post(format!("{base}/api/v1/auth/register"))
            .json(&json!({"email": "solver@example.com", "password": "password123", "name": "Solver"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let body: Value = res.json().await.unwrap();
        Api {
            base: base.to_string(),
            token: body["access_token"].as_str().unwrap().to_string(),
            client,
        }
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 202, "POST {path}");
        res.json().await.unwrap()
    }

    async fn get(&self, path: &str) -> Value {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "GET {path}");
        res.json().await.unwrap()
    }

    async fn submit(&self, language: &str, code: &str) -> i64 {
        let body = json!({"problem": PROBLEM, "language": language, "code": code});
        self.post("/api/v1/submissions", body).await["id"]
            .as_i64()
            .unwrap()
    }

    /// Poll until `path`'s state is `want` (or finished, which passes any wait).
    async fn wait_state(&self, path: &str, want: &str, within: Duration) -> Value {
        let deadline = Instant::now() + within;
        loop {
            let v = self.get(path).await;
            if v["state"] == want || v["state"] == "finished" {
                return v;
            }
            assert!(
                Instant::now() < deadline,
                "{path} never reached {want}: {v}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// A worker process that is killed when the test ends, even by a panic (a
/// failed assertion must not leave a worker running on the machine).
struct WorkerProc(Child);

impl std::ops::Deref for WorkerProc {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for WorkerProc {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for WorkerProc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `codemint worker` on the test's database.
fn worker(env: &Env, lease_secs: u32) -> WorkerProc {
    env.cmd(&[
        "worker",
        "--workers",
        "1",
        "--job-lease-secs",
        &lease_secs.to_string(),
        "--shutdown-grace-secs",
        "0",
    ])
    .stdout(Stdio::null())
    .stderr(Stdio::inherit())
    .spawn()
    .map(WorkerProc)
    .unwrap()
}

async fn practise_a_problem(postgres: bool) {
    let env = Env::new(postgres).await;
    let server = Server::start_with(&env, &["--workers", "2"]).await;
    let api = Api::register(&server.base).await;
    let ws_url = format!(
        "{}/ws?token={}",
        server.base.replace("http://", "ws://"),
        api.token
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(ws_url).await.unwrap();

    // A correct solution: AC, with live progress over /ws.
    let id = api.submit("python", PYTHON_OK).await;
    let mut events = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let msg = tokio::time::timeout_at(deadline.into(), ws.next())
            .await
            .expect("the verdict over /ws within 120 s")
            .unwrap()
            .unwrap();
        let Message::Text(text) = msg else { continue };
        let ev: Value = serde_json::from_str(&text).unwrap();
        let done = ev["type"] == "submission_finished";
        events.push(ev);
        if done {
            break;
        }
    }
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(
        kinds[..3],
        ["ready", "submission_queued", "submission_compiling"]
    );
    let progress: Vec<&Value> = events
        .iter()
        .filter(|e| e["type"] == "submission_running")
        .collect();
    let total = progress[0]["total"].as_u64().unwrap();
    assert!(total > 10, "{total} tests");
    // One event as tests start, then one per test, in order.
    let done: Vec<u64> = progress
        .iter()
        .map(|e| e["done"].as_u64().unwrap())
        .collect();
    assert_eq!(done, (0..=total).collect::<Vec<_>>());
    assert_eq!(progress[1]["last"]["verdict"], "AC");
    let last = events.last().unwrap();
    assert_eq!(last["id"], id);
    assert_eq!(last["verdict"], "AC");
    assert_eq!(last["score"], 100.0);

    let sub = api.get(&format!("/api/v1/submissions/{id}")).await;
    assert_eq!(sub["state"], "finished");
    assert_eq!(sub["verdict"], "AC");
    assert_eq!(sub["problem_version"], 1);
    let tests = sub["tests"].as_array().unwrap();
    assert_eq!(tests.len() as u64, total);
    assert_eq!(sub["total_tests"], total);
    let sample = &tests[0];
    assert_eq!(sample["sample"], true);
    assert_eq!(sample["input"], "4 2\n");
    assert_eq!(sample["expected"], "5\n");
    assert_eq!(sample["output"], "5\n");
    // Hidden tests: a verdict and numbers, nothing to learn the data from.
    let hidden = tests.last().unwrap();
    assert_eq!(hidden["sample"], false);
    assert!(hidden["name"].as_str().unwrap().starts_with("hidden "));
    assert!(hidden.get("input").is_none() && hidden.get("output").is_none());

    // A wrong one (in C, through the stub): WA on the first sample, with the
    // expected and the actual output side by side.
    let id = api.submit("c", C_WRONG).await;
    let sub = api
        .wait_state(
            &format!("/api/v1/submissions/{id}"),
            "finished",
            Duration::from_secs(60),
        )
        .await;
    assert_eq!(sub["verdict"], "WA", "{sub}");
    let first = &sub["tests"][0];
    assert_eq!(first["verdict"], "WA");
    assert_eq!(first["expected"], "5\n");
    assert_eq!(first["output"], "0\n");
    assert_eq!(
        sub["tests"].as_array().unwrap().len(),
        1,
        "stops at the first failure"
    );

    // A compile error is a verdict too, with the compiler's words.
    let id = api
        .submit("c", "int countWays(int n, int k) { return }")
        .await;
    let sub = api
        .wait_state(
            &format!("/api/v1/submissions/{id}"),
            "finished",
            Duration::from_secs(60),
        )
        .await;
    assert_eq!(sub["verdict"], "CE");
    assert!(
        sub["compile_output"].as_str().unwrap().contains("error"),
        "{sub}"
    );

    // Run with custom input.
    let run = api
        .post(
            "/api/v1/runs",
            json!({"language": "python", "code": "print(sum(map(int, input().split())))", "stdin": "20 22\n"}),
        )
        .await;
    let id = run["id"].as_i64().unwrap();
    let run = api
        .wait_state(
            &format!("/api/v1/runs/{id}"),
            "finished",
            Duration::from_secs(60),
        )
        .await;
    let result = &run["result"];
    assert_eq!(result["status"], "ok", "{run}");
    assert_eq!(result["stdout"], "42\n");
    assert_eq!(result["exit_code"], 0);
    for field in ["time_ms", "wall_ms", "memory_kb"] {
        assert!(result[field].is_u64(), "{field} in {result}");
    }

    let history = api
        .get(&format!("/api/v1/submissions?problem={PROBLEM}"))
        .await;
    assert_eq!(history["total"], 3);
    server.stop();
}

async fn killed_worker_job_is_redelivered(postgres: bool) {
    let env = Env::new(postgres).await;
    let server = Server::start_with(&env, &["--workers", "0"]).await;
    let api = Api::register(&server.base).await;
    let mut first = worker(&env, 2);
    let id = api.submit("python", &python_slow()).await;
    let path = format!("/api/v1/submissions/{id}");
    let sub = api
        .wait_state(&path, "running", Duration::from_secs(60))
        .await;
    assert_eq!(
        sub["state"], "running",
        "judging had to be under way: {sub}"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    kill9(&mut first);
    // The dead worker's sandbox went with it: no orphaned sandbox init.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(orphaned_sandboxes(), Vec::<String>::new());

    // The job is still leased to the dead worker; a new worker takes it once
    // the lease runs out, and judges it from the start.
    let store = store_of(&env).await;
    let (running, _) = store.list_jobs("running", 10, 0).await.unwrap();
    assert_eq!(running.len(), 1);
    assert_eq!(running[0].attempts, 1);
    let mut second = worker(&env, 2);
    let sub = api
        .wait_state(&path, "finished", Duration::from_secs(120))
        .await;
    assert_eq!(sub["verdict"], "AC", "{sub}");
    assert_eq!(
        sub["tests"].as_array().unwrap().len() as u64,
        sub["total_tests"].as_u64().unwrap()
    );
    // One final verdict, and the queue empties (the job row goes just after
    // the verdict is written).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (left, _) = store.list_jobs("running", 10, 0).await.unwrap();
        if left.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the finished job stayed: {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(store.queue_depth().await.unwrap(), 0);
    let sub_again = api.get(&path).await;
    assert_eq!(
        sub_again["finished_at"], sub["finished_at"],
        "finished once"
    );
    kill9(&mut second);
    server.stop();
}

async fn stopped_worker_releases_its_job(postgres: bool) {
    let env = Env::new(postgres).await;
    let server = Server::start_with(&env, &["--workers", "0"]).await;
    let api = Api::register(&server.base).await;
    // A long lease: only an explicit release can hand the job on quickly.
    let mut first = worker(&env, 600);
    let id = api.submit("python", &python_slow()).await;
    let path = format!("/api/v1/submissions/{id}");
    api.wait_state(&path, "running", Duration::from_secs(60))
        .await;
    let pid = first.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = first.wait().unwrap();
    assert!(status.success(), "worker exited with {status}");
    let store = store_of(&env).await;
    let (queued, _) = store.list_jobs("queued", 10, 0).await.unwrap();
    assert_eq!(queued.len(), 1, "the job went back to the queue");
    assert_eq!(queued[0].attempts, 0, "a released attempt does not count");
    let mut second = worker(&env, 600);
    let sub = api
        .wait_state(&path, "finished", Duration::from_secs(120))
        .await;
    assert_eq!(sub["verdict"], "AC", "{sub}");
    kill9(&mut second);
    server.stop();
}

async fn queued_work_survives_a_restart(postgres: bool) {
    let env = Env::new(postgres).await;
    let mut server = Server::start_with(&env, &["--workers", "0"]).await;
    let api = Api::register(&server.base).await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(api.submit("python", PYTHON_OK).await);
    }
    let run = api
        .post(
            "/api/v1/runs",
            json!({"language": "bash", "code": "echo still here"}),
        )
        .await;
    kill9(&mut server.child);
    drop(server);

    let server = Server::start_with(&env, &["--workers", "2"]).await;
    let api = Api {
        base: server.base.clone(),
        ..api
    };
    for id in ids {
        let sub = api
            .wait_state(
                &format!("/api/v1/submissions/{id}"),
                "finished",
                Duration::from_secs(120),
            )
            .await;
        assert_eq!(sub["verdict"], "AC", "{sub}");
    }
    let run = api
        .wait_state(
            &format!("/api/v1/runs/{}", run["id"]),
            "finished",
            Duration::from_secs(60),
        )
        .await;
    assert_eq!(run["result"]["stdout"], "still here\n");
    server.stop();
}

/// Sandbox inits whose parent is gone (re-parented to pid 1).
fn orphaned_sandboxes() -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let dir = entry.path();
        let cmdline = std::fs::read(dir.join("cmdline")).unwrap_or_default();
        if !String::from_utf8_lossy(&cmdline).contains("__sandbox-init") {
            continue;
        }
        let stat = std::fs::read_to_string(dir.join("stat")).unwrap_or_default();
        // Fields after the command's closing parenthesis: state, ppid, …
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .unwrap_or("");
        if ppid == "1" {
            found.push(dir.display().to_string());
        }
    }
    found
}

/// A run in a room executes the shared document and its output reaches
/// everyone in the room.
async fn room_runs_are_shared(postgres: bool) {
    let env = Env::new(postgres).await;
    let out = env.run(
        &[
            "admin",
            "create-user",
            "--email",
            "ivy@example.com",
            "--name",
            "Ivy",
            "--role",
            "interviewer",
            "--password-stdin",
        ],
        Some("password123\n"),
    );
    assert!(out.status.success());
    let server = Server::start_with(&env, &["--workers", "2"]).await;
    let client = reqwest::Client::new();
    let base = &server.base;
    let login: Value = client
        .post(format!("{base}/api/v1/auth/login"))
        .json(&json!({"email": "ivy@example.com", "password": "password123"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let host = login["access_token"].as_str().unwrap().to_string();
    let room: Value = client
        .post(format!("{base}/api/v1/rooms"))
        .bearer_auth(&host)
        .json(&json!({"language": "python"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = room["id"].as_str().unwrap();
    let guest: Value = client
        .post(format!("{base}/api/v1/rooms/{id}/guests"))
        .json(&json!({"name": "Grace"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let guest_token = guest["token"].as_str().unwrap().to_string();
    let member = guest["room"]["me"]["member"].as_str().unwrap();
    let res = client
        .post(format!("{base}/api/v1/rooms/{id}/lobby/{member}"))
        .bearer_auth(&host)
        .json(&json!({"admit": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    // The host picks a problem: its Python stub becomes the shared code.
    let res = client
        .put(format!("{base}/api/v1/rooms/{id}/problem"))
        .bearer_auth(&host)
        .json(&json!({"slug": PROBLEM}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    let ws_url = format!(
        "{}/ws?token={guest_token}",
        base.replace("http://", "ws://")
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(ws_url).await.unwrap();
    use futures_util::SinkExt;
    ws.send(Message::text(
        json!({"type": "join_room", "room": id}).to_string(),
    ))
    .await
    .unwrap();
    // The candidate runs it; the stub answers 0 for every input.
    let res = client
        .post(format!("{base}/api/v1/rooms/{id}/runs"))
        .bearer_auth(&guest_token)
        .json(&json!({"stdin": "4 2\n"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let deadline = Instant::now() + Duration::from_secs(60);
    let result = loop {
        let msg = tokio::time::timeout_at(deadline.into(), ws.next())
            .await
            .expect("the shared run's result within 60 s")
            .unwrap()
            .unwrap();
        let Message::Text(text) = msg else { continue };
        let ev: Value = serde_json::from_str(&text).unwrap();
        if ev["type"] == "room_run" && ev["state"] == "finished" {
            break ev["result"].clone();
        }
    };
    assert_eq!(result["status"], "ok", "{result}");
    assert_eq!(result["stdout"], "0\n");
    // And submits it: the stub is wrong, and the whole room sees the verdict.
    let res = client
        .post(format!("{base}/api/v1/rooms/{id}/submissions"))
        .bearer_auth(&guest_token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 202);
    let verdict = loop {
        let msg = tokio::time::timeout_at(deadline.into(), ws.next())
            .await
            .expect("the room submission's verdict within 60 s")
            .unwrap()
            .unwrap();
        let Message::Text(text) = msg else { continue };
        let ev: Value = serde_json::from_str(&text).unwrap();
        if ev["type"] == "submission_finished" {
            break ev["verdict"].clone();
        }
    };
    assert_eq!(verdict, "WA");
    server.stop();
}

async fn store_of(env: &Env) -> store::Store {
    let url = env
        .database_url
        .clone()
        .unwrap_or_else(|| format!("sqlite://{}/codemint.db", env.dir.path().display()));
    store::Store::connect(&url).await.unwrap()
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
    practise_a_problem,
    killed_worker_job_is_redelivered,
    stopped_worker_releases_its_job,
    queued_work_survives_a_restart,
    room_runs_are_shared,
);
