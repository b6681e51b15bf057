//! The builder: make, edit (while nobody has started), list, read and
//! archive assessments. Only interviewers and admins build; an interviewer
//! sees their own, an admin all.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use store::User;
use store::assessments::{Assessment, AssessmentFields, AssessmentProblem};

use crate::rows::status_of;
use crate::{
    AssessmentError, AssessmentResult, Assessments, MAX_DURATION_MINUTES, MAX_PROBLEMS, random_id,
};

/// What an assessment is made of, as asked for (times in ms).
#[derive(Debug, Clone)]
pub struct Spec {
    pub title: String,
    pub instructions: String,
    pub problems: Vec<NewProblem>,
    pub duration_minutes: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub languages: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct NewProblem {
    pub slug: String,
    pub points: f64,
}

/// Invitations by status.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    pub invited: u32,
    pub started: u32,
    pub submitted: u32,
    pub expired: u32,
    pub revoked: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentSummary {
    pub id: String,
    pub title: String,
    pub duration_minutes: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub archived: bool,
    pub problems: usize,
    pub counts: Counts,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemLine {
    pub slug: String,
    pub title: String,
    pub points: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Owner {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentDetail {
    pub id: String,
    pub title: String,
    pub instructions: String,
    pub duration_minutes: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    pub languages: Option<Vec<String>>,
    pub problems: Vec<ProblemLine>,
    pub archived: bool,
    /// Nobody has started: the assessment may still change.
    pub editable: bool,
    pub owner: Owner,
    pub counts: Counts,
    pub created_at: i64,
    pub updated_at: i64,
    pub server_now: i64,
}

const MAX_TITLE: usize = 200;
const MAX_INSTRUCTIONS: usize = 20_000;
const MAX_POINTS: f64 = 10_000.0;

impl Assessments {
    fn staff(me: &User) -> AssessmentResult<()> {
        if me.role.is_staff() {
            Ok(())
        } else {
            Err(AssessmentError::Forbidden(
                "only interviewers and admins build assessments".into(),
            ))
        }
    }

    /// Check a spec; every message names its field.
    async fn validate(&self, spec: &Spec) -> AssessmentResult<Vec<AssessmentProblem>> {
        let title = spec.title.trim();
        if title.is_empty() {
            return Err(AssessmentError::invalid("title", "must not be empty"));
        }
        if title.chars().count() > MAX_TITLE {
            return Err(AssessmentError::invalid(
                "title",
                format!("is longer than {MAX_TITLE} characters"),
            ));
        }
        if spec.instructions.chars().count() > MAX_INSTRUCTIONS {
            return Err(AssessmentError::invalid(
                "instructions",
                format!("is longer than {MAX_INSTRUCTIONS} characters"),
            ));
        }
        if spec.problems.is_empty() {
            return Err(AssessmentError::invalid(
                "problems",
                "add at least one problem",
            ));
        }
        if spec.problems.len() > MAX_PROBLEMS {
            return Err(AssessmentError::invalid(
                "problems",
                format!("at most {MAX_PROBLEMS} problems"),
            ));
        }
        let known: HashSet<String> = self
            .store
            .list_problems()
            .await?
            .into_iter()
            .map(|p| p.slug)
            .collect();
        let mut seen = HashSet::new();
        for (i, p) in spec.problems.iter().enumerate() {
            if !known.contains(&p.slug) {
                return Err(AssessmentError::invalid(
                    format!("problems[{i}].slug"),
                    format!("there is no problem {:?}", p.slug),
                ));
            }
            if !seen.insert(&p.slug) {
                return Err(AssessmentError::invalid(
                    format!("problems[{i}].slug"),
                    format!("{:?} is in the assessment twice", p.slug),
                ));
            }
            if !(p.points.is_finite() && p.points > 0.0) {
                return Err(AssessmentError::invalid(
                    format!("problems[{i}].points"),
                    "must be greater than 0",
                ));
            }
            if p.points > MAX_POINTS {
                return Err(AssessmentError::invalid(
                    format!("problems[{i}].points"),
                    format!("must be at most {MAX_POINTS}"),
                ));
            }
        }
        if spec.duration_minutes < 1 {
            return Err(AssessmentError::invalid(
                "duration_minutes",
                "must be at least 1 minute",
            ));
        }
        if spec.duration_minutes > MAX_DURATION_MINUTES {
            return Err(AssessmentError::invalid(
                "duration_minutes",
                format!("must be at most {MAX_DURATION_MINUTES} minutes"),
            ));
        }
        let now = store::now_ms();
        for (field, at) in [("opens_at", spec.opens_at), ("closes_at", spec.closes_at)] {
            if at.abs_diff(now) > crate::MAX_WINDOW_MS as u64 {
                return Err(AssessmentError::invalid(
                    field,
                    "must be within five years of now",
                ));
            }
        }
        if spec.closes_at <= spec.opens_at {
            return Err(AssessmentError::invalid(
                "closes_at",
                "the window must close after it opens",
            ));
        }
        if let Some(langs) = &spec.languages {
            if langs.is_empty() {
                return Err(AssessmentError::invalid(
                    "languages",
                    "leave it out to allow every language, or name at least one",
                ));
            }
            for l in langs {
                if !self.config.languages.contains(l) {
                    return Err(AssessmentError::invalid(
                        "languages",
                        format!(
                            "unknown language {l:?}; one of: {}",
                            self.config.languages.join(", ")
                        ),
                    ));
                }
            }
        }
        Ok(spec
            .problems
            .iter()
            .map(|p| AssessmentProblem {
                slug: p.slug.clone(),
                points: p.points,
            })
            .collect())
    }

    /// Make an assessment (its owner is `me`).
    pub async fn create(&self, me: &User, spec: &Spec) -> AssessmentResult<AssessmentDetail> {
        Self::staff(me)?;
        let problems = self.validate(spec).await?;
        let id = random_id();
        let mut w = self.store.write().await?;
        w.insert_assessment(&id, me.id, &fields(spec, &problems))
            .await?;
        self.schedule_close(&mut w, &id, spec.closes_at).await?;
        w.commit().await?;
        self.detail(me, &id).await
    }

    /// Change an assessment nobody has started.
    pub async fn update(
        &self,
        me: &User,
        id: &str,
        spec: &Spec,
    ) -> AssessmentResult<AssessmentDetail> {
        Self::staff(me)?;
        self.owned(me, id).await?;
        let problems = self.validate(spec).await?;
        let mut w = self.store.write().await?;
        w.assessment_for_update(id).await?;
        if w.assessment_started(id).await? {
            return Err(AssessmentError::Conflict(
                "a candidate has started: the assessment can no longer change (extra time per \
                 candidate still can)"
                    .into(),
            ));
        }
        w.update_assessment(id, &fields(spec, &problems)).await?;
        self.schedule_close(&mut w, id, spec.closes_at).await?;
        w.commit().await?;
        self.detail(me, id).await
    }

    pub async fn set_archived(
        &self,
        me: &User,
        id: &str,
        archived: bool,
    ) -> AssessmentResult<AssessmentDetail> {
        Self::staff(me)?;
        self.owned(me, id).await?;
        let mut w = self.store.write().await?;
        w.set_assessment_archived(id, archived.then(store::now_ms))
            .await?;
        w.commit().await?;
        self.detail(me, id).await
    }

    /// Assessments `me` may see, newest first.
    pub async fn list(
        &self,
        me: &User,
        archived: bool,
        limit: i64,
        offset: i64,
    ) -> AssessmentResult<(Vec<AssessmentSummary>, i64)> {
        Self::staff(me)?;
        let owner = (me.role != store::Role::Admin).then_some(me.id);
        let (rows, total) = self
            .store
            .assessments(owner, archived, limit, offset)
            .await?;
        let mut items = Vec::with_capacity(rows.len());
        for a in rows {
            let problems = self.store.assessment_problems(&a.id).await?.len();
            items.push(AssessmentSummary {
                counts: self.counts(&a).await?,
                id: a.id,
                title: a.title,
                duration_minutes: a.duration_secs / 60,
                opens_at: a.opens_at,
                closes_at: a.closes_at,
                archived: a.archived_at.is_some(),
                problems,
                created_at: a.created_at,
            });
        }
        Ok((items, total))
    }

    pub async fn detail(&self, me: &User, id: &str) -> AssessmentResult<AssessmentDetail> {
        Self::staff(me)?;
        let a = self.owned(me, id).await?;
        self.detail_of(&a).await
    }

    pub(crate) async fn detail_of(&self, a: &Assessment) -> AssessmentResult<AssessmentDetail> {
        let owner = self.store.user(a.owner_id).await?;
        Ok(AssessmentDetail {
            id: a.id.clone(),
            title: a.title.clone(),
            instructions: a.instructions.clone(),
            duration_minutes: a.duration_secs / 60,
            opens_at: a.opens_at,
            closes_at: a.closes_at,
            languages: a.languages.clone(),
            problems: self.problem_lines(&a.id).await?,
            archived: a.archived_at.is_some(),
            editable: !self.store.assessment_started(&a.id).await?,
            owner: Owner {
                id: owner.id,
                name: owner.name,
            },
            counts: self.counts(a).await?,
            created_at: a.created_at,
            updated_at: a.updated_at,
            server_now: store::now_ms(),
        })
    }

    /// The problems with their titles, in order.
    pub(crate) async fn problem_lines(&self, id: &str) -> AssessmentResult<Vec<ProblemLine>> {
        let titles: HashMap<String, String> = self
            .store
            .list_problems()
            .await?
            .into_iter()
            .map(|p| (p.slug, p.title))
            .collect();
        Ok(self
            .store
            .assessment_problems(id)
            .await?
            .into_iter()
            .map(|p| ProblemLine {
                title: titles
                    .get(&p.slug)
                    .cloned()
                    .unwrap_or_else(|| p.slug.clone()),
                slug: p.slug,
                points: p.points,
            })
            .collect())
    }

    async fn counts(&self, a: &Assessment) -> AssessmentResult<Counts> {
        let attempts = self.store.attempts_of(&a.id).await?;
        let now = store::now_ms();
        let mut c = Counts::default();
        for inv in self.store.invitations(&a.id).await? {
            let attempt = attempts.iter().find(|t| t.invitation_id == inv.id);
            match status_of(a, &inv, attempt, now) {
                bus::InvitationStatus::Invited => c.invited += 1,
                bus::InvitationStatus::Started => c.started += 1,
                bus::InvitationStatus::Submitted => c.submitted += 1,
                bus::InvitationStatus::Expired => c.expired += 1,
                bus::InvitationStatus::Revoked => c.revoked += 1,
            }
        }
        Ok(c)
    }
}

fn fields<'a>(spec: &'a Spec, problems: &'a [AssessmentProblem]) -> AssessmentFields<'a> {
    AssessmentFields {
        title: spec.title.trim(),
        instructions: &spec.instructions,
        duration_secs: spec.duration_minutes * 60,
        opens_at: spec.opens_at,
        closes_at: spec.closes_at,
        languages: spec.languages.as_deref(),
        problems,
    }
}
