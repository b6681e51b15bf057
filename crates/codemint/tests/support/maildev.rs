//! A real SMTP server for tests: npm `maildev` (from `e2e/node_modules`,
//! installed by `scripts/test`), on free ports, read back through its REST
//! API (`GET /api/email`).
#![allow(dead_code)] // each test binary uses a different part of this

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::process::free_port;

/// A maildev process, killed on drop.
pub struct MailDev {
    child: Child,
    smtp: u16,
    web: u16,
}

impl MailDev {
    pub async fn start() -> MailDev {
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../e2e/node_modules/maildev/dist/bin/maildev.js");
        assert!(
            script.is_file(),
            "{} is missing: run `(cd e2e && npm ci)` (scripts/test does)",
            script.display()
        );
        let (smtp, web) = (free_port(), free_port());
        let child = Command::new("node")
            .arg(&script)
            .args(["--ip", "127.0.0.1", "--web-ip", "127.0.0.1"])
            .args(["-s", &smtp.to_string(), "-w", &web.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node (scripts/install-deps installs it)");
        let mail = MailDev { child, smtp, web };
        let deadline = Instant::now() + Duration::from_secs(30);
        while reqwest::get(mail.api()).await.is_err() {
            assert!(Instant::now() < deadline, "maildev did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        mail
    }

    pub fn api(&self) -> String {
        format!("http://127.0.0.1:{}/api/email", self.web)
    }

    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.smtp)
    }

    /// Every message received so far.
    pub async fn inbox(&self) -> Vec<Value> {
        reqwest::get(self.api())
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// Wait for a message to `to` whose subject contains `subject`.
    pub async fn wait_for(&self, to: &str, subject: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let found = self.inbox().await.into_iter().find(|m| {
                m["subject"].as_str().unwrap_or("").contains(subject)
                    && m["to"]
                        .as_array()
                        .is_some_and(|list| list.iter().any(|a| a["address"] == to))
            });
            if let Some(m) = found {
                return m;
            }
            assert!(
                Instant::now() < deadline,
                "no email {subject:?} to {to}; inbox: {:#}",
                Value::from(self.inbox().await)
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for MailDev {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
