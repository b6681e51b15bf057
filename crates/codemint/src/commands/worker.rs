//! Judge workers: `codemint worker` runs only these (cluster mode); `codemint
//! serve` starts the same ones in-process unless `--workers 0`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bus::Bus;
use jobs::Pipeline;
use queue::{Worker, WorkerConfig};
use store::Store;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::cli::{GlobalArgs, MailArgs, WorkerArgs};

/// The email settings, checked (a bad `--smtp-url` or `--mail-from` stops
/// the process at start, naming the flag); `None` without `--smtp-url`.
pub fn mail(global: &GlobalArgs, args: &MailArgs) -> anyhow::Result<Option<jobs::Mail>> {
    let Some(url) = &args.smtp_url else {
        return Ok(None);
    };
    let mailer = notify::Mailer::new(url, &args.mail_from)?;
    let templates = notify::Templates::new(Some(global.data_dir.join("templates")));
    Ok(Some(jobs::Mail { mailer, templates }))
}

/// How many jobs run at once: `--workers`, or one per core.
pub fn worker_count(args: &WorkerArgs) -> usize {
    args.workers.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    })
}

/// The domains whose jobs (clocks, verdict hooks) the workers run.
pub struct Domains {
    pub duels: duels::Duels,
    pub assessments: assessments::Assessments,
}

/// Start `worker_count` judge slots on the queue; they stop when `stop` resolves.
pub fn start(
    store: &Store,
    bus: &Bus,
    wake: Arc<Notify>,
    args: &WorkerArgs,
    mail: Option<jobs::Mail>,
    domains: Domains,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<JoinHandle<()>> {
    let judge = super::judge::engine(&args.languages)?;
    let pipeline = Arc::new(Pipeline {
        store: store.clone(),
        judge: Arc::new(judge),
        bus: bus.clone(),
        run_limits: jobs::RunLimits::default(),
        mail,
        duels: domains.duels,
        assessments: domains.assessments,
    });
    let config = WorkerConfig {
        concurrency: worker_count(args),
        lease: Duration::from_secs(args.job_lease_secs),
        base_backoff: Duration::from_millis(args.job_backoff_ms.max(1)),
        shutdown_grace: Duration::from_secs(args.shutdown_grace_secs),
        ..WorkerConfig::default()
    };
    let worker = jobs::register(Worker::new(store.clone(), config), pipeline).with_wake(wake);
    Ok(tokio::spawn(worker.run(stop)))
}

/// A shutdown signal many tasks can wait on.
pub fn stop_signal() -> (
    impl Fn() + Send + Sync + 'static,
    impl Fn() -> StopFuture + Clone,
) {
    let (tx, rx) = watch::channel(false);
    let fire = move || {
        let _ = tx.send(true);
    };
    let wait = move || {
        let mut rx = rx.clone();
        Box::pin(async move {
            let _ = rx.wait_for(|stopped| *stopped).await;
        }) as StopFuture
    };
    (fire, wait)
}

pub type StopFuture = std::pin::Pin<Box<dyn Future<Output = ()> + Send>>;

pub async fn run(global: &GlobalArgs, args: WorkerArgs) -> anyhow::Result<()> {
    let store = super::open_store(global).await?;
    let (fire, wait) = stop_signal();
    let workers = worker_count(&args);
    if workers == 0 {
        anyhow::bail!("--workers must be at least 1 for `codemint worker`");
    }
    // Progress and verdicts reach web clients on other processes through the
    // shared bus (`--redis-url`); without it they are only in the database.
    let bus = super::open_bus(global, &store).await?;
    let mail = mail(global, &args.mail)?;
    if mail.is_none() {
        tracing::info!("email is off on this worker (no --smtp-url): it sends none");
    }
    // Duel clocks run here too. This process serves no documents, but a
    // duel it ends must freeze its players' editors on the nodes that do
    // (a freeze frame over the bus); its events carry the duel's path
    // rather than a full link.
    let collab =
        collab::Collab::clustered(store.clone(), collab::CollabConfig::default(), bus.clone());
    let duels = duels::Duels::new(
        store.clone(),
        bus.clone(),
        Some(collab.clone()),
        duels::DuelsConfig::new(Vec::new(), String::new()),
    );
    // Assessment deadlines too: the candidates' code is read from the
    // database (this process holds no live documents).
    let languages = judge::Languages::load(args.languages.languages.as_deref())?;
    let assessments = assessments::Assessments::new(
        store.clone(),
        bus.clone(),
        collab,
        assessments::AssessmentsConfig {
            languages: languages.ids().iter().map(|s| s.to_string()).collect(),
            public_url: String::new(),
            email: mail.is_some(),
            job_max_attempts: args.job_max_attempts,
            max_code_bytes: server::ServerConfig::default_max_code_bytes(),
        },
    );
    let handle = start(
        &store,
        &bus,
        Arc::new(Notify::new()),
        &args,
        mail,
        Domains { duels, assessments },
        wait(),
    )?;
    tracing::info!(workers, backend = ?store.backend(), "codemint worker is running");
    super::serve::shutdown_signal().await;
    fire();
    handle.await?;
    tracing::info!("worker stopped; unfinished jobs were released");
    store.close().await;
    Ok(())
}
