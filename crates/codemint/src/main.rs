//! `codemint`: one binary, a subcommand per process role. Parsing and dispatch
//! only; the work lives in `commands/`.

mod cli;
mod commands;
mod logging;
mod pack;

use clap::Parser;

/// The hidden role in which this binary re-executes itself as a sandbox's init
/// (a fresh single-threaded process; see the sandbox crate).
pub const SANDBOX_INIT: &str = "__sandbox-init";

fn main() -> std::process::ExitCode {
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == SANDBOX_INIT)
    {
        sandbox::init::main();
    }
    let cli = cli::Cli::parse();
    logging::init(&cli.global);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
