mod admin;
mod judge;
mod problems;
mod serve;
mod worker;

use anyhow::Context;
use store::Store;

use crate::cli::{Cli, Command, GlobalArgs};

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve::run(&cli.global, args).await,
        Command::Worker(args) => worker::run(&cli.global, args).await,
        Command::Migrate => {
            let store = open_store(&cli.global).await?;
            println!("database is up to date ({:?})", store.backend());
            Ok(())
        }
        Command::Admin(cmd) => admin::run(&open_store(&cli.global).await?, cmd).await,
        Command::Problems(cmd) => problems::run(&open_store(&cli.global).await?, cmd).await,
        Command::Run(args) => judge::run(args).await,
        Command::Judge(args) => judge::judge(&cli.global, args).await,
        Command::Languages(args) => judge::list_languages(args),
    }
}

/// Connect to the configured database (creating the data directory for the
/// embedded default) and apply migrations.
/// The event bus: Redis when a URL is given (failing fast when it cannot be
/// reached), otherwise in-process. The deployment's id, kept in its database,
/// keeps its channels apart from any other deployment on the same Redis.
pub async fn open_bus(global: &GlobalArgs, store: &Store) -> anyhow::Result<bus::Bus> {
    match &global.redis_url {
        Some(url) => {
            let cluster = store
                .setting_or_init("cluster_id", || {
                    server::auth::new_opaque_token().chars().take(12).collect()
                })
                .await?;
            let bus = bus::Bus::redis(url, &cluster).await?;
            tracing::info!(node = bus.node(), "event bus: Redis (cluster mode)");
            Ok(bus)
        }
        None => Ok(bus::Bus::in_process()),
    }
}

pub async fn open_store(global: &GlobalArgs) -> anyhow::Result<Store> {
    let url = match &global.database_url {
        Some(url) => url.clone(),
        None => {
            std::fs::create_dir_all(&global.data_dir).with_context(|| {
                format!("cannot create data directory {}", global.data_dir.display())
            })?;
            format!("sqlite://{}/codemint.db", global.data_dir.display())
        }
    };
    let store = Store::connect(&url).await?;
    store.migrate().await?;
    Ok(store)
}
