//! Assessments, their problems, invitations (the link's token only as a
//! hash), attempts and integrity signals. The rules (who may, deadlines,
//! grading, scores) live in the `assessments` crate; this module only reads
//! and writes rows, the changes inside a domain action's [`Write`].

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Backend, Store, StoreError, Write, now_ms};

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: String,
    pub owner_id: i64,
    pub title: String,
    pub instructions: String,
    pub duration_secs: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    /// `None`: every language.
    pub languages: Option<Vec<String>>,
    pub archived_at: Option<i64>,
    pub reported_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentProblem {
    pub slug: String,
    pub points: f64,
}

/// What an assessment is made of (create and edit).
pub struct AssessmentFields<'a> {
    pub title: &'a str,
    pub instructions: &'a str,
    pub duration_secs: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub languages: Option<&'a [String]>,
    pub problems: &'a [AssessmentProblem],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invitation {
    pub id: String,
    pub assessment_id: String,
    pub email: String,
    pub extra_minutes: i64,
    pub extra_percent: i64,
    pub revoked_at: Option<i64>,
    pub created_at: i64,
    pub sent_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub id: String,
    pub invitation_id: String,
    pub assessment_id: String,
    pub user_id: i64,
    /// `running`, `submitted` or `expired`.
    pub state: String,
    pub started_at: i64,
    pub deadline: i64,
    pub ended_at: Option<i64>,
    pub session: String,
    pub sessions: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub id: i64,
    pub attempt_id: String,
    pub at: i64,
    pub kind: String,
    pub severity: String,
    pub duration_ms: Option<i64>,
    pub length: Option<i64>,
}

/// An attempt's submission as scores need it (no code).
#[derive(Debug, Clone, PartialEq)]
pub struct Graded {
    pub attempt_id: String,
    pub problem: String,
    pub state: String,
    pub verdict: Option<String>,
    pub result: Option<serde_json::Value>,
    pub created_at: i64,
}

const ASSESSMENT: &str = "id, owner_id, title, instructions, duration_secs, opens_at, closes_at, \
                          languages, archived_at, reported_at, created_at, updated_at";
const INVITATION: &str =
    "id, assessment_id, email, extra_minutes, extra_percent, revoked_at, created_at, sent_at";
const ATTEMPT: &str = "id, invitation_id, assessment_id, user_id, state, started_at, deadline, \
                       ended_at, session, sessions";
const SIGNAL: &str = "id, attempt_id, at, kind, severity, duration_ms, length";
const GRADED: &str = "SELECT s.attempt_id, p.slug, s.state, s.verdict, s.result, s.created_at \
                      FROM submissions s JOIN problems p ON p.id = s.problem_id";

fn assessment_from_row(r: &AnyRow) -> Result<Assessment, StoreError> {
    Ok(Assessment {
        id: r.try_get("id")?,
        owner_id: r.try_get("owner_id")?,
        title: r.try_get("title")?,
        instructions: r.try_get("instructions")?,
        duration_secs: r.try_get("duration_secs")?,
        opens_at: r.try_get("opens_at")?,
        closes_at: r.try_get("closes_at")?,
        languages: crate::json_opt(r, "languages")?,
        archived_at: r.try_get("archived_at")?,
        reported_at: r.try_get("reported_at")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

fn invitation_from_row(r: &AnyRow) -> Result<Invitation, StoreError> {
    Ok(Invitation {
        id: r.try_get("id")?,
        assessment_id: r.try_get("assessment_id")?,
        email: r.try_get("email")?,
        extra_minutes: r.try_get("extra_minutes")?,
        extra_percent: r.try_get("extra_percent")?,
        revoked_at: r.try_get("revoked_at")?,
        created_at: r.try_get("created_at")?,
        sent_at: r.try_get("sent_at")?,
    })
}

fn attempt_from_row(r: &AnyRow) -> Result<Attempt, StoreError> {
    Ok(Attempt {
        id: r.try_get("id")?,
        invitation_id: r.try_get("invitation_id")?,
        assessment_id: r.try_get("assessment_id")?,
        user_id: r.try_get("user_id")?,
        state: r.try_get("state")?,
        started_at: r.try_get("started_at")?,
        deadline: r.try_get("deadline")?,
        ended_at: r.try_get("ended_at")?,
        session: r.try_get("session")?,
        sessions: r.try_get("sessions")?,
    })
}

fn signal_from_row(r: &AnyRow) -> Result<Signal, StoreError> {
    Ok(Signal {
        id: r.try_get("id")?,
        attempt_id: r.try_get("attempt_id")?,
        at: r.try_get("at")?,
        kind: r.try_get("kind")?,
        severity: r.try_get("severity")?,
        duration_ms: r.try_get("duration_ms")?,
        length: r.try_get("length")?,
    })
}

fn graded_from_row(r: &AnyRow) -> Result<Graded, StoreError> {
    Ok(Graded {
        attempt_id: r.try_get("attempt_id")?,
        problem: r.try_get("slug")?,
        state: r.try_get("state")?,
        verdict: r.try_get("verdict")?,
        result: crate::json_opt(r, "result")?,
        created_at: r.try_get("created_at")?,
    })
}

fn problem_from_row(r: &AnyRow) -> Result<AssessmentProblem, StoreError> {
    Ok(AssessmentProblem {
        slug: r.try_get("slug")?,
        points: r.try_get("points")?,
    })
}

impl Store {
    pub async fn assessment(&self, id: &str) -> Result<Assessment, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ASSESSMENT} FROM assessments WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        assessment_from_row(&row)
    }

    /// Its problems in order.
    pub async fn assessment_problems(
        &self,
        id: &str,
    ) -> Result<Vec<AssessmentProblem>, StoreError> {
        let rows = sqlx::query(
            "SELECT slug, points FROM assessment_problems WHERE assessment_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(problem_from_row).collect()
    }

    /// Assessments newest first (`owner`'s only, when given), and how many.
    pub async fn assessments(
        &self,
        owner: Option<i64>,
        archived: bool,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Assessment>, i64), StoreError> {
        let filter = "($1 = 0 OR owner_id = $1) AND (archived_at IS NULL) = ($2 = 0)";
        let rows = sqlx::query(&format!(
            "SELECT {ASSESSMENT} FROM assessments WHERE {filter} \
             ORDER BY created_at DESC, id LIMIT $3 OFFSET $4"
        ))
        .bind(owner.unwrap_or(0))
        .bind(i64::from(archived))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM assessments WHERE {filter}"))
                .bind(owner.unwrap_or(0))
                .bind(i64::from(archived))
                .fetch_one(&self.pool)
                .await?;
        Ok((
            rows.iter()
                .map(assessment_from_row)
                .collect::<Result<_, _>>()?,
            total,
        ))
    }

    pub async fn invitations(&self, assessment: &str) -> Result<Vec<Invitation>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {INVITATION} FROM invitations WHERE assessment_id = $1 ORDER BY created_at, email"
        ))
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(invitation_from_row).collect()
    }

    pub async fn invitation(&self, id: &str) -> Result<Invitation, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {INVITATION} FROM invitations WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        invitation_from_row(&row)
    }

    /// The invitation whose link's token hashes to `hash`.
    pub async fn invitation_by_token(&self, hash: &str) -> Result<Invitation, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {INVITATION} FROM invitations WHERE token_hash = $1"
        ))
        .bind(hash)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        invitation_from_row(&row)
    }

    pub async fn attempt(&self, id: &str) -> Result<Attempt, StoreError> {
        let row = sqlx::query(&format!("SELECT {ATTEMPT} FROM attempts WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        attempt_from_row(&row)
    }

    pub async fn attempt_of_invitation(
        &self,
        invitation: &str,
    ) -> Result<Option<Attempt>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ATTEMPT} FROM attempts WHERE invitation_id = $1"
        ))
        .bind(invitation)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(attempt_from_row).transpose()
    }

    /// The attempt whose work is filed under `user_id`, if it is one's.
    pub async fn attempt_of_user(&self, user_id: i64) -> Result<Option<Attempt>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ATTEMPT} FROM attempts WHERE user_id = $1"
        ))
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(attempt_from_row).transpose()
    }

    pub async fn attempts_of(&self, assessment: &str) -> Result<Vec<Attempt>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {ATTEMPT} FROM attempts WHERE assessment_id = $1 ORDER BY started_at, id"
        ))
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(attempt_from_row).collect()
    }

    /// Whether any candidate has started (the assessment is then fixed).
    pub async fn assessment_started(&self, assessment: &str) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE assessment_id = $1")
            .bind(assessment)
            .fetch_one(&self.pool)
            .await?;
        Ok(n > 0)
    }

    /// An attempt's signals, oldest first.
    pub async fn attempt_signals(&self, attempt: &str) -> Result<Vec<Signal>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SIGNAL} FROM attempt_signals WHERE attempt_id = $1 ORDER BY at, id"
        ))
        .bind(attempt)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(signal_from_row).collect()
    }

    /// Every signal of an assessment's attempts, oldest first.
    pub async fn assessment_signals(&self, assessment: &str) -> Result<Vec<Signal>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SIGNAL} FROM attempt_signals WHERE attempt_id IN \
             (SELECT id FROM attempts WHERE assessment_id = $1) ORDER BY at, id"
        ))
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(signal_from_row).collect()
    }

    /// Every submission of an assessment's attempts, without code, oldest first.
    pub async fn assessment_graded(&self, assessment: &str) -> Result<Vec<Graded>, StoreError> {
        let rows = sqlx::query(&format!(
            "{GRADED} WHERE s.attempt_id IN (SELECT id FROM attempts WHERE assessment_id = $1) \
             ORDER BY s.created_at, s.id"
        ))
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(graded_from_row).collect()
    }

    /// One attempt's submissions, without code, oldest first.
    pub async fn attempt_graded(&self, attempt: &str) -> Result<Vec<Graded>, StoreError> {
        let rows = sqlx::query(&format!(
            "{GRADED} WHERE s.attempt_id = $1 ORDER BY s.created_at, s.id"
        ))
        .bind(attempt)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(graded_from_row).collect()
    }
}

impl Write {
    /// Create an assessment with its problems.
    pub async fn insert_assessment(
        &mut self,
        id: &str,
        owner_id: i64,
        f: &AssessmentFields<'_>,
    ) -> Result<(), StoreError> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO assessments (id, owner_id, title, instructions, duration_secs, opens_at, \
             closes_at, languages, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
        )
        .bind(id)
        .bind(owner_id)
        .bind(f.title)
        .bind(f.instructions)
        .bind(f.duration_secs)
        .bind(f.opens_at)
        .bind(f.closes_at)
        .bind(languages_json(f.languages))
        .bind(now)
        .execute(&mut *self.conn())
        .await?;
        self.set_assessment_problems(id, f.problems).await
    }

    /// Replace an assessment's fields and problems.
    pub async fn update_assessment(
        &mut self,
        id: &str,
        f: &AssessmentFields<'_>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE assessments SET title = $2, instructions = $3, duration_secs = $4, \
             opens_at = $5, closes_at = $6, languages = $7, updated_at = $8 WHERE id = $1",
        )
        .bind(id)
        .bind(f.title)
        .bind(f.instructions)
        .bind(f.duration_secs)
        .bind(f.opens_at)
        .bind(f.closes_at)
        .bind(languages_json(f.languages))
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        sqlx::query("DELETE FROM assessment_problems WHERE assessment_id = $1")
            .bind(id)
            .execute(&mut *self.conn())
            .await?;
        self.set_assessment_problems(id, f.problems).await
    }

    async fn set_assessment_problems(
        &mut self,
        id: &str,
        problems: &[AssessmentProblem],
    ) -> Result<(), StoreError> {
        for (i, p) in problems.iter().enumerate() {
            sqlx::query(
                "INSERT INTO assessment_problems (assessment_id, position, slug, points) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(i as i64)
            .bind(&p.slug)
            .bind(p.points)
            .execute(&mut *self.conn())
            .await?;
        }
        Ok(())
    }

    /// Archive (`Some(now)`) or bring back (`None`).
    pub async fn set_assessment_archived(
        &mut self,
        id: &str,
        at: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE assessments SET archived_at = $2 WHERE id = $1")
            .bind(id)
            .bind(at)
            .execute(&mut *self.conn())
            .await?;
        Ok(())
    }

    /// Whether any candidate has started, read in the transaction.
    pub async fn assessment_started(&mut self, assessment: &str) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE assessment_id = $1")
            .bind(assessment)
            .fetch_one(&mut *self.conn())
            .await?;
        Ok(n > 0)
    }

    /// Mark the results email as sent; `false` if it already was.
    pub async fn mark_assessment_reported(&mut self, id: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE assessments SET reported_at = $2 WHERE id = $1 AND reported_at IS NULL",
        )
        .bind(id)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn assessment_for_update(&mut self, id: &str) -> Result<Assessment, StoreError> {
        let lock = self.row_lock();
        let row = sqlx::query(&format!(
            "SELECT {ASSESSMENT} FROM assessments WHERE id = $1{lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        assessment_from_row(&row)
    }

    /// Invite `email` (a conflict if it already is).
    pub async fn insert_invitation(
        &mut self,
        id: &str,
        assessment: &str,
        email: &str,
        token_hash: &str,
    ) -> Result<Invitation, StoreError> {
        let now = now_ms();
        let row = sqlx::query(&format!(
            "INSERT INTO invitations (id, assessment_id, email, token_hash, created_at, sent_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING {INVITATION}"
        ))
        .bind(id)
        .bind(assessment)
        .bind(email)
        .bind(token_hash)
        .bind(now)
        .fetch_one(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "this address is already invited"))?;
        invitation_from_row(&row)
    }

    /// An invitation of the assessment to this address, if there is one.
    pub async fn invitation_by_email(
        &mut self,
        assessment: &str,
        email: &str,
    ) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {INVITATION} FROM invitations WHERE assessment_id = $1 AND email = $2"
        ))
        .bind(assessment)
        .bind(email)
        .fetch_optional(&mut *self.conn())
        .await?;
        row.as_ref().map(invitation_from_row).transpose()
    }

    pub async fn invitation_token_hash(&mut self, id: &str) -> Result<String, StoreError> {
        let hash: String = sqlx::query_scalar("SELECT token_hash FROM invitations WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *self.conn())
            .await?;
        Ok(hash)
    }

    pub async fn invitation_count(&mut self, assessment: &str) -> Result<i64, StoreError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM invitations WHERE assessment_id = $1")
                .bind(assessment)
                .fetch_one(&mut *self.conn())
                .await?;
        Ok(n)
    }

    /// A fresh link for the invitation (the old one stops working); a
    /// revoked one is invited again.
    pub async fn renew_invitation(&mut self, id: &str, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE invitations SET token_hash = $2, sent_at = $3, revoked_at = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(token_hash)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    pub async fn revoke_invitation(&mut self, id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
            .bind(id)
            .bind(now_ms())
            .execute(&mut *self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_invitation_extra(
        &mut self,
        id: &str,
        minutes: i64,
        percent: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE invitations SET extra_minutes = $2, extra_percent = $3 WHERE id = $1")
            .bind(id)
            .bind(minutes)
            .bind(percent)
            .execute(&mut *self.conn())
            .await?;
        Ok(())
    }

    /// The invitation, locked until the write ends (PostgreSQL; a SQLite
    /// write holds the database's lock anyway).
    pub async fn invitation_for_update(&mut self, id: &str) -> Result<Invitation, StoreError> {
        let lock = self.row_lock();
        let row = sqlx::query(&format!(
            "SELECT {INVITATION} FROM invitations WHERE id = $1{lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        invitation_from_row(&row)
    }

    /// Start the attempt of an invitation (a conflict if it has one).
    pub async fn insert_attempt(&mut self, a: &Attempt) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO attempts (id, invitation_id, assessment_id, user_id, state, started_at, \
             deadline, session, sessions) VALUES ($1, $2, $3, $4, 'running', $5, $6, $7, 1)",
        )
        .bind(&a.id)
        .bind(&a.invitation_id)
        .bind(&a.assessment_id)
        .bind(a.user_id)
        .bind(a.started_at)
        .bind(a.deadline)
        .bind(&a.session)
        .execute(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "the attempt has already started"))?;
        Ok(())
    }

    /// The attempt, locked until the write ends (see `invitation_for_update`).
    pub async fn attempt_for_update(&mut self, id: &str) -> Result<Attempt, StoreError> {
        let lock = self.row_lock();
        let row = sqlx::query(&format!(
            "SELECT {ATTEMPT} FROM attempts WHERE id = $1{lock}"
        ))
        .bind(id)
        .fetch_optional(&mut *self.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        attempt_from_row(&row)
    }

    pub async fn attempt_of_invitation(
        &mut self,
        invitation: &str,
    ) -> Result<Option<Attempt>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ATTEMPT} FROM attempts WHERE invitation_id = $1"
        ))
        .bind(invitation)
        .fetch_optional(&mut *self.conn())
        .await?;
        row.as_ref().map(attempt_from_row).transpose()
    }

    /// Move a running attempt's deadline; `false` if it is not running.
    pub async fn set_attempt_deadline(
        &mut self,
        id: &str,
        deadline: i64,
    ) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE attempts SET deadline = $2 WHERE id = $1 AND state = 'running'")
                .bind(id)
                .bind(deadline)
                .execute(&mut *self.conn())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// End a running attempt; `false` if it already ended (so the end, and
    /// what goes with it, happens once). `due_by`: only if its deadline is
    /// not later (time added meanwhile keeps it running).
    pub async fn end_attempt(
        &mut self,
        id: &str,
        state: &str,
        at: i64,
        due_by: Option<i64>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE attempts SET state = $2, ended_at = $3 WHERE id = $1 AND state = 'running' \
             AND ($4 = 0 OR deadline <= $5)",
        )
        .bind(id)
        .bind(state)
        .bind(at)
        .bind(i64::from(due_by.is_some()))
        .bind(due_by.unwrap_or(0))
        .execute(&mut *self.conn())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// A new page took the attempt over.
    pub async fn set_attempt_session(&mut self, id: &str, session: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE attempts SET session = $2, sessions = sessions + 1 WHERE id = $1")
            .bind(id)
            .bind(session)
            .execute(&mut *self.conn())
            .await?;
        Ok(())
    }

    /// Record a graded signal; its id.
    pub async fn insert_signal(&mut self, s: &Signal) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO attempt_signals (attempt_id, at, kind, severity, duration_ms, length) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&s.attempt_id)
        .bind(s.at)
        .bind(&s.kind)
        .bind(&s.severity)
        .bind(s.duration_ms)
        .bind(s.length)
        .fetch_one(&mut *self.conn())
        .await?;
        Ok(id)
    }

    pub async fn signal_count(&mut self, attempt: &str) -> Result<i64, StoreError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM attempt_signals WHERE attempt_id = $1")
                .bind(attempt)
                .fetch_one(&mut *self.conn())
                .await?;
        Ok(n)
    }

    /// The attempt's latest signals since `since` (to grade a new one).
    pub async fn signals_since(
        &mut self,
        attempt: &str,
        since: i64,
    ) -> Result<Vec<Signal>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SIGNAL} FROM attempt_signals WHERE attempt_id = $1 AND at >= $2 ORDER BY at, id"
        ))
        .bind(attempt)
        .bind(since)
        .fetch_all(&mut *self.conn())
        .await?;
        rows.iter().map(signal_from_row).collect()
    }
}

impl Write {
    /// ` FOR UPDATE` where the database locks rows (PostgreSQL).
    fn row_lock(&self) -> &'static str {
        match self.backend() {
            Backend::Postgres => " FOR UPDATE",
            Backend::Sqlite => "",
        }
    }
}

fn languages_json(languages: Option<&[String]>) -> Option<String> {
    languages.map(|l| serde_json::to_string(l).unwrap_or_else(|_| "[]".into()))
}
