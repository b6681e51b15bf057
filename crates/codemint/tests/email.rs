//! Email against a real SMTP server: npm `maildev` (from `e2e/node_modules`,
//! installed by `scripts/test`), started here, read back through its REST API.
//! The real `codemint serve` sends through its queue: the welcome after
//! registration, and the password reset link, which works once and signs the
//! account out everywhere. Also what happens without SMTP settings, and bad
//! settings at start.

use serde_json::{Value, json};

#[path = "support/maildev.rs"]
mod maildev;
#[path = "support/process.rs"]
mod process;

use maildev::MailDev;
use process::{Env, Server, text};

async fn post(base: &str, path: &str, body: Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn welcome_and_password_reset_arrive_and_the_link_works_once() {
    let mail = MailDev::start().await;
    let env = Env::new(false).await;
    let smtp = mail.smtp_url();
    let server = Server::start_with(
        &env,
        &[
            "--smtp-url",
            &smtp,
            "--mail-from",
            "Codemint Test <cm@example.com>",
        ],
    )
    .await;
    let base = server.base.clone();

    // Registration: the account at once, the welcome through the queue.
    let res = post(
        &base,
        "/api/v1/auth/register",
        json!({"email": "ada@example.com", "password": "first-password", "name": "Ada <Lovelace>"}),
    )
    .await;
    assert_eq!(res.status(), 201);
    let session: Value = res.json().await.unwrap();
    let welcome = mail
        .wait_for("ada@example.com", "Welcome to Codemint")
        .await;
    assert_eq!(welcome["from"][0]["address"], "cm@example.com");
    let text = welcome["text"].as_str().unwrap();
    assert!(
        text.contains("Hello Ada <Lovelace>") && text.contains(&format!("{base}/problems")),
        "{text}"
    );
    let html = welcome["html"].as_str().unwrap();
    assert!(
        html.contains("Ada &lt;Lovelace&gt;"),
        "the name is escaped in HTML: {html}"
    );
    let id = welcome["headers"]["message-id"].as_str().unwrap();
    assert!(id.starts_with('<') && id.ends_with("@codemint>"), "{id}");

    // Forgot password: 202 for a stranger too, and only Ada gets a link.
    let res = post(
        &base,
        "/api/v1/auth/password-reset",
        json!({"email": "nobody@example.com"}),
    )
    .await;
    assert_eq!(res.status(), 202);
    let res = post(
        &base,
        "/api/v1/auth/password-reset",
        json!({"email": "ADA@example.com"}),
    )
    .await;
    assert_eq!(res.status(), 202);
    let reset = mail
        .wait_for("ada@example.com", "Reset your Codemint password")
        .await;
    let text = reset["text"].as_str().unwrap();
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/reset-password?token="))
        .unwrap_or_else(|| panic!("no link in {text}"));
    assert!(
        link.starts_with(&format!("{base}/reset-password?token=")),
        "{link}"
    );
    let token = link.split_once("token=").unwrap().1;
    // The link opens a page of the web app, as `/` does.
    let app = reqwest::get(format!("{base}/"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(reqwest::get(link).await.unwrap().text().await.unwrap(), app);

    // A bad password is refused and the link stays usable.
    let res = post(
        &base,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": token, "password": "short"}),
    )
    .await;
    assert_eq!(res.status(), 422);
    let res = post(
        &base,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": token, "password": "second-password"}),
    )
    .await;
    assert_eq!(res.status(), 204);
    // Once only.
    let res = post(
        &base,
        "/api/v1/auth/password-reset/confirm",
        json!({"token": token, "password": "third-password"}),
    )
    .await;
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "invalid_reset_token");

    // The old password and the old session are gone; the new password works.
    let res = post(
        &base,
        "/api/v1/auth/login",
        json!({"email": "ada@example.com", "password": "first-password"}),
    )
    .await;
    assert_eq!(res.status(), 401);
    let res = post(
        &base,
        "/api/v1/auth/refresh",
        json!({"refresh_token": session["refresh_token"]}),
    )
    .await;
    assert_eq!(
        res.status(),
        401,
        "sessions from before the reset are signed out"
    );
    let res = post(
        &base,
        "/api/v1/auth/login",
        json!({"email": "ada@example.com", "password": "second-password"}),
    )
    .await;
    assert_eq!(res.status(), 200);

    // An interviewer invites a candidate to a room: the link arrives.
    let out = env.run(
        &[
            "admin",
            "create-user",
            "--email",
            "int@example.com",
            "--name",
            "Ivy Interviewer",
            "--role",
            "interviewer",
            "--password-stdin",
        ],
        Some("int-password\n"),
    );
    assert!(out.status.success(), "{}", process::text(&out));
    let login: Value = post(
        &base,
        "/api/v1/auth/login",
        json!({"email": "int@example.com", "password": "int-password"}),
    )
    .await
    .json()
    .await
    .unwrap();
    let client = reqwest::Client::new();
    let room: Value = client
        .post(format!("{base}/api/v1/rooms"))
        .bearer_auth(login["access_token"].as_str().unwrap())
        .json(&json!({"title": "Backend interview"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let res = client
        .post(format!(
            "{base}/api/v1/rooms/{}/invites",
            room["id"].as_str().unwrap()
        ))
        .bearer_auth(login["access_token"].as_str().unwrap())
        .json(&json!({"email": "cand@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let invited: Value = res.json().await.unwrap();
    assert_eq!(invited["emailed"], true);
    let invite = mail.wait_for("cand@example.com", "Backend interview").await;
    assert!(
        invite["subject"]
            .as_str()
            .unwrap()
            .starts_with("Ivy Interviewer invites you"),
        "{invite}"
    );
    assert!(
        invite["text"]
            .as_str()
            .unwrap()
            .contains(room["url"].as_str().unwrap()),
        "{invite}"
    );

    // Asking again and again sends two links a minute at most, and the
    // answer never changes (it would tell who has an account).
    for _ in 0..4 {
        let res = post(
            &base,
            "/api/v1/auth/password-reset",
            json!({"email": "ada@example.com"}),
        )
        .await;
        assert_eq!(res.status(), 202);
    }
    let resets = async || {
        mail.inbox()
            .await
            .into_iter()
            .filter(|m| m["subject"] == "Reset your Codemint password")
            .count()
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while resets().await < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "the second link never came"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(resets().await, 2, "more reset emails than the limit");

    // Nobody else got mail.
    let strangers: Vec<_> = mail
        .inbox()
        .await
        .into_iter()
        .filter(|m| {
            !["ada@example.com", "cand@example.com"]
                .contains(&m["to"][0]["address"].as_str().unwrap_or(""))
        })
        .collect();
    assert!(strangers.is_empty(), "{strangers:?}");
    server.stop();
}

#[tokio::test]
async fn without_smtp_nothing_is_sent_and_nothing_fails() {
    let env = Env::new(false).await;
    let server = Server::start(&env).await;
    let res = post(
        &server.base,
        "/api/v1/auth/register",
        json!({"email": "bo@example.com", "password": "a-password", "name": "Bo"}),
    )
    .await;
    assert_eq!(res.status(), 201, "registration works without email");
    let res = post(
        &server.base,
        "/api/v1/auth/password-reset",
        json!({"email": "bo@example.com"}),
    )
    .await;
    assert_eq!(res.status(), 409);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], "email_disabled");
    assert!(
        body["detail"].as_str().unwrap().contains("ask an admin"),
        "{body}"
    );
    server.stop();
}

#[tokio::test]
async fn bad_settings_stop_the_start_naming_the_flag_and_test_email_reports_the_reply() {
    let env = Env::new(false).await;
    let out = env.run(
        &["serve", "--bind", "127.0.0.1:0", "--smtp-url", "smtq://x"],
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("--smtp-url: "), "{}", text(&out));
    let out = env.run(
        &[
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--smtp-url",
            "smtp://127.0.0.1:1",
            "--mail-from",
            "not an address",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("--mail-from: "), "{}", text(&out));

    let mail = MailDev::start().await;
    let smtp = mail.smtp_url();
    let out = env.run(
        &[
            "admin",
            "test-email",
            "--to",
            "ops@example.com",
            "--smtp-url",
            &smtp,
        ],
        None,
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("the server answered: 250"),
        "{}",
        text(&out)
    );
    mail.wait_for("ops@example.com", "Codemint test email")
        .await;
    // Nothing listens on port 1: the operator reads why.
    let out = env.run(
        &[
            "admin",
            "test-email",
            "--to",
            "ops@example.com",
            "--smtp-url",
            "smtp://127.0.0.1:1",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("not sent: "), "{}", text(&out));
}

/// The scripted SMTP server (`e2e/smtp-faults.py`, PyPI aiosmtpd from
/// `e2e/.venv`, which `scripts/test` makes): 451 or 550 by recipient.
struct FaultySmtp {
    child: std::process::Child,
    out: std::path::PathBuf,
}

impl FaultySmtp {
    async fn start(port: u16, out: &std::path::Path) -> FaultySmtp {
        use std::io::BufRead;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let python = root.join("e2e/.venv/bin/python");
        assert!(
            python.is_file(),
            "{} is missing: scripts/test makes it (python3 -m venv e2e/.venv; pip install -r e2e/requirements.txt)",
            python.display()
        );
        let mut child = std::process::Command::new(python)
            .arg(root.join("e2e/smtp-faults.py"))
            .args(["--port", &port.to_string(), "--out"])
            .arg(out)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
        FaultySmtp {
            child,
            out: out.to_path_buf(),
        }
    }

    /// Messages accepted so far.
    fn delivered(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.out)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for FaultySmtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn register(base: &str, email: &str) {
    let res = post(
        base,
        "/api/v1/auth/register",
        json!({"email": email, "password": "a-password", "name": "Someone"}),
    )
    .await;
    assert_eq!(res.status(), 201, "{email}");
}

async fn until<T>(what: &str, secs: u64, mut f: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// An admin's view of the first dead job, waiting for one to appear.
async fn first_dead_job(env: &Env, base: &str) -> Value {
    let out = env.run(
        &[
            "admin",
            "create-user",
            "--email",
            "ops@example.com",
            "--name",
            "Ops",
            "--role",
            "admin",
            "--password-stdin",
        ],
        Some("ops-password\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    let login: Value = post(
        base,
        "/api/v1/auth/login",
        json!({"email": "ops@example.com", "password": "ops-password"}),
    )
    .await
    .json()
    .await
    .unwrap();
    let admin = login["access_token"].as_str().unwrap().to_string();
    let client = reqwest::Client::new();
    until("the dead letter", 30, async || {
        let list: Value = client
            .get(format!("{base}/api/v1/admin/jobs?state=dead"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        list["items"]
            .as_array()
            .and_then(|items| items.first().cloned())
    })
    .await
}

#[tokio::test]
async fn temporary_failures_retry_and_permanent_ones_dead_letter_with_the_reply() {
    let env = Env::new(false).await;
    let port = process::free_port();
    let smtp = format!("smtp://127.0.0.1:{port}");
    let server = Server::start_with(
        &env,
        &[
            "--smtp-url",
            &smtp,
            "--job-backoff-ms",
            "200",
            "--job-max-attempts",
            "8",
        ],
    )
    .await;
    let base = server.base.clone();

    // The SMTP server is down: the welcome waits in the queue, retrying.
    register(&base, "late@example.com").await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    let out = env.dir.path().join("delivered.jsonl");
    let smtp_server = FaultySmtp::start(port, &out).await;
    let late = until("the mail sent once the server is up", 60, async || {
        smtp_server
            .delivered()
            .into_iter()
            .find(|m| m["to"] == "late@example.com")
    })
    .await;
    assert_eq!(late["subject"], "Welcome to Codemint, Someone");

    // 451 twice, then accepted: delivered once, with one Message-ID.
    register(&base, "tempfail-2@example.com").await;
    let got = until("the mail accepted on the third try", 60, async || {
        smtp_server
            .delivered()
            .into_iter()
            .find(|m| m["to"] == "tempfail-2@example.com")
    })
    .await;
    assert!(got["message_id"].as_str().unwrap().ends_with("@codemint>"));

    // 550: dead at once, with the server's reply, for an admin to see.
    register(&base, "reject@example.com").await;
    let dead = first_dead_job(&env, &base).await;
    assert_eq!(dead["kind"], "send_email");
    assert_eq!(dead["attempts"], 1, "a 550 is not retried: {dead}");
    let why = dead["last_error"].as_str().unwrap();
    assert!(
        why.contains("550") && why.contains("no mailbox by that name"),
        "{why}"
    );

    // Each message arrived exactly once.
    let delivered = smtp_server.delivered();
    for to in ["late@example.com", "tempfail-2@example.com"] {
        assert_eq!(
            delivered.iter().filter(|m| m["to"] == to).count(),
            1,
            "{delivered:?}"
        );
    }
    assert!(!delivered.iter().any(|m| m["to"] == "reject@example.com"));
    server.stop();
}

/// A worker killed with SIGKILL in the middle of a send: another worker
/// takes the job when its lease runs out and the message arrives — at most
/// twice, and then under the same Message-ID, so it can be recognised.
#[tokio::test]
async fn a_worker_killed_while_sending_still_delivers_under_one_message_id() {
    let env = Env::new(false).await;
    let port = process::free_port();
    let smtp = format!("smtp://127.0.0.1:{port}");
    let out = env.dir.path().join("delivered.jsonl");
    let smtp_server = FaultySmtp::start(port, &out).await;
    // The API only; the sending happens in a separate worker process.
    let server = Server::start_with(&env, &["--workers", "0", "--smtp-url", &smtp]).await;
    let worker_args = [
        "worker",
        "--workers",
        "1",
        "--smtp-url",
        &smtp,
        "--job-lease-secs",
        "2",
    ];
    let mut first = env.cmd(&worker_args).spawn().unwrap();
    register(&server.base, "slow-3@example.com").await;
    // The first delivery hangs for 3 s at the SMTP server: kill the worker
    // in the middle of it.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    first.kill().unwrap();
    first.wait().unwrap();
    let mut second = env.cmd(&worker_args).spawn().unwrap();
    let got = until("the message after the crash", 60, async || {
        let all: Vec<Value> = smtp_server
            .delivered()
            .into_iter()
            .filter(|m| m["to"] == "slow-3@example.com")
            .collect();
        (!all.is_empty()).then_some(all)
    })
    .await;
    // Give a duplicate, if there is one, the time to land.
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    let all: Vec<Value> = smtp_server
        .delivered()
        .into_iter()
        .filter(|m| m["to"] == "slow-3@example.com")
        .collect();
    assert!((1..=2).contains(&all.len()), "{all:?}");
    assert!(
        all.iter().all(|m| m["message_id"] == got[0]["message_id"]),
        "{all:?}"
    );
    let _ = second.kill();
    let _ = second.wait();
    server.stop();
}

/// An operator's broken template dead-letters its message with the
/// template's error; the server keeps running and other messages go out.
#[tokio::test]
async fn a_broken_template_dead_letters_its_message_and_nothing_else() {
    let env = Env::new(false).await;
    let templates = env.dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("welcome.html"), "{% if %}broken").unwrap();
    let port = process::free_port();
    let smtp = format!("smtp://127.0.0.1:{port}");
    let out = env.dir.path().join("delivered.jsonl");
    let smtp_server = FaultySmtp::start(port, &out).await;
    let server = Server::start_with(&env, &["--smtp-url", &smtp]).await;
    let base = server.base.clone();
    register(&base, "dee@example.com").await;

    let dead = first_dead_job(&env, &base).await;
    let why = dead["last_error"].as_str().unwrap();
    assert!(why.starts_with("template welcome.html: "), "{why}");
    // Still serving; a password reset (another template) goes out.
    let res = post(
        &base,
        "/api/v1/auth/password-reset",
        json!({"email": "dee@example.com"}),
    )
    .await;
    assert_eq!(res.status(), 202);
    until("the reset email", 30, async || {
        smtp_server
            .delivered()
            .into_iter()
            .find(|m| m["subject"] == "Reset your Codemint password")
    })
    .await;
    server.stop();
}
