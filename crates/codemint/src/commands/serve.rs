use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use collab::{Collab, CollabConfig};
use judge::Languages;
use server::auth::{Secret, hash_opaque, new_opaque_token};
use server::{AppState, ServerConfig};
use store::Store;
use tokio::net::TcpListener;
use tokio::sync::Notify;

use super::worker;
use crate::cli::{GlobalArgs, ServeArgs};

const PACK_IMPORTED: &str = "bundled_pack_imported";

pub async fn run(global: &GlobalArgs, args: ServeArgs) -> anyhow::Result<()> {
    // Settings first: a typo in them stops the process before anything else.
    let mail = worker::mail(global, &args.worker.mail)?;
    let store = super::open_store(global).await?;
    let secret = match &args.jwt_secret {
        Some(s) if s.len() >= 32 => Secret::new(s.clone()),
        Some(_) => anyhow::bail!("--jwt-secret must be at least 32 characters"),
        None => Secret::new(
            store
                .setting_or_init("jwt_secret", new_opaque_token)
                .await?,
        ),
    };
    import_pack_once(&store, &args).await?;
    let listener = TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr = listener.local_addr()?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    print_setup_link(&store, &public_url).await?;

    let languages = Languages::load(args.worker.languages.languages.as_deref())?;
    let config = ServerConfig {
        access_token_ttl_secs: args.access_token_ttl,
        refresh_token_ttl_secs: args.refresh_token_ttl,
        auth_rate_per_minute: args.auth_rate_per_minute,
        trust_proxy_headers: args.trust_proxy_headers,
        languages: languages.ids().iter().map(|s| s.to_string()).collect(),
        max_queue_depth: args.max_queue_depth,
        runs_per_minute: args.runs_per_minute,
        submissions_per_minute: args.submissions_per_minute,
        job_max_attempts: args.worker.job_max_attempts,
        public_url: public_url.clone(),
        max_room_members: args.max_room_members,
        email: mail.is_some(),
        ..ServerConfig::with_secret(secret)
    };
    if mail.is_none() {
        tracing::info!(
            "email is off (no --smtp-url): no message is sent, invites show their link and \
             password reset asks an admin"
        );
    }
    if !(0.0..=36500.0).contains(&args.doc_log_retention_days) {
        anyhow::bail!("--doc-log-retention-days must be between 0 and 36500");
    }
    let collab_config = CollabConfig {
        log_retention: (args.doc_log_retention_days > 0.0)
            .then(|| Duration::from_secs_f64(args.doc_log_retention_days * 86400.0)),
        ..CollabConfig::default()
    };
    let bus = super::open_bus(global, &store).await?;
    let collab = if global.redis_url.is_some() {
        Collab::clustered(store.clone(), collab_config, bus.clone())
    } else {
        Collab::new(store.clone(), collab_config)
    };
    let wake = Arc::new(Notify::new());
    if !(args.room_idle_hours > 0.0 && args.room_idle_hours < 24.0 * 3650.0) {
        anyhow::bail!("--room-idle-hours must be positive");
    }
    let dead_letters = jobs::dead_letters(bus.clone());
    let state = AppState::new(
        store.clone(),
        config,
        bus.clone(),
        collab.clone(),
        wake.clone(),
    )
    .with_dead_letters(dead_letters);
    let (fire, wait) = worker::stop_signal();
    let workers = match worker::worker_count(&args.worker) {
        0 => None,
        n => match worker::start(
            &store,
            &bus,
            wake,
            &args.worker,
            mail,
            worker::Domains {
                duels: state.duels.clone(),
                assessments: state.assessments.clone(),
            },
            wait(),
        ) {
            Ok(handle) => {
                tracing::info!(workers = n, "judge workers started");
                Some(handle)
            }
            // The API stays useful without a judge (problems, accounts); jobs
            // wait in the queue for a worker that can run them.
            Err(e) => {
                tracing::error!("judge workers NOT started, runs and submissions will wait: {e:#}");
                None
            }
        },
    };
    let gauge = queue::spawn_depth_gauge(store.clone(), Duration::from_secs(5));
    let matchmaker = state.duels.spawn_matchmaker(server::new_duel_id);
    let expiry = server::spawn_room_expiry(
        state.clone(),
        Duration::from_secs_f64(args.room_idle_hours * 3600.0),
    );
    tracing::info!(%addr, backend = ?store.backend(), "codemint is listening on {public_url} (API docs: {public_url}/api/docs)");
    server::serve(listener, state, shutdown_signal()).await?;
    tracing::info!("shutting down: in-flight requests finished");
    collab.shutdown().await;
    fire();
    if let Some(handle) = workers {
        handle.await?;
        tracing::info!("judge workers stopped; unfinished jobs were released");
    }
    gauge.abort();
    expiry.abort();
    matchmaker.abort();
    store.close().await;
    Ok(())
}

/// Import the bundled pack the first time a database is served, never again
/// (so problems an admin deleted do not come back).
async fn import_pack_once(store: &Store, args: &ServeArgs) -> anyhow::Result<()> {
    if store.setting(PACK_IMPORTED).await?.is_some() {
        return Ok(());
    }
    if !args.pack_dir.is_dir() {
        tracing::warn!(
            "problem pack {} not found; starting with the problems already in the database",
            args.pack_dir.display()
        );
        return Ok(());
    }
    let specs = crate::pack::read_all(std::slice::from_ref(&args.pack_dir))?;
    // Other nodes may be starting on the same empty database right now:
    // whoever claims the flag imports, in the same transaction.
    if let Some(saved) = store.import_problems_once(PACK_IMPORTED, &specs).await? {
        tracing::info!(
            "imported {} problems from {}",
            saved.len(),
            args.pack_dir.display()
        );
    }
    Ok(())
}

/// With no admin yet, print a one-time link that creates the first one (A5).
async fn print_setup_link(store: &Store, public_url: &str) -> anyhow::Result<()> {
    if store.count_admins().await? > 0 {
        return Ok(());
    }
    let token = new_opaque_token();
    store
        .insert_setup_token(&hash_opaque(&token), store::now_ms() + 24 * 3600 * 1000)
        .await?;
    println!(
        "\nNo admin exists yet. Create the first one within 24 hours with this one-time link:\n  \
         {public_url}/setup?token={token}\nor:\n  curl -X POST {public_url}/api/v1/auth/setup \
         -H 'content-type: application/json' \\\n    -d '{{\"token\":\"{token}\",\"email\":\"you@example.com\",\
         \"name\":\"You\",\"password\":\"…\"}}'\nor: codemint admin create-user --email … --name … --role admin\n"
    );
    Ok(())
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown signal received");
}
