use std::io::BufRead;

use anyhow::{Context, bail};
use server::auth::{hash_password, new_opaque_token, validate_account};
use store::{Role, Store, StoreError};

use crate::cli::AdminCommand;

pub async fn run(store: &Store, cmd: AdminCommand) -> anyhow::Result<()> {
    match cmd {
        AdminCommand::CreateUser {
            email,
            name,
            role,
            password_stdin,
        } => {
            let (password, generated) = password(password_stdin)?;
            validate_account(&email, &password, &name).map_err(|e| anyhow::anyhow!("{e}"))?;
            let role = parse_role(&role)?;
            let hash = hash_password(&password).map_err(anyhow::Error::msg)?;
            let user = match store.create_user(&email, &name, &hash, role).await {
                Err(StoreError::Conflict(_)) => bail!("a user with email {email} already exists"),
                other => other?,
            };
            println!(
                "created {} {} (id {})",
                user.role.as_str(),
                user.email,
                user.id
            );
            if generated {
                println!("password: {password}");
            }
        }
        AdminCommand::SetRole { email, role } => {
            let user = store
                .set_role(&email, parse_role(&role)?)
                .await
                .map_err(|e| not_found(e, &email))?;
            println!("{} is now {}", user.email, user.role.as_str());
        }
        AdminCommand::ResetPassword {
            email,
            password_stdin,
        } => {
            let (password, generated) = password(password_stdin)?;
            if password.chars().count() < server::auth::MIN_PASSWORD {
                bail!(
                    "password must be at least {} characters",
                    server::auth::MIN_PASSWORD
                );
            }
            let hash = hash_password(&password).map_err(anyhow::Error::msg)?;
            let user = store
                .set_password(&email, &hash)
                .await
                .map_err(|e| not_found(e, &email))?;
            println!(
                "password of {} changed; all their sessions were signed out",
                user.email
            );
            if generated {
                println!("password: {password}");
            }
        }
        AdminCommand::TestEmail { to, mail } => {
            let Some(url) = &mail.smtp_url else {
                bail!("--smtp-url (or CODEMINT_SMTP_URL) says where to send email; it is not set");
            };
            let mailer = notify::Mailer::new(url, &mail.mail_from)?;
            let message = notify::Templates::new(None)
                .render(notify::Template::Test, &serde_json::json!({}))
                .map_err(anyhow::Error::msg)?;
            let id = notify::EmailJob::new(&to, notify::Template::Test, serde_json::json!({}));
            match mailer.send(&to, &id.message_id, message).await {
                Ok(reply) => println!("sent to {to}; the server answered: {reply}"),
                Err(e) => bail!("not sent: {e}"),
            }
        }
    }
    Ok(())
}

fn parse_role(role: &str) -> anyhow::Result<Role> {
    Role::parse(role).with_context(|| format!("unknown role {role:?}"))
}

fn not_found(e: StoreError, email: &str) -> anyhow::Error {
    match e {
        StoreError::NotFound => anyhow::anyhow!("no user with email {email}"),
        other => other.into(),
    }
}

/// The first line of stdin, or a fresh random password (true = generated).
fn password(from_stdin: bool) -> anyhow::Result<(String, bool)> {
    if !from_stdin {
        return Ok((new_opaque_token()[..20].to_string(), true));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from stdin")?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        bail!("no password on standard input");
    }
    Ok((password, false))
}
