//! Duels, their two players, Glicko-2 ratings, the matchmaking queue and the
//! lease that lets one node at a time pair it. The rules (who wins, how
//! ratings move, who is paired) live in the `duels` crate; this module only
//! reads and writes rows, the changes inside a domain action's [`Write`].

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::jobs::{NewJob, enqueue_at};
use crate::{Backend, Store, StoreError, Write, now_ms};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duel {
    pub id: String,
    pub created_by: i64,
    /// `challenge` or `queue`.
    pub origin: String,
    pub difficulty: Option<String>,
    pub problem: Option<String>,
    pub total_tests: i64,
    pub language: String,
    pub duration_secs: i64,
    /// `waiting`, `countdown`, `running`, `finished` or `abandoned`.
    pub state: String,
    pub created_at: i64,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub winner_id: Option<i64>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Player {
    pub user_id: i64,
    pub name: String,
    pub seat: i64,
    pub rating_before: Option<f64>,
    pub rd_before: Option<f64>,
    pub rating_after: Option<f64>,
    pub rd_after: Option<f64>,
    pub connections: i64,
    pub left_at: Option<i64>,
    pub joined_at: i64,
}

/// A player's Glicko-2 rating and record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rating {
    pub user_id: i64,
    pub rating: f64,
    pub rd: f64,
    pub volatility: f64,
    pub games: i64,
    pub wins: i64,
    pub losses: i64,
    pub draws: i64,
}

/// A leaderboard row: the rating and the player's name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub rating: Rating,
    pub name: String,
}

/// Someone waiting in the matchmaking queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Queued {
    pub user_id: i64,
    pub rating: f64,
    pub difficulty: Option<String>,
    pub joined_at: i64,
}

/// A duel submission as the duel's rules need it: who, when, and how it
/// did (never its code).
#[derive(Debug, Clone, PartialEq)]
pub struct DuelAttempt {
    pub user_id: i64,
    pub created_at: i64,
    pub state: String,
    pub verdict: Option<String>,
    /// The judge's report, once finished.
    pub result: Option<serde_json::Value>,
}

impl From<&crate::submissions::Submission> for DuelAttempt {
    fn from(s: &crate::submissions::Submission) -> Self {
        DuelAttempt {
            user_id: s.user_id,
            created_at: s.created_at,
            state: s.state.clone(),
            verdict: s.verdict.clone(),
            result: s.result.clone(),
        }
    }
}

const ATTEMPTS: &str = "SELECT user_id, created_at, state, verdict, result FROM submissions \
                        WHERE duel_id = $1 ORDER BY created_at, id";

fn attempt_from_row(r: &AnyRow) -> Result<DuelAttempt, StoreError> {
    Ok(DuelAttempt {
        user_id: r.try_get("user_id")?,
        created_at: r.try_get("created_at")?,
        state: r.try_get("state")?,
        verdict: r.try_get("verdict")?,
        result: crate::json_opt(r, "result")?,
    })
}

/// A duel about to be made.
pub struct NewDuel<'a> {
    pub id: &'a str,
    pub created_by: i64,
    pub origin: &'a str,
    pub difficulty: Option<&'a str>,
    pub problem: Option<&'a str>,
    pub language: &'a str,
    pub duration_secs: i64,
}

const DUEL: &str = "id, created_by, origin, difficulty, problem, total_tests, language, \
                    duration_secs, state, created_at, starts_at, ends_at, finished_at, winner_id, \
                    reason";
const PLAYER: &str = "d.user_id, u.name, d.seat, d.rating_before, d.rd_before, d.rating_after, \
                      d.rd_after, d.connections, d.left_at, d.joined_at";
const RATING: &str = "r.user_id, r.rating, r.rd, r.volatility, r.games, r.wins, r.losses, r.draws";

fn duel_from_row(r: &AnyRow) -> Result<Duel, StoreError> {
    Ok(Duel {
        id: r.try_get("id")?,
        created_by: r.try_get("created_by")?,
        origin: r.try_get("origin")?,
        difficulty: r.try_get("difficulty")?,
        problem: r.try_get("problem")?,
        total_tests: r.try_get("total_tests")?,
        language: r.try_get("language")?,
        duration_secs: r.try_get("duration_secs")?,
        state: r.try_get("state")?,
        created_at: r.try_get("created_at")?,
        starts_at: r.try_get("starts_at")?,
        ends_at: r.try_get("ends_at")?,
        finished_at: r.try_get("finished_at")?,
        winner_id: r.try_get("winner_id")?,
        reason: r.try_get("reason")?,
    })
}

fn player_from_row(r: &AnyRow) -> Result<Player, StoreError> {
    Ok(Player {
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        seat: r.try_get("seat")?,
        rating_before: r.try_get("rating_before")?,
        rd_before: r.try_get("rd_before")?,
        rating_after: r.try_get("rating_after")?,
        rd_after: r.try_get("rd_after")?,
        connections: r.try_get("connections")?,
        left_at: r.try_get("left_at")?,
        joined_at: r.try_get("joined_at")?,
    })
}

fn rating_from_row(r: &AnyRow) -> Result<Rating, StoreError> {
    Ok(Rating {
        user_id: r.try_get("user_id")?,
        rating: r.try_get("rating")?,
        rd: r.try_get("rd")?,
        volatility: r.try_get("volatility")?,
        games: r.try_get("games")?,
        wins: r.try_get("wins")?,
        losses: r.try_get("losses")?,
        draws: r.try_get("draws")?,
    })
}

fn queued_from_row(r: &AnyRow) -> Result<Queued, StoreError> {
    Ok(Queued {
        user_id: r.try_get("user_id")?,
        rating: r.try_get("rating")?,
        difficulty: r.try_get("difficulty")?,
        joined_at: r.try_get("joined_at")?,
    })
}

impl Store {
    pub async fn duel(&self, id: &str) -> Result<Duel, StoreError> {
        let row = sqlx::query(&format!("SELECT {DUEL} FROM duels WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        duel_from_row(&row)
    }

    /// A duel's players, by seat.
    pub async fn duel_players(&self, id: &str) -> Result<Vec<Player>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {PLAYER} FROM duel_players d JOIN users u ON u.id = d.user_id \
             WHERE d.duel_id = $1 ORDER BY d.seat"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(player_from_row).collect()
    }

    /// The duel's submissions without their code, oldest first.
    pub async fn duel_attempts(&self, id: &str) -> Result<Vec<DuelAttempt>, StoreError> {
        let rows = sqlx::query(ATTEMPTS).bind(id).fetch_all(&self.pool).await?;
        rows.iter().map(attempt_from_row).collect()
    }

    /// The duel the user is playing or about to play, if any.
    pub async fn active_duel_of(&self, user_id: i64) -> Result<Option<Duel>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DUEL} FROM duels WHERE state IN ('countdown', 'running') AND id IN \
             (SELECT duel_id FROM duel_players WHERE user_id = $1) ORDER BY created_at DESC LIMIT 1"
        ))
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(duel_from_row).transpose()
    }

    /// A user's duels, newest first, and how many there are.
    /// With `include_waiting` false, open challenges are left out (their
    /// links are invitations, not for everyone to read).
    pub async fn duels_of_user(
        &self,
        user_id: i64,
        include_waiting: bool,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Duel>, i64), StoreError> {
        let filter = "id IN (SELECT duel_id FROM duel_players WHERE user_id = $1) \
                      AND ($2 = 1 OR state <> 'waiting')";
        let rows = sqlx::query(&format!(
            "SELECT {DUEL} FROM duels WHERE {filter} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4"
        ))
        .bind(user_id)
        .bind(i64::from(include_waiting))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM duels WHERE {filter}"))
            .bind(user_id)
            .bind(i64::from(include_waiting))
            .fetch_one(&self.pool)
            .await?;
        Ok((
            rows.iter().map(duel_from_row).collect::<Result<_, _>>()?,
            total,
        ))
    }

    /// The players of many duels at once (a history page), by duel.
    pub async fn players_of_duels(
        &self,
        ids: &[String],
    ) -> Result<Vec<(String, Player)>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = (1..=ids.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT d.duel_id, {PLAYER} FROM duel_players d JOIN users u ON u.id = d.user_id \
             WHERE d.duel_id IN ({list}) ORDER BY d.duel_id, d.seat"
        );
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(id);
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| Ok((r.try_get("duel_id")?, player_from_row(r)?)))
            .collect()
    }

    pub async fn rating(&self, user_id: i64) -> Result<Option<Rating>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {RATING} FROM ratings r WHERE r.user_id = $1"
        ))
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(rating_from_row).transpose()
    }

    /// Rated players, best first (ties: more games, then earlier account).
    pub async fn leaderboard(
        &self,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Ranked>, i64), StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {RATING}, u.name FROM ratings r JOIN users u ON u.id = r.user_id \
             ORDER BY r.rating DESC, r.games DESC, r.user_id LIMIT $1 OFFSET $2"
        ))
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ratings")
            .fetch_one(&self.pool)
            .await?;
        let items = rows
            .iter()
            .map(|r| {
                Ok(Ranked {
                    rating: rating_from_row(r)?,
                    name: r.try_get("name")?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok((items, total))
    }

    /// Everyone waiting, longest first.
    pub async fn duel_queue(&self) -> Result<Vec<Queued>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, rating, difficulty, joined_at FROM duel_queue \
             ORDER BY joined_at, user_id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(queued_from_row).collect()
    }

    pub async fn queued(&self, user_id: i64) -> Result<Option<Queued>, StoreError> {
        let row = sqlx::query(
            "SELECT user_id, rating, difficulty, joined_at FROM duel_queue WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(queued_from_row).transpose()
    }

    /// Leave the queue; `false` if not in it.
    pub async fn leave_duel_queue(&self, user_id: i64) -> Result<bool, StoreError> {
        let n = sqlx::query("DELETE FROM duel_queue WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    /// The live problems of `difficulty` (any, if `None`) that none of
    /// `users` has solved; failing that, all of that difficulty.
    pub async fn duel_problems(
        &self,
        difficulty: Option<&str>,
        users: &[i64],
    ) -> Result<Vec<String>, StoreError> {
        let a = users.first().copied().unwrap_or(0);
        let b = users.get(1).copied().unwrap_or(a);
        let filter = "p.deleted_at IS NULL AND ($1 = '' OR v.difficulty = $1)";
        let unsolved = format!(
            "SELECT p.slug FROM problems p JOIN problem_versions v \
             ON v.problem_id = p.id AND v.version = p.current_version WHERE {filter} \
             AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.problem_id = p.id \
               AND s.verdict = 'AC' AND s.user_id IN ($2, $3)) ORDER BY p.slug"
        );
        let slugs: Vec<String> = sqlx::query_scalar(&unsolved)
            .bind(difficulty.unwrap_or(""))
            .bind(a)
            .bind(b)
            .fetch_all(&self.pool)
            .await?;
        if !slugs.is_empty() {
            return Ok(slugs);
        }
        Ok(sqlx::query_scalar(&format!(
            "SELECT p.slug FROM problems p JOIN problem_versions v \
             ON v.problem_id = p.id AND v.version = p.current_version WHERE {filter} \
             ORDER BY p.slug"
        ))
        .bind(difficulty.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Hold the lease `name` for `ttl_ms` (take it if free or expired, or
    /// extend it if `holder` has it). `false`: someone else holds it.
    pub async fn try_lease(
        &self,
        name: &str,
        holder: &str,
        ttl_ms: i64,
    ) -> Result<bool, StoreError> {
        let now = now_ms();
        let n = sqlx::query(
            "INSERT INTO leases (name, holder, until) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until \
             WHERE leases.holder = excluded.holder OR leases.until < $4",
        )
        .bind(name)
        .bind(holder)
        .bind(now + ttl_ms)
        .bind(now)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(n == 1)
    }
}

/// Changes to duels, each inside a domain action's transaction.
impl Write {
    pub async fn duel(&mut self, id: &str) -> Result<Duel, StoreError> {
        let row = sqlx::query(&format!("SELECT {DUEL} FROM duels WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        duel_from_row(&row)
    }

    pub async fn duel_players(&mut self, id: &str) -> Result<Vec<Player>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {PLAYER} FROM duel_players d JOIN users u ON u.id = d.user_id \
             WHERE d.duel_id = $1 ORDER BY d.seat"
        ))
        .bind(id)
        .fetch_all(&mut *self.conn())
        .await?;
        rows.iter().map(player_from_row).collect()
    }

    pub async fn duel_attempts(&mut self, id: &str) -> Result<Vec<DuelAttempt>, StoreError> {
        let rows = sqlx::query(ATTEMPTS)
            .bind(id)
            .fetch_all(&mut *self.conn())
            .await?;
        rows.iter().map(attempt_from_row).collect()
    }

    /// The duel the user is playing or about to play, read in the transaction.
    pub async fn active_duel_of(&mut self, user_id: i64) -> Result<Option<Duel>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DUEL} FROM duels WHERE state IN ('countdown', 'running') AND id IN \
             (SELECT duel_id FROM duel_players WHERE user_id = $1) ORDER BY created_at DESC LIMIT 1"
        ))
        .bind(user_id)
        .fetch_optional(&mut *self.conn())
        .await?;
        row.as_ref().map(duel_from_row).transpose()
    }

    /// Hold these users' rows until the commit, so two transactions that
    /// seat or rate the same player run one after the other (PostgreSQL;
    /// SQLite's writers are serialised already).
    pub async fn lock_users(&mut self, ids: &[i64]) -> Result<(), StoreError> {
        if self.backend() == Backend::Sqlite || ids.is_empty() {
            return Ok(());
        }
        let list = (1..=ids.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("SELECT id FROM users WHERE id IN ({list}) ORDER BY id FOR UPDATE");
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(id);
        }
        q.fetch_all(&mut *self.conn()).await?;
        Ok(())
    }

    pub async fn create_duel(&mut self, new: &NewDuel<'_>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO duels (id, created_by, origin, difficulty, problem, language, \
             duration_secs, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'waiting', $8)",
        )
        .bind(new.id)
        .bind(new.created_by)
        .bind(new.origin)
        .bind(new.difficulty)
        .bind(new.problem)
        .bind(new.language)
        .bind(new.duration_secs)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    /// Seat a player; a taken seat is a conflict.
    pub async fn add_duel_player(
        &mut self,
        duel: &str,
        user_id: i64,
        seat: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO duel_players (duel_id, user_id, seat, joined_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(duel)
        .bind(user_id)
        .bind(seat)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await
        .map_err(|e| StoreError::conflict_on_unique(e, "the duel already has two players"))?;
        Ok(())
    }

    /// Both players are in: fix the problem and the clock. `false` unless the
    /// duel was still waiting.
    pub async fn start_duel_countdown(
        &mut self,
        id: &str,
        problem: &str,
        total_tests: i64,
        starts_at: i64,
        ends_at: i64,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE duels SET state = 'countdown', problem = $1, total_tests = $2, \
             starts_at = $3, ends_at = $4 WHERE id = $5 AND state = 'waiting'",
        )
        .bind(problem)
        .bind(total_tests)
        .bind(starts_at)
        .bind(ends_at)
        .bind(id)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Move from one state to another; `false` if it was not in `from`.
    pub async fn set_duel_state(
        &mut self,
        id: &str,
        from: &str,
        to: &str,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query("UPDATE duels SET state = $1 WHERE id = $2 AND state = $3")
            .bind(to)
            .bind(id)
            .bind(from)
            .execute(&mut *self.conn())
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    /// End the duel (`finished`, or `abandoned`) with its result, once: `false`
    /// if it had already ended — or, with `only_from`, left that state.
    pub async fn end_duel(
        &mut self,
        id: &str,
        state: &str,
        winner: Option<i64>,
        reason: &str,
        only_from: Option<&str>,
    ) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE duels SET state = $1, winner_id = $2, reason = $3, finished_at = $4 \
             WHERE id = $5 AND state IN ('waiting', 'countdown', 'running') \
             AND ($6 = '' OR state = $6)",
        )
        .bind(state)
        .bind(winner)
        .bind(reason)
        .bind(now_ms())
        .bind(id)
        .bind(only_from.unwrap_or(""))
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    pub async fn rating(&mut self, user_id: i64) -> Result<Option<Rating>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {RATING} FROM ratings r WHERE r.user_id = $1"
        ))
        .bind(user_id)
        .fetch_optional(&mut *self.conn())
        .await?;
        row.as_ref().map(rating_from_row).transpose()
    }

    pub async fn save_rating(&mut self, r: &Rating) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO ratings (user_id, rating, rd, volatility, games, wins, losses, draws, \
             updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (user_id) DO UPDATE SET rating = excluded.rating, rd = excluded.rd, \
             volatility = excluded.volatility, games = excluded.games, wins = excluded.wins, \
             losses = excluded.losses, draws = excluded.draws, updated_at = excluded.updated_at",
        )
        .bind(r.user_id)
        .bind(r.rating)
        .bind(r.rd)
        .bind(r.volatility)
        .bind(r.games)
        .bind(r.wins)
        .bind(r.losses)
        .bind(r.draws)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    /// A player's rating when the duel started.
    pub async fn set_rating_before(
        &mut self,
        duel: &str,
        user_id: i64,
        rating: f64,
        rd: f64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE duel_players SET rating_before = $1, rd_before = $2 \
             WHERE duel_id = $3 AND user_id = $4",
        )
        .bind(rating)
        .bind(rd)
        .bind(duel)
        .bind(user_id)
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_rating_after(
        &mut self,
        duel: &str,
        user_id: i64,
        rating: f64,
        rd: f64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE duel_players SET rating_after = $1, rd_after = $2 \
             WHERE duel_id = $3 AND user_id = $4",
        )
        .bind(rating)
        .bind(rd)
        .bind(duel)
        .bind(user_id)
        .execute(&mut *self.conn())
        .await?;
        Ok(())
    }

    /// One more (or one fewer) open connection of a player; when the last
    /// closes `left_at` is set, and cleared when one opens. Returns the count.
    pub async fn duel_connection(
        &mut self,
        duel: &str,
        user_id: i64,
        delta: i64,
    ) -> Result<i64, StoreError> {
        let now = now_ms();
        let n: Option<i64> = sqlx::query_scalar(
            "UPDATE duel_players SET \
             connections = CASE WHEN connections + $1 < 0 THEN 0 ELSE connections + $1 END, \
             left_at = CASE WHEN connections + $1 <= 0 THEN $2 ELSE NULL END \
             WHERE duel_id = $3 AND user_id = $4 RETURNING connections",
        )
        .bind(delta)
        .bind(now)
        .bind(duel)
        .bind(user_id)
        .fetch_optional(&mut *self.conn())
        .await?;
        n.ok_or(StoreError::NotFound)
    }

    /// Join the queue, or change the difficulty while keeping one's place.
    pub async fn join_duel_queue(
        &mut self,
        user_id: i64,
        rating: f64,
        difficulty: Option<&str>,
    ) -> Result<Queued, StoreError> {
        sqlx::query(
            "INSERT INTO duel_queue (user_id, rating, difficulty, joined_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE SET \
             rating = excluded.rating, difficulty = excluded.difficulty",
        )
        .bind(user_id)
        .bind(rating)
        .bind(difficulty)
        .bind(now_ms())
        .execute(&mut *self.conn())
        .await?;
        let row = sqlx::query(
            "SELECT user_id, rating, difficulty, joined_at FROM duel_queue WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_one(&mut *self.conn())
        .await?;
        queued_from_row(&row)
    }

    /// Take a pair out of the queue: `true` only if both were still in it.
    pub async fn take_from_duel_queue(&mut self, a: i64, b: i64) -> Result<bool, StoreError> {
        let n = sqlx::query("DELETE FROM duel_queue WHERE user_id IN ($1, $2)")
            .bind(a)
            .bind(b)
            .execute(&mut *self.conn())
            .await?
            .rows_affected();
        Ok(n == 2)
    }

    /// Add a job that no worker claims before `run_at` (ms since the epoch).
    pub async fn schedule(&mut self, job: &NewJob, run_at: i64) -> Result<i64, StoreError> {
        enqueue_at(self.conn(), job, run_at).await
    }
}
