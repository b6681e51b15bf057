//! Reports: the table of every candidate with a score distribution, the
//! same as CSV with stable columns, one candidate in full (per-problem
//! verdicts and final code, every submission, the signals' timeline) and the
//! keystroke replay of one of their documents. For the owner and admins.

use serde::Serialize;
use store::User;

use crate::build::AssessmentDetail;
use crate::grade::{best, score};
use crate::signals::typed;
use crate::{
    AssessmentError, AssessmentResult, Assessments, CODE_FIELD, LANGUAGE_FIELD, document_name,
};

/// How many candidates' totals fall in `[from, to)` (the last bucket
/// includes the maximum).
#[derive(Debug, Clone, Serialize)]
pub struct Bucket {
    pub from: f64,
    pub to: f64,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub assessment: AssessmentDetail,
    pub candidates: Vec<bus::CandidateRow>,
    pub distribution: Vec<Bucket>,
    pub server_now: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubmissionLine {
    pub id: i64,
    pub language: String,
    pub state: String,
    pub verdict: Option<String>,
    pub passed: u32,
    pub total: u32,
    /// Points this submission would score.
    pub score: f64,
    pub created_at: i64,
    pub code: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemReport {
    pub slug: String,
    pub title: String,
    pub points: f64,
    pub score: f64,
    pub verdict: Option<String>,
    /// The code as last saved.
    pub language: String,
    pub code: String,
    pub submissions: Vec<SubmissionLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CandidateReport {
    pub candidate: bus::CandidateRow,
    pub signals: Vec<bus::IntegritySignal>,
    pub problems: Vec<ProblemReport>,
    /// Plagiarism results, when a scan has run (not yet available).
    pub similarity: Option<serde_json::Value>,
}

/// One document's history for a keystroke replay: (ms, Yjs v1 update).
#[derive(Debug, Clone)]
pub struct ReplayView {
    pub updates: Vec<(i64, Vec<u8>)>,
}

/// Buckets of a tenth of the maximum.
const BUCKETS: usize = 10;

pub(crate) fn distribution(totals: &[f64], max: f64) -> Vec<Bucket> {
    let width = if max > 0.0 { max / BUCKETS as f64 } else { 1.0 };
    let mut buckets: Vec<Bucket> = (0..BUCKETS)
        .map(|i| Bucket {
            from: (width * i as f64 * 100.0).round() / 100.0,
            to: (width * (i + 1) as f64 * 100.0).round() / 100.0,
            count: 0,
        })
        .collect();
    for t in totals {
        let i = ((t / width).floor() as usize).min(BUCKETS - 1);
        buckets[i].count += 1;
    }
    buckets
}

fn passed_of(result: Option<&serde_json::Value>) -> (u32, u32) {
    let Some(r) = result else { return (0, 0) };
    let tests = r["tests"].as_array();
    let passed = tests.map_or(0, |t| t.iter().filter(|t| t["verdict"] == "AC").count()) as u32;
    let total = r["total_tests"]
        .as_u64()
        .map(|n| n as u32)
        .unwrap_or_else(|| tests.map_or(0, |t| t.len() as u32));
    (passed, total)
}

/// The CSV's columns: fixed, then one per problem, then signal counts.
pub fn csv_header(slugs: &[String]) -> Vec<String> {
    let mut h: Vec<String> = [
        "email",
        "status",
        "started_at",
        "submitted_at",
        "time_used_secs",
        "total",
    ]
    .map(String::from)
    .to_vec();
    h.extend(slugs.iter().cloned());
    h.extend(["signals_low", "signals_medium", "signals_high"].map(String::from));
    h
}

/// A cell a spreadsheet will not read as a formula: text starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// ms → `2026-12-03T18:00:00Z`.
fn iso(ms: Option<i64>) -> String {
    ms.map(|ms| {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms.max(0) as u64);
        humantime::format_rfc3339_seconds(t).to_string()
    })
    .unwrap_or_default()
}

impl Assessments {
    pub async fn report(&self, me: &User, id: &str) -> AssessmentResult<Report> {
        let a = self.owned(me, id).await?;
        let candidates = self.rows(&a).await?;
        let max: f64 = self
            .store
            .assessment_problems(id)
            .await?
            .iter()
            .map(|p| p.points)
            .sum();
        let totals: Vec<f64> = candidates
            .iter()
            .filter(|c| c.attempt.is_some())
            .map(|c| c.total)
            .collect();
        Ok(Report {
            assessment: self.detail_of(&a).await?,
            distribution: distribution(&totals, max),
            candidates,
            server_now: store::now_ms(),
        })
    }

    /// The report as CSV: one row per candidate, stable columns.
    pub async fn report_csv(&self, me: &User, id: &str) -> AssessmentResult<String> {
        let a = self.owned(me, id).await?;
        let rows = self.rows(&a).await?;
        let slugs: Vec<String> = self
            .store
            .assessment_problems(id)
            .await?
            .into_iter()
            .map(|p| p.slug)
            .collect();
        let mut out = csv::Writer::from_writer(Vec::new());
        let csv_err = |e: csv::Error| AssessmentError::Document(format!("csv: {e}"));
        out.write_record(csv_header(&slugs)).map_err(csv_err)?;
        for r in &rows {
            let used = match (r.started_at, r.submitted_at) {
                (Some(s), Some(e)) => ((e - s).max(0) / 1000).to_string(),
                (Some(s), None) => ((store::now_ms() - s).max(0) / 1000).to_string(),
                _ => String::new(),
            };
            let mut rec = vec![
                spreadsheet_safe(&r.email),
                r.status.as_str().to_string(),
                iso(r.started_at),
                iso(r.submitted_at),
                used,
                r.total.to_string(),
            ];
            rec.extend(r.problems.iter().map(|p| p.score.to_string()));
            rec.extend([r.signals.low, r.signals.medium, r.signals.high].map(|n| n.to_string()));
            out.write_record(&rec).map_err(csv_err)?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| AssessmentError::Document(format!("csv: {e}")))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// One candidate in full.
    pub async fn candidate_report(
        &self,
        me: &User,
        id: &str,
        invitation: &str,
    ) -> AssessmentResult<CandidateReport> {
        let a = self.owned(me, id).await?;
        let inv = self.invitation_of(id, invitation).await?;
        let candidate = self.row_of(&a, &inv).await?;
        let Some(attempt) = candidate.attempt.clone() else {
            return Ok(CandidateReport {
                candidate,
                signals: Vec::new(),
                problems: Vec::new(),
                similarity: None,
            });
        };
        let signals = self
            .store
            .attempt_signals(&attempt)
            .await?
            .iter()
            .map(typed)
            .collect();
        let subs = self.store.attempt_submissions(&attempt).await?;
        let graded = self.store.attempt_graded(&attempt).await?;
        let mut problems = Vec::new();
        for p in self.problem_lines(id).await? {
            let doc = document_name(&attempt, &p.slug);
            let best = best(graded.iter().filter(|g| g.problem == p.slug));
            let submissions = subs
                .iter()
                .filter(|s| s.problem == p.slug)
                .map(|s| {
                    let (passed, total) = passed_of(s.result.as_ref());
                    let share = s
                        .result
                        .as_ref()
                        .and_then(|r| r["score"].as_f64())
                        .unwrap_or(0.0);
                    SubmissionLine {
                        id: s.id,
                        language: s.language.clone(),
                        state: s.state.clone(),
                        verdict: s.verdict.clone(),
                        passed,
                        total,
                        score: score(p.points, share),
                        created_at: s.created_at,
                        code: s.code.clone(),
                    }
                })
                .collect();
            // Once ended: the code as it was at the end (what was graded).
            let (language, code) = match candidate.submitted_at {
                Some(at) => (
                    self.collab.text_at(&doc, LANGUAGE_FIELD, at).await?,
                    self.collab.text_at(&doc, CODE_FIELD, at).await?,
                ),
                None => (
                    self.collab.text(&doc, LANGUAGE_FIELD).await?,
                    self.collab.text(&doc, CODE_FIELD).await?,
                ),
            };
            problems.push(ProblemReport {
                score: best
                    .as_ref()
                    .map_or(0.0, |(share, _)| score(p.points, *share)),
                verdict: best.map(|(_, v)| v),
                language,
                code,
                slug: p.slug,
                title: p.title,
                points: p.points,
                submissions,
            });
        }
        Ok(CandidateReport {
            candidate,
            signals,
            problems,
            similarity: None,
        })
    }

    /// Every update of one candidate's document, for a keystroke replay.
    pub async fn replay(
        &self,
        me: &User,
        id: &str,
        invitation: &str,
        slug: &str,
    ) -> AssessmentResult<ReplayView> {
        self.owned(me, id).await?;
        self.invitation_of(id, invitation).await?;
        let Some(t) = self.store.attempt_of_invitation(invitation).await? else {
            return Err(AssessmentError::NotFound(
                "the candidate has not started".into(),
            ));
        };
        let problems = self.store.assessment_problems(id).await?;
        if !problems.iter().any(|p| p.slug == slug) {
            return Err(AssessmentError::NotFound(format!(
                "{slug:?} is not a problem of this assessment"
            )));
        }
        self.collab.flush().await;
        let updates = self
            .store
            .doc_updates_after(&document_name(&t.id, slug), 0)
            .await?
            .into_iter()
            .map(|u| (u.at, u.data))
            .collect();
        Ok(ReplayView { updates })
    }

    /// May `viewer` read work of `owner`'s, as far as assessments care? Yes
    /// unless `owner` is an attempt's account that `viewer` may not see.
    pub async fn may_see_work(&self, viewer: &User, owner: i64) -> AssessmentResult<bool> {
        if viewer.id == owner {
            return Ok(true);
        }
        match self.store.attempt_of_user(owner).await? {
            Some(t) => Ok(self.owned(viewer, &t.assessment_id).await.is_ok()),
            None => Ok(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_fall_in_tenths_of_the_maximum() {
        let d = distribution(&[0.0, 5.0, 49.9, 50.0, 100.0], 100.0);
        assert_eq!(d.len(), 10);
        assert_eq!(d[0].count, 2);
        assert_eq!(d[4].count, 1);
        assert_eq!(d[5].count, 1);
        assert_eq!(d[9].count, 1, "the maximum is in the last bucket");
        assert_eq!((d[9].from, d[9].to), (90.0, 100.0));
    }

    #[test]
    fn cells_that_look_like_formulas_are_quoted() {
        assert_eq!(
            spreadsheet_safe("=HYPERLINK(1)@a.co"),
            "'=HYPERLINK(1)@a.co"
        );
        assert_eq!(spreadsheet_safe("+1@a.co"), "'+1@a.co");
        assert_eq!(spreadsheet_safe("ada@example.com"), "ada@example.com");
    }

    #[test]
    fn the_csv_header_is_stable() {
        assert_eq!(
            csv_header(&["a".into(), "b".into()]).join(","),
            "email,status,started_at,submitted_at,time_used_secs,total,a,b,\
             signals_low,signals_medium,signals_high"
        );
    }
}
