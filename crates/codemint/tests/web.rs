//! Browser end-to-end scenarios. Each `e2e/web/<name>.mjs` is a Node.js script
//! that drives Debian's Chromium through playwright-core; this harness gives it
//! a fresh `codemint serve` (SQLite in a temporary directory, the bundled
//! problem pack, two judge workers), an admin and an interviewer made with
//! `codemint admin create-user`, and these variables:
//!
//! | variable | value |
//! |---|---|
//! | `CODEMINT_URL` | the server, `http://127.0.0.1:<port>` |
//! | `ADMIN_EMAIL`, `ADMIN_PASSWORD` | an admin |
//! | `INTERVIEWER_EMAIL`, `INTERVIEWER_PASSWORD` | an interviewer |
//! | `ARTIFACTS_DIR` | `target/e2e-artifacts/<name>`, emptied first, for screenshots |
//!
//! `first_admin` is the exception: its server has no accounts at all, as on a
//! new user's first start, and the script gets `SETUP_LINK`, the one-time link
//! `codemint serve` printed, instead of the two accounts. `password_reset`'s
//! and `assessment`'s servers send email to a real SMTP server (npm `maildev`), whose API the
//! script reads at `MAILDEV_API`.
//!
//! The script passes by exiting 0 within [`TIMEOUT`]. Nothing here skips: a
//! missing Chromium (`scripts/install-deps --e2e`), web app build
//! (`scripts/build-web`) or `e2e/node_modules` (`scripts/test`) is a failure
//! that says what to run.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

#[path = "support/maildev.rs"]
mod maildev;
#[path = "support/process.rs"]
mod process;

use process::{Env, Server};

const CHROMIUM: &str = "/usr/bin/chromium";
const TIMEOUT: Duration = Duration::from_secs(180);
const ADMIN: (&str, &str) = ("admin@example.com", "admin-password-e2e");
const INTERVIEWER: (&str, &str) = ("interviewer@example.com", "interviewer-password-e2e");

/// One `#[test]` per scenario script, named after it.
macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        $(#[test] fn $name() { run_scenario(stringify!($name), Accounts::AdminAndInterviewer) })*
    };
}

/// Who exists when a scenario starts.
enum Accounts {
    AdminAndInterviewer,
    /// The same, on a server that sends email to a maildev.
    AdminAndInterviewerWithEmail,
    /// A first start: nobody yet, and the setup link on stdout.
    None,
}

#[test]
fn first_admin() {
    run_scenario("first_admin", Accounts::None)
}

#[test]
fn password_reset() {
    run_scenario("password_reset", Accounts::AdminAndInterviewerWithEmail)
}

#[test]
fn assessment() {
    run_scenario("assessment", Accounts::AdminAndInterviewerWithEmail)
}

// To add a scenario, write e2e/web/<name>.mjs and add its <name> here.
scenarios! {
    smoke,
    solve_problem,
    interview_room,
    admin,
    notifications,
    duel,
}

/// A server, a browser and the scenario's page: two cores cannot run two at
/// once without timeouts, so scenarios take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn run_scenario(name: &str, accounts: Accounts) {
    let root = workspace();
    let script = root.join(format!("e2e/web/{name}.mjs"));
    assert!(script.is_file(), "{} is missing", script.display());
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: run `scripts/install-deps --e2e` (as root) to install Debian's chromium"
    );
    assert!(
        root.join("web/dist/index.html").is_file(),
        "the web app is not built (no web/dist/index.html): run `scripts/build-web`, then this test again"
    );
    assert!(
        root.join("e2e/node_modules/playwright-core").is_dir(),
        "e2e/node_modules has no playwright-core: run `(cd e2e && npm ci)` (scripts/test does)"
    );

    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let env = runtime.block_on(Env::new(false));
    let mail = match accounts {
        Accounts::AdminAndInterviewerWithEmail => Some(runtime.block_on(maildev::MailDev::start())),
        _ => None,
    };
    let smtp_url = mail.as_ref().map(maildev::MailDev::smtp_url);
    let mut flags = vec!["--workers", "2"];
    if let Some(url) = &smtp_url {
        flags.extend(["--smtp-url", url]);
    }
    let server = runtime.block_on(Server::start_with(&env, &flags));
    let root_page = runtime.block_on(async { reqwest::get(&server.base).await.unwrap().status() });
    assert_eq!(
        root_page, 200,
        "codemint serve answers {root_page} at /: this binary embeds no web app; \
         run `scripts/build-web` (cargo then rebuilds it)"
    );
    let setup_link = server.setup_link();
    assert!(
        setup_link.is_some(),
        "codemint serve printed no setup link on a first start"
    );
    let who = match accounts {
        Accounts::AdminAndInterviewer | Accounts::AdminAndInterviewerWithEmail => {
            &[(ADMIN, "admin"), (INTERVIEWER, "interviewer")][..]
        }
        Accounts::None => &[],
    };
    for &((email, password), role) in who {
        let out = env.run(
            &[
                "admin",
                "create-user",
                "--email",
                email,
                "--name",
                role,
                "--role",
                role,
                "--password-stdin",
            ],
            Some(&format!("{password}\n")),
        );
        assert!(out.status.success(), "{}", process::text(&out));
    }

    let artifacts = root.join("target/e2e-artifacts").join(name);
    let _ = std::fs::remove_dir_all(&artifacts);
    std::fs::create_dir_all(&artifacts).unwrap();

    let mut cmd = Command::new("node");
    cmd.arg(&script)
        .current_dir(root.join("e2e"))
        .env("CODEMINT_URL", &server.base)
        .env("ARTIFACTS_DIR", &artifacts);
    if let Some(mail) = &mail {
        cmd.env("MAILDEV_API", mail.api());
    }
    match accounts {
        Accounts::AdminAndInterviewer | Accounts::AdminAndInterviewerWithEmail => cmd
            .env("ADMIN_EMAIL", ADMIN.0)
            .env("ADMIN_PASSWORD", ADMIN.1)
            .env("INTERVIEWER_EMAIL", INTERVIEWER.0)
            .env("INTERVIEWER_PASSWORD", INTERVIEWER.1),
        Accounts::None => cmd.env("SETUP_LINK", setup_link.unwrap()),
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Its own process group, so that a timeout also kills the browser it started.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let started = Instant::now();
    let mut node =
        Group(cmd.spawn().unwrap_or_else(|e| {
            panic!("cannot start node (scripts/install-deps installs it): {e}")
        }));
    let echo = [
        echo(name, node.0.stdout.take().unwrap()),
        echo(name, node.0.stderr.take().unwrap()),
    ];
    let status = loop {
        if let Some(status) = node.0.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            node.kill();
            for e in echo {
                let _ = e.join();
            }
            panic!(
                "{name}: still running after {} s, killed; screenshots in {}",
                TIMEOUT.as_secs(),
                artifacts.display()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    node.kill(); // a browser the script left behind
    for e in echo {
        let _ = e.join();
    }
    assert!(
        status.success(),
        "{name}: node e2e/web/{name}.mjs failed ({status}) after {:.1} s; screenshots in {}",
        started.elapsed().as_secs_f64(),
        artifacts.display()
    );
    println!(
        "{name}: passed in {:.1} s; screenshots in {}",
        started.elapsed().as_secs_f64(),
        artifacts.display()
    );
    drop(server);
}

/// Print a stream of the script's output line by line, as it comes, so a
/// failing test shows where the scenario got to.
fn echo(name: &str, stream: impl Read + Send + 'static) -> std::thread::JoinHandle<()> {
    let name = name.to_string();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            println!("[{name}] {line}");
        }
    })
}

/// The node process and whatever it started, killed on drop (a failed
/// assertion included).
struct Group(Child);

impl Group {
    fn kill(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        self.kill();
    }
}
