//! Invitations: unique links by email (or to copy when email is off), their
//! status, a fresh link on resend, revoking, extra time per candidate; and
//! the candidate's side of the link: the landing page and starting.

use serde::Serialize;
use serde_json::json;
use store::assessments::{Assessment, Attempt, Invitation};
use store::{StoreError, User};

use crate::rows::status_of;
use crate::{
    AssessmentError, AssessmentResult, Assessments, CANDIDATE_DOMAIN, MAX_EXTRA_MINUTES,
    MAX_EXTRA_PERCENT, MAX_INVITATIONS, MAX_INVITES, deadline_of, extra_ms, hash_token, random_id,
    random_token,
};

/// The invitation's link token hash as stored now.
async fn current_hash(w: &mut store::Write, invitation: &str) -> AssessmentResult<String> {
    Ok(w.invitation_token_hash(invitation).await?)
}

#[derive(Debug, Clone, Serialize)]
pub struct InvitationView {
    pub id: String,
    pub email: String,
    pub status: bus::InvitationStatus,
    /// The link, only in the answer that made it (the database keeps a hash).
    pub url: Option<String>,
    /// Whether the link went out by email (if not, copy `url` to the candidate).
    pub emailed: bool,
    pub extra_minutes: i64,
    pub extra_percent: i64,
    pub attempt: Option<String>,
    pub started_at: Option<i64>,
    pub deadline: Option<i64>,
    pub created_at: i64,
    pub sent_at: i64,
}

/// The assessment as its candidates see it before starting.
#[derive(Debug, Clone, Serialize)]
pub struct LandingAssessment {
    pub title: String,
    pub instructions: String,
    pub duration_minutes: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub languages: Vec<String>,
    pub problems: Vec<LandingProblem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LandingProblem {
    pub title: String,
    pub points: f64,
}

/// What the link's page shows.
#[derive(Debug, Clone, Serialize)]
pub struct Landing {
    pub assessment: LandingAssessment,
    pub email: String,
    pub status: bus::InvitationStatus,
    pub extra_minutes: i64,
    pub extra_percent: i64,
    pub attempt: Option<String>,
    pub server_now: i64,
    /// What proctoring records, in plain words.
    pub recorded: Vec<&'static str>,
}

/// A started (or resumed) attempt.
#[derive(Debug, Clone)]
pub struct Started {
    pub attempt: Attempt,
    pub created: bool,
}

/// What the candidate is told is recorded. Keep in step with the signals the
/// page sends and `docs/ASSESSMENTS.md`.
pub const RECORDED: &[&str] = &[
    "Everything you type in the editors, keystroke by keystroke, so the interviewer can replay it.",
    "Your runs and submissions.",
    "When this page is hidden (you switch to another tab or app), and for how long.",
    "When the window loses focus, and for how long.",
    "When you paste into the editor, and how many characters.",
    "When you leave full-screen mode.",
    "When the test is opened in another tab or on another device.",
    "None of this ends or blocks your test: an interviewer reviews it.",
];

const MAX_EMAIL: usize = 254;

fn check_email(i: usize, email: &str) -> AssessmentResult<String> {
    let e = store::users::normalize_email(email);
    let valid = e.len() <= MAX_EMAIL
        && !e.chars().any(char::is_whitespace)
        && e.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.contains('@')
        });
    if valid {
        Ok(e)
    } else {
        Err(AssessmentError::invalid(
            format!("emails[{i}]"),
            format!("{email:?} is not an email address"),
        ))
    }
}

impl Assessments {
    fn link(&self, token: &str) -> String {
        format!("{}/a/{token}", self.config.public_url.trim_end_matches('/'))
    }

    pub(crate) fn invitation_view(
        &self,
        a: &Assessment,
        inv: &Invitation,
        attempt: Option<&Attempt>,
        token: Option<&str>,
    ) -> InvitationView {
        InvitationView {
            id: inv.id.clone(),
            email: inv.email.clone(),
            status: status_of(a, inv, attempt, store::now_ms()),
            url: token.map(|t| self.link(t)),
            emailed: self.config.email,
            extra_minutes: inv.extra_minutes,
            extra_percent: inv.extra_percent,
            attempt: attempt.map(|t| t.id.clone()),
            started_at: attempt.map(|t| t.started_at),
            deadline: attempt.map(|t| t.deadline),
            created_at: inv.created_at,
            sent_at: inv.sent_at,
        }
    }

    async fn queue_invite(
        &self,
        w: &mut store::Write,
        a: &Assessment,
        to: &str,
        token: &str,
    ) -> AssessmentResult<()> {
        if !self.config.email {
            return Ok(());
        }
        let vars = json!({
            "title": a.title,
            "url": self.link(token),
            "duration_minutes": a.duration_secs / 60,
            "opens_at": crate::clock::format_time(a.opens_at),
            "closes_at": crate::clock::format_time(a.closes_at),
            "public_url": self.config.public_url,
        });
        notify::EmailJob::new(to, notify::Template::AssessmentInvite, vars)
            .enqueue(w, self.config.job_max_attempts)
            .await?;
        Ok(())
    }

    /// Invite addresses: each gets its own link, emailed in the same
    /// transaction (or returned to copy when email is off).
    pub async fn invite(
        &self,
        me: &User,
        id: &str,
        emails: &[String],
    ) -> AssessmentResult<Vec<InvitationView>> {
        let a = self.owned(me, id).await?;
        if emails.is_empty() {
            return Err(AssessmentError::invalid(
                "emails",
                "add at least one address",
            ));
        }
        if emails.len() > MAX_INVITES {
            return Err(AssessmentError::invalid(
                "emails",
                format!("at most {MAX_INVITES} addresses at a time"),
            ));
        }
        let mut clean: Vec<String> = Vec::new();
        for (i, e) in emails.iter().enumerate() {
            let e = check_email(i, e)?;
            if !clean.contains(&e) {
                clean.push(e);
            }
        }
        if a.archived_at.is_some() {
            return Err(AssessmentError::Conflict(
                "the assessment is archived: bring it back before inviting".into(),
            ));
        }
        if store::now_ms() >= a.closes_at {
            return Err(AssessmentError::Conflict(
                "the assessment's window has closed: move closes_at before inviting".into(),
            ));
        }
        let mut w = self.store.write().await?;
        w.assessment_for_update(id).await?;
        if w.invitation_count(id).await? as usize + clean.len() > MAX_INVITATIONS {
            return Err(AssessmentError::invalid(
                "emails",
                format!("an assessment has at most {MAX_INVITATIONS} invitations"),
            ));
        }
        let mut made = Vec::new();
        for email in &clean {
            let token = random_token();
            let inv = match w.invitation_by_email(id, email).await? {
                // Revoked before they started: invited again, with a new link.
                Some(old)
                    if old.revoked_at.is_some()
                        && w.attempt_of_invitation(&old.id).await?.is_none() =>
                {
                    w.renew_invitation(&old.id, &hash_token(&token)).await?;
                    w.invitation_for_update(&old.id).await?
                }
                Some(_) => {
                    return Err(AssessmentError::Conflict(format!(
                        "{email} is already invited (resend their link instead)"
                    )));
                }
                None => {
                    w.insert_invitation(&random_id(), id, email, &hash_token(&token))
                        .await?
                }
            };
            self.queue_invite(&mut w, &a, email, &token).await?;
            made.push((inv, token));
        }
        w.commit().await?;
        let mut views = Vec::new();
        for (inv, token) in &made {
            views.push(self.invitation_view(&a, inv, None, Some(token)));
            // The links exist now: a dashboard that misses a row must not
            // lose the answer that carries them.
            self.announce(id, &inv.id).await;
        }
        Ok(views)
    }

    pub async fn invitations(&self, me: &User, id: &str) -> AssessmentResult<Vec<InvitationView>> {
        let a = self.owned(me, id).await?;
        let attempts = self.store.attempts_of(id).await?;
        Ok(self
            .store
            .invitations(id)
            .await?
            .iter()
            .map(|inv| {
                let t = attempts.iter().find(|t| t.invitation_id == inv.id);
                self.invitation_view(&a, inv, t, None)
            })
            .collect())
    }

    /// A fresh link (the old one stops working), emailed again.
    pub async fn resend(
        &self,
        me: &User,
        id: &str,
        invitation: &str,
    ) -> AssessmentResult<InvitationView> {
        let a = self.owned(me, id).await?;
        self.invitation_of(id, invitation).await?;
        let mut w = self.store.write().await?;
        let inv = w.invitation_for_update(invitation).await?;
        if inv.revoked_at.is_some() {
            return Err(AssessmentError::Conflict(
                "the invitation was revoked; invite the address again".into(),
            ));
        }
        let attempt = w.attempt_of_invitation(invitation).await?;
        if attempt.as_ref().is_some_and(|t| t.state != "running") {
            return Err(AssessmentError::Conflict(
                "the candidate has already submitted".into(),
            ));
        }
        let token = random_token();
        w.renew_invitation(invitation, &hash_token(&token)).await?;
        self.queue_invite(&mut w, &a, &inv.email, &token).await?;
        w.commit().await?;
        let inv = self.store.invitation(invitation).await?;
        Ok(self.invitation_view(&a, &inv, attempt.as_ref(), Some(&token)))
    }

    /// Take an invitation back before the candidate starts.
    pub async fn revoke(
        &self,
        me: &User,
        id: &str,
        invitation: &str,
    ) -> AssessmentResult<InvitationView> {
        let a = self.owned(me, id).await?;
        self.invitation_of(id, invitation).await?;
        let mut w = self.store.write().await?;
        if w.attempt_of_invitation(invitation).await?.is_some() {
            return Err(AssessmentError::Conflict(
                "the candidate has started: their attempt runs to its deadline".into(),
            ));
        }
        w.revoke_invitation(invitation).await?;
        w.commit().await?;
        self.announce(id, invitation).await;
        let inv = self.store.invitation(invitation).await?;
        Ok(self.invitation_view(&a, &inv, None, None))
    }

    /// Set a candidate's extra time, before or during the attempt. A running
    /// attempt's deadline moves at once, and its open page hears of it.
    pub async fn set_extra(
        &self,
        me: &User,
        id: &str,
        invitation: &str,
        minutes: i64,
        percent: i64,
    ) -> AssessmentResult<InvitationView> {
        let a = self.owned(me, id).await?;
        self.invitation_of(id, invitation).await?;
        if !(0..=MAX_EXTRA_MINUTES).contains(&minutes) {
            return Err(AssessmentError::invalid(
                "minutes",
                format!("must be between 0 and {MAX_EXTRA_MINUTES}"),
            ));
        }
        if !(0..=MAX_EXTRA_PERCENT).contains(&percent) {
            return Err(AssessmentError::invalid(
                "percent",
                format!("must be between 0 and {MAX_EXTRA_PERCENT}"),
            ));
        }
        let mut w = self.store.write().await?;
        let mut inv = w.invitation_for_update(invitation).await?;
        inv.extra_minutes = minutes;
        inv.extra_percent = percent;
        let attempt = w.attempt_of_invitation(invitation).await?;
        let now = store::now_ms();
        let mut moved = None;
        if let Some(t) = attempt.as_ref().filter(|t| t.state == "running") {
            let deadline = deadline_of(&a, &inv, t.started_at);
            if deadline <= now {
                return Err(AssessmentError::invalid(
                    "minutes",
                    "with this little extra time the candidate's time would already be up",
                ));
            }
            w.set_attempt_deadline(&t.id, deadline).await?;
            self.schedule_deadline(&mut w, &t.id, deadline).await?;
            moved = Some((t.id.clone(), deadline));
        } else if attempt.is_some() {
            return Err(AssessmentError::Conflict(
                "the candidate has already submitted".into(),
            ));
        }
        w.set_invitation_extra(invitation, minutes, percent).await?;
        w.commit().await?;
        if let Some((attempt, deadline)) = moved {
            self.bus.publish(
                &bus::attempt_topic(&attempt),
                &bus::ServerEvent::AttemptClock {
                    attempt,
                    deadline,
                    server_now: store::now_ms(),
                },
            );
        }
        self.announce(id, invitation).await;
        let attempt = self.store.attempt_of_invitation(invitation).await?;
        Ok(self.invitation_view(&a, &inv, attempt.as_ref(), None))
    }

    /// The invitation behind a link's token, and its assessment, if the link
    /// still works: 410 with the reason if it was revoked or the window
    /// closed unused.
    async fn by_token(&self, token: &str) -> AssessmentResult<(Invitation, Assessment)> {
        let inv = match self.store.invitation_by_token(&hash_token(token)).await {
            Ok(i) => i,
            Err(StoreError::NotFound) => {
                return Err(AssessmentError::NotFound(
                    "this link is not valid; ask for a new one".into(),
                ));
            }
            Err(e) => return Err(e.into()),
        };
        let a = self.load(&inv.assessment_id).await?;
        if inv.revoked_at.is_some() {
            return Err(AssessmentError::Gone {
                code: "invitation_revoked",
                message: "this invitation was withdrawn by the interviewer".into(),
            });
        }
        Ok((inv, a))
    }

    fn gone_expired(a: &Assessment) -> AssessmentError {
        AssessmentError::Gone {
            code: "invitation_expired",
            message: format!(
                "the assessment closed at {} before this invitation was used",
                crate::clock::format_time(a.closes_at)
            ),
        }
    }

    /// What the link's page shows.
    pub async fn landing(&self, token: &str) -> AssessmentResult<Landing> {
        let (inv, a) = self.by_token(token).await?;
        let attempt = self.store.attempt_of_invitation(&inv.id).await?;
        let now = store::now_ms();
        let status = status_of(&a, &inv, attempt.as_ref(), now);
        if status == bus::InvitationStatus::Expired
            || (attempt.is_none() && a.archived_at.is_some())
        {
            return Err(Self::gone_expired(&a));
        }
        let problems = self
            .problem_lines(&a.id)
            .await?
            .into_iter()
            .map(|p| LandingProblem {
                title: p.title,
                points: p.points,
            })
            .collect();
        Ok(Landing {
            assessment: LandingAssessment {
                title: a.title.clone(),
                instructions: a.instructions.clone(),
                duration_minutes: a.duration_secs / 60,
                opens_at: a.opens_at,
                closes_at: a.closes_at,
                languages: self.languages_of(&a),
                problems,
            },
            email: inv.email.clone(),
            status,
            extra_minutes: inv.extra_minutes,
            extra_percent: inv.extra_percent,
            attempt: attempt.map(|t| t.id),
            server_now: now,
            recorded: RECORDED.to_vec(),
        })
    }

    /// Start the clock, or give the running (or ended) attempt back.
    pub async fn start(&self, token: &str) -> AssessmentResult<Started> {
        let (inv, a) = self.by_token(token).await?;
        if let Some(attempt) = self.store.attempt_of_invitation(&inv.id).await? {
            return Ok(Started {
                attempt,
                created: false,
            });
        }
        let now = store::now_ms();
        if a.archived_at.is_some() {
            return Err(Self::gone_expired(&a));
        }
        if now < a.opens_at {
            return Err(AssessmentError::Conflict(format!(
                "the assessment opens at {}",
                crate::clock::format_time(a.opens_at)
            )));
        }
        let extra = extra_ms(a.duration_secs, inv.extra_minutes, inv.extra_percent);
        let deadline = deadline_of(&a, &inv, now);
        if now >= a.closes_at + extra || deadline <= now {
            return Err(Self::gone_expired(&a));
        }
        let id = random_id();
        let mut w = self.store.write().await?;
        // Holding the invitation's row: a second start waits here and then
        // finds the first one's attempt.
        let current = w.invitation_for_update(&inv.id).await?;
        if let Some(attempt) = w.attempt_of_invitation(&inv.id).await? {
            return Ok(Started {
                attempt,
                created: false,
            });
        }
        // Revoked or sent again since the link was read: it no longer works.
        if current.revoked_at.is_some() || current_hash(&mut w, &inv.id).await? != hash_token(token)
        {
            return Err(AssessmentError::Gone {
                code: "invitation_revoked",
                message: "this link was withdrawn or replaced by a newer one".into(),
            });
        }
        // With the extra time as it is now.
        let deadline = deadline_of(&a, &current, now);
        // The candidate's work is filed under an account of its own that
        // cannot sign in (no password) and does not carry their address, so
        // runs and submissions go through the normal pipeline.
        let user = w
            .create_user(
                &format!("{id}@{CANDIDATE_DOMAIN}"),
                "Candidate",
                "!",
                store::Role::User,
            )
            .await?;
        let attempt = Attempt {
            id: id.clone(),
            invitation_id: inv.id.clone(),
            assessment_id: a.id.clone(),
            user_id: user.id,
            state: "running".into(),
            started_at: now,
            deadline,
            ended_at: None,
            session: String::new(),
            sessions: 0,
        };
        if let Err(e) = w.insert_attempt(&attempt).await {
            drop(w);
            // Started at the same moment elsewhere: that attempt is the one.
            if let (StoreError::Conflict(_), Some(attempt)) =
                (&e, self.store.attempt_of_invitation(&inv.id).await?)
            {
                return Ok(Started {
                    attempt,
                    created: false,
                });
            }
            return Err(e.into());
        }
        self.schedule_deadline(&mut w, &id, deadline).await?;
        w.commit().await?;
        self.announce(&a.id, &inv.id).await;
        Ok(Started {
            attempt: self.load_attempt(&id).await?,
            created: true,
        })
    }
}
