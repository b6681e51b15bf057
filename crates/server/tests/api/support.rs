use std::sync::Arc;
use std::time::Duration;

use bus::Bus;
use tokio::sync::Notify;

use reqwest::{Client, Method, RequestBuilder, Response};
use serde_json::{Value, json};
use server::auth::Secret;
use server::{AppState, ServerConfig};
use store::{Role, Store};
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    #[cfg_attr(not(pg_tests), expect(dead_code))]
    Postgres,
}

/// A running server on 127.0.0.1:<random port> with its own fresh database.
pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub store: Store,
    /// The server's worker wake-up (what a test worker should share).
    pub wake: Arc<Notify>,
    pub collab: collab::Collab,
    pub state: AppState,
    _dir: Option<tempfile::TempDir>,
    _stop: oneshot::Sender<()>,
}

/// Generate one `#[tokio::test]` per backend for each listed `async fn(TestApp)`.
#[macro_export]
macro_rules! dual_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { super::$name($crate::support::TestApp::spawn($crate::support::Backend::Sqlite).await).await }) *
        }
        #[cfg(pg_tests)]
        mod postgres {
            $(#[tokio::test] async fn $name() { super::$name($crate::support::TestApp::spawn($crate::support::Backend::Postgres).await).await }) *
        }
    };
}

/// Like `dual_tests!`, for `async fn(Backend)` tests that start their own app.
#[macro_export]
macro_rules! dual_backend_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite_backend {
            $(#[tokio::test] async fn $name() { super::$name($crate::support::Backend::Sqlite).await }) *
        }
        #[cfg(pg_tests)]
        mod postgres_backend {
            $(#[tokio::test] async fn $name() { super::$name($crate::support::Backend::Postgres).await }) *
        }
    };
}

/// A fresh PostgreSQL schema per test, selected through `search_path`.
async fn postgres_url() -> String {
    let base = std::env::var("CODEMINT_TEST_DATABASE_URL").expect("CODEMINT_TEST_DATABASE_URL");
    let schema = format!("cmt_{}", uuid::Uuid::new_v4().simple());
    let admin = Store::connect(&base)
        .await
        .expect("connect to the test PostgreSQL");
    sqlx::query(&format!("CREATE SCHEMA {schema}"))
        .execute(admin.pool())
        .await
        .expect("create schema");
    admin.close().await;
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-c%20search_path%3D{schema}")
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    pub async fn spawn_with(backend: Backend, tweak: impl FnOnce(&mut ServerConfig)) -> TestApp {
        Self::spawn_full(backend, tweak, collab::CollabConfig::default()).await
    }

    pub async fn spawn_full(
        backend: Backend,
        tweak: impl FnOnce(&mut ServerConfig),
        collab_config: collab::CollabConfig,
    ) -> TestApp {
        if std::env::var_os("TEST_LOG").is_some() {
            let _ = tracing_subscriber::fmt()
                .with_env_filter("debug,sqlx=warn,hyper=warn,tungstenite=warn")
                .with_test_writer()
                .try_init();
        }
        let (url, dir) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                (
                    format!("sqlite://{}/test.db", dir.path().display()),
                    Some(dir),
                )
            }
            Backend::Postgres => (postgres_url().await, None),
        };
        let store = Store::connect(&url).await.unwrap();
        store.migrate().await.unwrap();
        let mut config =
            ServerConfig::with_secret(Secret::new("test-secret-test-secret-test-secret"));
        tweak(&mut config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = oneshot::channel::<()>();
        let bus = Bus::in_process();
        let wake = Arc::new(Notify::new());
        let collab = collab::Collab::new(store.clone(), collab_config);
        let dead_letters = jobs::dead_letters(bus.clone());
        let state = AppState::new(store.clone(), config, bus, collab.clone(), wake.clone())
            .with_dead_letters(dead_letters);
        let app_state = state.clone();
        tokio::spawn(server::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        TestApp {
            base,
            client: Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
            store,
            wake,
            collab,
            state: app_state,
            _dir: dir,
            _stop: stop,
        }
    }

    pub fn req(&self, method: Method, path: &str, token: Option<&str>) -> RequestBuilder {
        let r = self.client.request(method, format!("{}{path}", self.base));
        match token {
            Some(t) => r.bearer_auth(t),
            None => r,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        self.req(Method::GET, path, token).send().await.unwrap()
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        self.req(Method::POST, path, token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: &Value) -> Response {
        self.req(Method::PUT, path, token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// Register a user and return their access token.
    pub async fn register(&self, email: &str) -> Value {
        let res = self
            .post(
                "/api/v1/auth/register",
                None,
                &json!({"email": email, "password": "password123", "name": "Test User"}),
            )
            .await;
        assert_eq!(res.status(), 201, "register {email}");
        res.json().await.unwrap()
    }

    /// A user with `role`, made through the API and promoted in the database.
    pub async fn token_with_role(&self, email: &str, role: Role) -> String {
        self.register(email).await;
        self.store.set_role(email, role).await.unwrap();
        let res = self
            .post(
                "/api/v1/auth/login",
                None,
                &json!({"email": email, "password": "password123"}),
            )
            .await;
        assert_eq!(res.status(), 200);
        let body: Value = res.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_string()
    }
}

/// Assert a problem+json error and return its body.
pub async fn expect_problem(res: Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status().as_u16(), status, "status of {}", res.url());
    let ct = res.headers()["content-type"].to_str().unwrap().to_string();
    assert_eq!(ct, "application/problem+json");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], status);
    assert_eq!(body["type"], format!("urn:codemint:error:{code}"));
    assert!(
        body["detail"].as_str().is_some_and(|d| !d.is_empty()),
        "{body}"
    );
    body
}

/// The fields a validation error names.
pub fn error_fields(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| e["field"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}
