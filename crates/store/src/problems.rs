//! Problems and their versions. Every save writes a new immutable version; the
//! problem row points at the current one. Tests and package files live in
//! content-addressed blobs, so a version that keeps its tests costs a few rows.

use std::collections::BTreeMap;

use problem::{Attachment, Checker, Difficulty, ProblemSpec, Stub, TestCase};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, blobs, json, now_ms};

#[derive(Debug, Clone, PartialEq)]
pub struct ProblemSummary {
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    pub version: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProblemDetail {
    pub summary: ProblemSummary,
    pub statement: String,
    pub time_limit_ms: i64,
    pub memory_mb: i64,
    pub checker: Checker,
    pub samples: Vec<TestCase>,
    pub stubs: BTreeMap<String, Stub>,
    pub hidden_count: i64,
    pub author: Option<String>,
    pub license: Option<String>,
    pub created_at: i64,
}

/// What a save may do when the slug exists (or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// Only a new slug (or a deleted one, which comes back as a new version).
    Create,
    /// Only an existing, live problem.
    Update,
    /// Either: used by package import.
    Upsert,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub slug: String,
    pub version: i64,
    pub created: bool,
}

const SUMMARY: &str = "p.slug, v.title, v.difficulty, v.tags, v.version, p.updated_at";
pub(crate) const CURRENT: &str = "FROM problems p JOIN problem_versions v \
                       ON v.problem_id = p.id AND v.version = p.current_version";

fn summary_from_row(row: &AnyRow) -> Result<ProblemSummary, StoreError> {
    let difficulty: String = row.try_get("difficulty")?;
    Ok(ProblemSummary {
        slug: row.try_get("slug")?,
        title: row.try_get("title")?,
        difficulty: Difficulty::parse(&difficulty)
            .ok_or_else(|| StoreError::Corrupt(format!("difficulty {difficulty:?}")))?,
        tags: json(row, "tags")?,
        version: row.try_get("version")?,
        updated_at: row.try_get("updated_at")?,
    })
}

const DETAIL: &str = "p.slug, v.title, v.difficulty, v.tags, v.version, p.updated_at, \
                      v.statement, v.time_limit_ms, v.memory_mb, v.checker, v.samples, v.stubs, \
                      v.hidden_count, v.author, v.license, p.created_at";

fn detail_from_row(row: &AnyRow) -> Result<ProblemDetail, StoreError> {
    Ok(ProblemDetail {
        summary: summary_from_row(row)?,
        statement: row.try_get("statement")?,
        time_limit_ms: row.try_get("time_limit_ms")?,
        memory_mb: row.try_get("memory_mb")?,
        checker: json(row, "checker")?,
        samples: json(row, "samples")?,
        stubs: json(row, "stubs")?,
        hidden_count: row.try_get("hidden_count")?,
        author: row.try_get("author")?,
        license: row.try_get("license")?,
        created_at: row.try_get("created_at")?,
    })
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

impl Store {
    /// Every live problem, oldest first. Filtering and paging happen in the
    /// server's cache, which serves the hot list endpoint from memory.
    pub async fn list_problems(&self) -> Result<Vec<ProblemSummary>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SUMMARY} {CURRENT} WHERE p.deleted_at IS NULL ORDER BY p.id"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(summary_from_row).collect()
    }

    /// The current version of a live problem, without hidden tests.
    pub async fn problem(&self, slug: &str) -> Result<ProblemDetail, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DETAIL} {CURRENT} WHERE p.slug = $1 AND p.deleted_at IS NULL"
        ))
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        detail_from_row(&row)
    }

    /// The current version's id (`problem_versions.id`) and the problem's id.
    pub async fn current_version_id(&self, slug: &str) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query(&format!(
            "SELECT v.id, p.id AS problem_id {CURRENT} WHERE p.slug = $1 AND p.deleted_at IS NULL"
        ))
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok((row.try_get("id")?, row.try_get("problem_id")?))
    }

    /// The hidden tests of the current version. Callers must check the role.
    pub async fn hidden_tests(&self, slug: &str) -> Result<Vec<TestCase>, StoreError> {
        let (version_id, _) = self.current_version_id(slug).await?;
        self.hidden_tests_at(version_id).await
    }

    async fn hidden_tests_at(&self, version_id: i64) -> Result<Vec<TestCase>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.name, i.data AS input, a.data AS answer FROM problem_tests t \
             JOIN blobs i ON i.hash = t.input_hash JOIN blobs a ON a.hash = t.answer_hash \
             WHERE t.version_id = $1 ORDER BY t.ord",
        )
        .bind(version_id)
        .fetch_all(&self.pool)
        .await?;
        let text = |row: &AnyRow, col: &str| -> Result<String, StoreError> {
            String::from_utf8(row.try_get::<Vec<u8>, _>(col)?)
                .map_err(|_| StoreError::Corrupt(format!("test {col} is not UTF-8")))
        };
        rows.iter()
            .map(|r| {
                Ok(TestCase {
                    name: r.try_get("name")?,
                    input: text(r, "input")?,
                    answer: text(r, "answer")?,
                })
            })
            .collect()
    }

    /// The whole current version, as a package would hold it.
    pub async fn problem_spec(&self, slug: &str) -> Result<ProblemSpec, StoreError> {
        let (version_id, _) = self.current_version_id(slug).await?;
        self.problem_spec_at(version_id).await
    }

    /// One exact version (`problem_versions.id`), deleted problems included:
    /// what a submission is judged against.
    pub async fn problem_spec_at(&self, version_id: i64) -> Result<ProblemSpec, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DETAIL} FROM problems p JOIN problem_versions v ON v.problem_id = p.id \
             WHERE v.id = $1"
        ))
        .bind(version_id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let detail = detail_from_row(&row)?;
        let hidden = self.hidden_tests_at(version_id).await?;
        let rows = sqlx::query(
            "SELECT f.path, b.data FROM problem_files f JOIN blobs b ON b.hash = f.blob_hash \
             WHERE f.version_id = $1 ORDER BY f.path",
        )
        .bind(version_id)
        .fetch_all(&self.pool)
        .await?;
        let attachments = rows
            .iter()
            .map(|r| {
                Ok(Attachment {
                    path: r.try_get("path")?,
                    data: r.try_get("data")?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(ProblemSpec {
            slug: detail.summary.slug,
            title: detail.summary.title,
            statement: detail.statement,
            difficulty: detail.summary.difficulty,
            tags: detail.summary.tags,
            time_limit_ms: detail.time_limit_ms as u32,
            memory_mb: detail.memory_mb as u32,
            checker: detail.checker,
            samples: detail.samples,
            hidden,
            stubs: detail.stubs,
            attachments,
            author: detail.author,
            license: detail.license,
        })
    }

    /// Save one problem as a new version, atomically.
    pub async fn save_problem(
        &self,
        spec: &ProblemSpec,
        by: Option<i64>,
        mode: SaveMode,
    ) -> Result<Saved, StoreError> {
        let mut tx = self.begin_write().await?;
        let saved = save_in(&mut tx, spec, by, mode).await?;
        tx.commit().await?;
        Ok(saved)
    }

    /// Save many problems in one transaction: all of them or none.
    pub async fn import_problems(
        &self,
        specs: &[ProblemSpec],
        by: Option<i64>,
    ) -> Result<Vec<Saved>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut out = Vec::with_capacity(specs.len());
        for spec in specs {
            out.push(save_in(&mut tx, spec, by, SaveMode::Upsert).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Import `specs` unless the setting `flag` exists, and set it, in one
    /// transaction: of several nodes starting at once on an empty database,
    /// one imports and the others (their flag insert waits for its commit,
    /// then finds the row) return `None`.
    pub async fn import_problems_once(
        &self,
        flag: &str,
        specs: &[ProblemSpec],
    ) -> Result<Option<Vec<Saved>>, StoreError> {
        let mut tx = self.begin_write().await?;
        let claimed = sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(flag)
        .bind(now_ms().to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(specs.len());
        for spec in specs {
            out.push(save_in(&mut tx, spec, None, SaveMode::Upsert).await?);
        }
        tx.commit().await?;
        Ok(Some(out))
    }

    /// Soft delete: versions stay for the submissions judged against them.
    pub async fn delete_problem(&self, slug: &str) -> Result<(), StoreError> {
        let n = sqlx::query(
            "UPDATE problems SET deleted_at = $1 WHERE slug = $2 AND deleted_at IS NULL",
        )
        .bind(now_ms())
        .bind(slug)
        .execute(&self.pool)
        .await?
        .rows_affected();
        if n == 0 {
            Err(StoreError::NotFound)
        } else {
            Ok(())
        }
    }
}

async fn save_in(
    conn: &mut AnyConnection,
    spec: &ProblemSpec,
    by: Option<i64>,
    mode: SaveMode,
) -> Result<Saved, StoreError> {
    let now = now_ms();
    let existing =
        sqlx::query("SELECT id, current_version, deleted_at FROM problems WHERE slug = $1")
            .bind(&spec.slug)
            .fetch_optional(&mut *conn)
            .await?;
    let (problem_id, version, created) = match existing {
        Some(row) => {
            let live = row.try_get::<Option<i64>, _>("deleted_at")?.is_none();
            if live && mode == SaveMode::Create {
                return Err(StoreError::Conflict(format!(
                    "a problem with slug {:?} already exists",
                    spec.slug
                )));
            }
            if !live && mode == SaveMode::Update {
                return Err(StoreError::NotFound);
            }
            let id: i64 = row.try_get("id")?;
            let version = row.try_get::<i64, _>("current_version")? + 1;
            sqlx::query(
                "UPDATE problems SET current_version = $1, updated_at = $2, deleted_at = NULL WHERE id = $3",
            )
            .bind(version)
            .bind(now)
            .bind(id)
            .execute(&mut *conn)
            .await?;
            (id, version, !live)
        }
        None if mode == SaveMode::Update => return Err(StoreError::NotFound),
        None => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO problems (slug, current_version, created_at, updated_at) \
                 VALUES ($1, 1, $2, $2) RETURNING id",
            )
            .bind(&spec.slug)
            .bind(now)
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| {
                StoreError::conflict_on_unique(
                    e,
                    &format!("a problem with slug {:?} already exists", spec.slug),
                )
            })?;
            (id, 1, true)
        }
    };
    let version_id: i64 = sqlx::query_scalar(
        "INSERT INTO problem_versions (problem_id, version, title, statement, difficulty, tags, \
         time_limit_ms, memory_mb, checker, samples, stubs, hidden_count, author, license, \
         created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
    )
    .bind(problem_id)
    .bind(version)
    .bind(spec.title.trim())
    .bind(&spec.statement)
    .bind(spec.difficulty.as_str())
    .bind(to_json(&spec.tags))
    .bind(i64::from(spec.time_limit_ms))
    .bind(i64::from(spec.memory_mb))
    .bind(to_json(&spec.checker))
    .bind(to_json(&spec.samples))
    .bind(to_json(&spec.stubs))
    .bind(spec.hidden.len() as i64)
    .bind(spec.author.clone())
    .bind(spec.license.clone())
    .bind(by)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|e| StoreError::conflict_on_unique(e, "the problem was changed at the same time; retry"))?;
    for (ord, test) in spec.hidden.iter().enumerate() {
        let input = blobs::put(conn, test.input.as_bytes()).await?;
        let answer = blobs::put(conn, test.answer.as_bytes()).await?;
        sqlx::query(
            "INSERT INTO problem_tests (version_id, ord, name, input_hash, answer_hash) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(version_id)
        .bind(ord as i64)
        .bind(&test.name)
        .bind(input)
        .bind(answer)
        .execute(&mut *conn)
        .await?;
    }
    for file in &spec.attachments {
        let hash = blobs::put(conn, &file.data).await?;
        sqlx::query("INSERT INTO problem_files (version_id, path, blob_hash) VALUES ($1, $2, $3)")
            .bind(version_id)
            .bind(&file.path)
            .bind(hash)
            .execute(&mut *conn)
            .await?;
    }
    Ok(Saved {
        slug: spec.slug.clone(),
        version,
        created,
    })
}
