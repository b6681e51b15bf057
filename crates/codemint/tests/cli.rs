//! The real `codemint` binary as a user runs it: first start, admin commands,
//! package import/export, graceful shutdown. SQLite always; PostgreSQL when
//! CODEMINT_TEST_DATABASE_URL is set.

use std::process::Command;

use serde_json::{Value, json};

#[path = "support/process.rs"]
mod process;

use process::{BIN, Env, Server, pack_dir, text};

async fn first_start(postgres: bool) {
    let env = Env::new(postgres).await;
    let server = Server::start(&env).await;
    let client = reqwest::Client::new();
    let list: Value = client
        .get(format!("{}/api/v1/problems?per_page=100", server.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let total = list["total"].as_u64().unwrap();
    assert!(total >= 30, "bundled pack: {total} problems");

    // The one-time setup link makes the first admin.
    let token = server.setup_token().expect("a setup link on first start");
    let res = client
        .post(format!("{}/api/v1/auth/setup", server.base))
        .json(&json!({"token": token, "email": "root@example.com", "password": "password123", "name": "Root"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let admin: Value = res.json().await.unwrap();
    let access = admin["access_token"].as_str().unwrap();

    // The admin deletes a bundled problem; a restart must not bring it back.
    let slug = list["items"][0]["slug"].as_str().unwrap().to_string();
    let res = client
        .delete(format!("{}/api/v1/problems/{slug}", server.base))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 204);
    server.stop();

    let server = Server::start(&env).await;
    let list: Value = reqwest::get(format!("{}/api/v1/problems?per_page=100", server.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"].as_u64().unwrap(), total - 1);
    assert!(
        server.setup_token().is_none(),
        "no setup link once an admin exists"
    );
    server.stop();
}

async fn admin_commands(postgres: bool) {
    let env = Env::new(postgres).await;
    let args = [
        "admin",
        "create-user",
        "--email",
        "Ann@Example.com",
        "--name",
        "Ann",
        "--role",
        "admin",
        "--password-stdin",
    ];
    let out = env.run(&args, Some("s3cret-password\n"));
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("created admin ann@example.com"),
        "{}",
        text(&out)
    );

    let out = env.run(&args, Some("s3cret-password\n"));
    assert!(!out.status.success());
    assert!(text(&out).contains("already exists"), "{}", text(&out));

    let out = env.run(
        &[
            "admin",
            "create-user",
            "--email",
            "not-an-email",
            "--name",
            "X",
            "--role",
            "user",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("email: must be an email address"),
        "{}",
        text(&out)
    );

    let out = env.run(
        &[
            "admin",
            "create-user",
            "--email",
            "bo@example.com",
            "--name",
            "Bo",
            "--role",
            "user",
        ],
        None,
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("password: "),
        "a generated password is shown once"
    );

    let out = env.run(
        &[
            "admin",
            "set-role",
            "--email",
            "bo@example.com",
            "--role",
            "interviewer",
        ],
        None,
    );
    assert!(
        text(&out).contains("bo@example.com is now interviewer"),
        "{}",
        text(&out)
    );
    let out = env.run(
        &[
            "admin",
            "set-role",
            "--email",
            "nobody@example.com",
            "--role",
            "user",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("no user with email nobody@example.com"),
        "{}",
        text(&out)
    );
    let out = env.run(
        &[
            "admin",
            "set-role",
            "--email",
            "bo@example.com",
            "--role",
            "king",
        ],
        None,
    );
    assert!(!out.status.success());

    let out = env.run(
        &[
            "admin",
            "reset-password",
            "--email",
            "bo@example.com",
            "--password-stdin",
        ],
        Some("another-password\n"),
    );
    assert!(out.status.success(), "{}", text(&out));

    // The new password works through the API.
    let server = Server::start(&env).await;
    let res = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/login", server.base))
        .json(&json!({"email": "bo@example.com", "password": "another-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["user"]["role"], "interviewer");
    server.stop();
}

async fn problems_import_export(postgres: bool) {
    let env = Env::new(postgres).await;
    let slug = std::fs::read_dir(pack_dir())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("problem.yaml").is_file())
        .min()
        .expect("a bundled problem");
    let slug_name = slug.file_name().unwrap().to_str().unwrap().to_string();
    let out = env.run(&["problems", "import", slug.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("{slug_name} v1 (new)")),
        "{}",
        text(&out)
    );

    let exported = env.dir.path().join("exported");
    let out = env.run(
        &["problems", "export", &slug_name, exported.to_str().unwrap()],
        None,
    );
    assert!(out.status.success(), "{}", text(&out));
    let original = problem::package::read(&slug).unwrap();
    assert_eq!(problem::package::read(&exported).unwrap(), original);

    let zip = env.dir.path().join("p.zip");
    let out = env.run(
        &["problems", "export", &slug_name, zip.to_str().unwrap()],
        None,
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = env.run(&["problems", "import", zip.to_str().unwrap()], None);
    assert!(
        text(&out).contains(&format!("{slug_name} v2 (updated)")),
        "{}",
        text(&out)
    );

    // One broken package among good ones: nothing is imported.
    let broken = env.dir.path().join("broken");
    std::fs::create_dir_all(broken.join("problem_statement")).unwrap();
    std::fs::write(
        broken.join("problem.yaml"),
        "name: Broken\nlimits:\n  memory: lots\n",
    )
    .unwrap();
    let out = env.run(
        &[
            "problems",
            "import",
            exported.to_str().unwrap(),
            broken.to_str().unwrap(),
        ],
        None,
    );
    assert!(!out.status.success());
    let msg = text(&out);
    assert!(
        msg.contains("nothing was imported") && msg.contains("limits.memory"),
        "{msg}"
    );
    let out = env.run(
        &[
            "problems",
            "export",
            &slug_name,
            env.dir.path().join("again").to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    let out = env.run(
        &[
            "problems",
            "export",
            "no-such-problem",
            env.dir.path().join("x").to_str().unwrap(),
        ],
        None,
    );
    assert!(
        text(&out).contains("no problem with slug"),
        "{}",
        text(&out)
    );
}

#[tokio::test]
async fn sqlite_first_start() {
    first_start(false).await;
}

#[tokio::test]
async fn sqlite_admin_commands() {
    admin_commands(false).await;
}

#[tokio::test]
async fn sqlite_problems_import_export() {
    problems_import_export(false).await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn postgres_first_start() {
    first_start(true).await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn postgres_admin_commands() {
    admin_commands(true).await;
}

#[cfg(pg_tests)]
#[tokio::test]
async fn postgres_problems_import_export() {
    problems_import_export(true).await;
}

#[test]
fn bad_configuration_fails_fast_with_a_message() {
    let out = Command::new(BIN)
        .args(["migrate", "--database-url", "mysql://localhost/x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("must start with sqlite:// or postgres://"),
        "{}",
        text(&out)
    );
    let out = Command::new(BIN)
        .args([
            "migrate",
            "--database-url",
            "postgres://nobody@127.0.0.1:1/none",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("cannot connect to the database"),
        "{}",
        text(&out)
    );
}
