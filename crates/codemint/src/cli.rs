//! The command line. Every flag also reads `CODEMINT_<FLAG>` from the environment.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "codemint",
    version,
    about = "Collaborative coding interviews, duels, assessments and a judge"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args)]
pub struct GlobalArgs {
    /// Where the embedded default keeps its SQLite database and generated secrets.
    #[arg(
        long,
        env = "CODEMINT_DATA_DIR",
        default_value = "./codemint-data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; default: SQLite in the data directory.
    #[arg(
        long,
        env = "CODEMINT_DATABASE_URL",
        hide_env_values = true,
        global = true
    )]
    pub database_url: Option<String>,
    /// `redis://…`: the event bus between nodes (cluster mode: rooms, live
    /// events and document edits reach every node); default: in-process.
    #[arg(
        long,
        env = "CODEMINT_REDIS_URL",
        hide_env_values = true,
        global = true
    )]
    pub redis_url: Option<String>,
    #[arg(
        long,
        env = "CODEMINT_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
    /// A tracing filter, e.g. `info` or `codemint=debug,sqlx=warn`.
    #[arg(
        long,
        env = "CODEMINT_LOG_LEVEL",
        default_value = "info",
        global = true
    )]
    pub log_level: String,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the HTTP + WebSocket server and the web app.
    Serve(ServeArgs),
    /// Run judge workers only (cluster mode), on the shared database's queue.
    Worker(WorkerArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Manage users.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Import and export ICPC/Kattis problem packages.
    #[command(subcommand)]
    Problems(ProblemsCommand),
    /// Compile (if needed) and run one program in the sandbox.
    Run(RunArgs),
    /// Judge one solution against a problem's tests.
    Judge(JudgeArgs),
    /// The configured languages and whether each toolchain was found.
    Languages(LanguagesArgs),
}

#[derive(Args, Clone)]
pub struct LanguagesArgs {
    /// A languages.toml to use instead of the built-in one.
    #[arg(long, env = "CODEMINT_LANGUAGES")]
    pub languages: Option<PathBuf>,
}

#[derive(Args)]
pub struct RunArgs {
    #[arg(long)]
    pub lang: String,
    #[arg(long)]
    pub file: PathBuf,
    /// Feed this file to the program's standard input.
    #[arg(long)]
    pub stdin: Option<PathBuf>,
    /// CPU time limit.
    #[arg(long, default_value_t = 2000)]
    pub time_ms: u64,
    #[arg(long, default_value_t = 256)]
    pub memory_mb: u64,
    /// Print one JSON object instead of the program's output.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub languages: LanguagesArgs,
}

#[derive(Args)]
pub struct JudgeArgs {
    /// A problem package (directory or .zip) or the slug of a stored problem.
    #[arg(long)]
    pub problem: String,
    #[arg(long)]
    pub lang: String,
    #[arg(long)]
    pub file: PathBuf,
    /// Run every test instead of stopping at the first failure (for scoring).
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub languages: LanguagesArgs,
}

#[derive(Args)]
pub struct ServeArgs {
    #[arg(long, env = "CODEMINT_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// The URL users reach this server at (for links such as the setup link).
    #[arg(long, env = "CODEMINT_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Token-signing secret shared by all nodes; default: generated once and kept in the database.
    #[arg(long, env = "CODEMINT_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Lifetime of access tokens, in seconds.
    #[arg(long, env = "CODEMINT_ACCESS_TOKEN_TTL", default_value_t = 900)]
    pub access_token_ttl: i64,
    /// Lifetime of refresh tokens, in seconds.
    #[arg(long, env = "CODEMINT_REFRESH_TOKEN_TTL", default_value_t = 30 * 24 * 3600)]
    pub refresh_token_ttl: i64,
    /// Login and registration attempts per minute per client IP.
    #[arg(long, env = "CODEMINT_AUTH_RATE_PER_MINUTE", default_value_t = 20)]
    pub auth_rate_per_minute: u32,
    /// Trust `X-Forwarded-For` for the client IP (only behind your own proxy).
    #[arg(long, env = "CODEMINT_TRUST_PROXY_HEADERS")]
    pub trust_proxy_headers: bool,
    /// The problem pack imported on first start.
    #[arg(long, env = "CODEMINT_PACK_DIR", default_value = "problems")]
    pub pack_dir: PathBuf,
    /// Above this many waiting jobs, new runs and submissions are refused with 429.
    #[arg(long, env = "CODEMINT_MAX_QUEUE_DEPTH", default_value_t = 1000)]
    pub max_queue_depth: i64,
    /// Runs with custom input per minute per user.
    #[arg(long, env = "CODEMINT_RUNS_PER_MINUTE", default_value_t = 30)]
    pub runs_per_minute: u32,
    /// Submissions per minute per user.
    #[arg(long, env = "CODEMINT_SUBMISSIONS_PER_MINUTE", default_value_t = 12)]
    pub submissions_per_minute: u32,
    /// Hours without a connection or an edit after which a room ends.
    #[arg(long, env = "CODEMINT_ROOM_IDLE_HOURS", default_value_t = 24.0)]
    pub room_idle_hours: f64,
    /// Members (admitted or waiting) one room accepts.
    #[arg(long, env = "CODEMINT_MAX_ROOM_MEMBERS", default_value_t = 50)]
    pub max_room_members: i64,
    /// Days a document's edit log is kept for replay once a snapshot covers
    /// it; 0 keeps it for as long as the room exists.
    #[arg(long, env = "CODEMINT_DOC_LOG_RETENTION_DAYS", default_value_t = 0.0)]
    pub doc_log_retention_days: f64,
    #[command(flatten)]
    pub worker: WorkerArgs,
}

#[derive(Args, Clone)]
pub struct WorkerArgs {
    /// Judge workers in this process; `serve --workers 0` serves the API only.
    /// Default: the number of CPU cores.
    #[arg(long, env = "CODEMINT_WORKERS")]
    pub workers: Option<usize>,
    /// Seconds a claimed job stays leased without a heartbeat; a dead worker's
    /// job goes to another worker after this.
    #[arg(long, env = "CODEMINT_JOB_LEASE_SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub job_lease_secs: u64,
    /// Attempts before a job is dead-lettered.
    #[arg(long, env = "CODEMINT_JOB_MAX_ATTEMPTS", default_value_t = 3,
          value_parser = clap::value_parser!(i64).range(1..=100))]
    pub job_max_attempts: i64,
    /// First retry delay in milliseconds (doubles per attempt, with jitter).
    #[arg(long, env = "CODEMINT_JOB_BACKOFF_MS", default_value_t = 1000)]
    pub job_backoff_ms: u64,
    /// Seconds running jobs get to finish on shutdown before they are released.
    #[arg(long, env = "CODEMINT_SHUTDOWN_GRACE_SECS", default_value_t = 10)]
    pub shutdown_grace_secs: u64,
    #[command(flatten)]
    pub languages: LanguagesArgs,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// Email (welcome, password reset). Without `--smtp-url` none is sent and
/// nothing fails. Templates in `<data dir>/templates/` replace the built-in
/// ones of the same name.
#[derive(Args, Clone)]
pub struct MailArgs {
    /// The SMTP server: `smtps://user:pass@host:465`,
    /// `smtp://host:587?tls=required`, or `smtp://host:1025` (plain, for a
    /// local test server).
    #[arg(long, env = "CODEMINT_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Who emails come from.
    #[arg(
        long,
        env = "CODEMINT_MAIL_FROM",
        default_value = "Codemint <codemint@localhost>"
    )]
    pub mail_from: String,
}

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Create a user; without --password-stdin a random password is printed.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["admin", "interviewer", "user"])]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Change a user's role.
    SetRole {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["admin", "interviewer", "user"])]
        role: String,
    },
    /// Set a new password and sign the user out everywhere.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Send one test email with the SMTP settings and print the server's reply.
    TestEmail {
        /// The address to send to.
        #[arg(long)]
        to: String,
        #[command(flatten)]
        mail: MailArgs,
    },
}

#[derive(Subcommand)]
pub enum ProblemsCommand {
    /// Import packages: a package directory, a .zip, or a directory of packages.
    /// All or nothing: one bad package imports none.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write a problem's current version as a package directory (or .zip).
    Export { slug: String, dir: PathBuf },
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
