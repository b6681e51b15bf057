use anyhow::bail;
use store::{Store, StoreError};

use crate::cli::ProblemsCommand;

pub async fn run(store: &Store, cmd: ProblemsCommand) -> anyhow::Result<()> {
    match cmd {
        ProblemsCommand::Import { paths } => {
            let specs = crate::pack::read_all(&paths)?;
            let saved = store.import_problems(&specs, None).await?;
            for s in &saved {
                let what = if s.created { "new" } else { "updated" };
                println!("{} v{} ({what})", s.slug, s.version);
            }
            println!("imported {} problem(s)", saved.len());
        }
        ProblemsCommand::Export { slug, dir } => {
            let spec = match store.problem_spec(&slug).await {
                Err(StoreError::NotFound) => bail!("no problem with slug {slug:?}"),
                other => other?,
            };
            if dir.extension().is_some_and(|e| e == "zip") {
                if dir.exists() {
                    bail!("{} already exists", dir.display());
                }
                std::fs::write(&dir, problem::package::write_zip(&spec)?)?;
            } else {
                problem::package::write_dir(&spec, &dir)?;
            }
            println!("exported {slug} to {}", dir.display());
        }
    }
    Ok(())
}
