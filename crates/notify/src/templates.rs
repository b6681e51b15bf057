//! Every message's subject, text and HTML, rendered by minijinja from the
//! built-in templates (`crates/notify/templates`) or, where an operator put
//! one, from `<data dir>/templates/<name>` — read at each render, so an edit
//! takes effect without a restart. HTML is escaped (`.html` templates
//! auto-escape); a template that does not render is an error naming it, and
//! the email's job dead-letters with that error.

use std::path::PathBuf;

use minijinja::Environment;
use serde::Serialize;

/// A kind of message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    Welcome,
    PasswordReset,
    RoomInvite,
    /// A candidate's link to an assessment.
    AssessmentInvite,
    /// To an assessment's owner when it closes.
    AssessmentResults,
    /// `codemint admin test-email`.
    Test,
}

impl Template {
    fn name(self) -> &'static str {
        match self {
            Template::Welcome => "welcome",
            Template::PasswordReset => "password_reset",
            Template::RoomInvite => "room_invite",
            Template::AssessmentInvite => "assessment_invite",
            Template::AssessmentResults => "assessment_results",
            Template::Test => "test",
        }
    }
}

const BUILT_IN: &[(&str, &str)] = &[
    ("layout.html", include_str!("../templates/layout.html")),
    (
        "welcome.subject",
        include_str!("../templates/welcome.subject"),
    ),
    ("welcome.txt", include_str!("../templates/welcome.txt")),
    ("welcome.html", include_str!("../templates/welcome.html")),
    (
        "password_reset.subject",
        include_str!("../templates/password_reset.subject"),
    ),
    (
        "password_reset.txt",
        include_str!("../templates/password_reset.txt"),
    ),
    (
        "password_reset.html",
        include_str!("../templates/password_reset.html"),
    ),
    (
        "room_invite.subject",
        include_str!("../templates/room_invite.subject"),
    ),
    (
        "room_invite.txt",
        include_str!("../templates/room_invite.txt"),
    ),
    (
        "room_invite.html",
        include_str!("../templates/room_invite.html"),
    ),
    (
        "assessment_invite.subject",
        include_str!("../templates/assessment_invite.subject"),
    ),
    (
        "assessment_invite.txt",
        include_str!("../templates/assessment_invite.txt"),
    ),
    (
        "assessment_invite.html",
        include_str!("../templates/assessment_invite.html"),
    ),
    (
        "assessment_results.subject",
        include_str!("../templates/assessment_results.subject"),
    ),
    (
        "assessment_results.txt",
        include_str!("../templates/assessment_results.txt"),
    ),
    (
        "assessment_results.html",
        include_str!("../templates/assessment_results.html"),
    ),
    ("test.subject", include_str!("../templates/test.subject")),
    ("test.txt", include_str!("../templates/test.txt")),
    ("test.html", include_str!("../templates/test.html")),
];

/// A message ready to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("template {name}: {message}")]
pub struct TemplateError {
    pub name: String,
    pub message: String,
}

/// The templates of one server: built in, with an operator's overrides.
/// Links start with the `public_url` variable, which whoever queues the
/// message puts in (the API server knows its `--public-url`; workers need not).
#[derive(Debug, Clone)]
pub struct Templates {
    overrides: Option<PathBuf>,
}

impl Templates {
    /// `overrides`: a folder whose files replace the built-in ones of the
    /// same name (`welcome.html`, `layout.html`, …).
    pub fn new(overrides: Option<PathBuf>) -> Templates {
        Templates { overrides }
    }

    pub fn render(
        &self,
        template: Template,
        vars: &serde_json::Value,
    ) -> Result<Rendered, TemplateError> {
        // Only this message's templates (and the shared layout): an operator's
        // broken file spoils its own message, not every other one.
        let mut env = Environment::new();
        let prefix = format!("{}.", template.name());
        let wanted = BUILT_IN
            .iter()
            .filter(|(name, _)| *name == "layout.html" || name.starts_with(&prefix));
        for (name, built_in) in wanted {
            let source = self
                .overrides
                .as_ref()
                .and_then(|dir| std::fs::read_to_string(dir.join(name)).ok())
                .unwrap_or_else(|| built_in.to_string());
            env.add_template_owned(name.to_string(), source)
                .map_err(|e| error(name, &e))?;
        }
        let part = |suffix: &str| {
            let name = format!("{}.{suffix}", template.name());
            env.get_template(&name)
                .and_then(|t| t.render(vars))
                .map_err(|e| error(&name, &e))
        };
        let subject = part("subject")?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Rendered {
            subject,
            text: part("txt")?,
            html: part("html")?,
        })
    }
}

fn error(name: &str, e: &minijinja::Error) -> TemplateError {
    let mut message = e.to_string();
    if let Some(detail) = e.detail() {
        message = format!("{message} ({detail})");
    }
    TemplateError {
        name: name.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn renders_all_three_parts_with_links_and_escaped_html() {
        let t = Templates::new(None);
        let vars = json!({"name": "<b>Ada</b>", "email": "ada@example.com", "token": "abc-123",
                          "public_url": "https://cm.example.com"});
        let m = t.render(Template::PasswordReset, &vars).unwrap();
        assert_eq!(m.subject, "Reset your Codemint password");
        assert!(
            m.text
                .contains("https://cm.example.com/reset-password?token=abc-123")
        );
        assert!(
            m.text.contains("Hello <b>Ada</b>"),
            "text is not HTML: {}",
            m.text
        );
        // minijinja escapes `/` as `&#x2f;` too, which browsers read as `/`.
        let html = m.html.replace("&#x2f;", "/");
        assert!(
            html.contains("href=\"https://cm.example.com/reset-password?token=abc-123\""),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;Ada&lt;/b&gt;"), "{html}");
        assert!(!m.html.contains("<b>Ada"));
    }

    #[test]
    fn an_operator_file_replaces_the_built_in_one_and_a_broken_one_is_named() {
        let dir = std::env::temp_dir().join(format!("codemint-templates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("welcome.subject"), "Hi {{ name }}, from our lab").unwrap();
        let t = Templates::new(Some(dir.clone()));
        let m = t
            .render(Template::Welcome, &json!({"name": "Bo", "email": "b@x.y"}))
            .unwrap();
        assert_eq!(m.subject, "Hi Bo, from our lab");
        assert!(m.html.contains("Bo"), "the rest stays built in");

        std::fs::write(dir.join("welcome.html"), "{% if %}broken").unwrap();
        let err = t
            .render(Template::Welcome, &json!({"name": "Bo"}))
            .unwrap_err();
        assert_eq!(err.name, "welcome.html");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
