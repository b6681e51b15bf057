//! The duel's clock, owned by the server: each step is a durable job
//! scheduled for its moment (`run_at`), so a restart or a dead node delays it
//! by a poll at most and never loses it. The countdown ends (`start`), time
//! runs out (`deadline`), and a player who is away is checked on after the
//! grace period (`presence`). Each step re-reads the duel and does nothing if
//! the duel has moved on, so a step delivered twice is harmless.

use bus::{ServerEvent, duel_topic};
use serde::{Deserialize, Serialize};
use store::jobs::NewJob;

use crate::decide::Decision;
use crate::view::attempts;
use crate::{DuelReason, DuelResult, Duels};

/// The job kind of every clock step.
pub const CLOCK_KIND: &str = "duel_clock";

/// A clock job's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClockJob {
    pub duel: String,
    #[serde(flatten)]
    pub step: Step,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    Start,
    Deadline,
    /// Is the player still away `grace_ms` after leaving?
    Presence {
        user_id: i64,
        grace_ms: i64,
    },
}

/// While a verdict received in time is still being judged at the deadline,
/// look again this often.
const RECHECK_MS: i64 = 1_000;

impl Duels {
    pub(crate) async fn schedule(
        &self,
        w: &mut store::Write,
        duel: &str,
        step: Step,
        at: i64,
    ) -> DuelResult<()> {
        let job = NewJob {
            kind: CLOCK_KIND.into(),
            payload: serde_json::to_string(&ClockJob {
                duel: duel.to_string(),
                step,
            })
            .unwrap_or_default(),
            priority: queue_priority(),
            max_attempts: self.config.job_max_attempts,
        };
        w.schedule(&job, at).await?;
        Ok(())
    }

    /// Run one clock step (the `duel_clock` job's handler).
    pub async fn tick(&self, job: &ClockJob) -> DuelResult<()> {
        match job.step {
            Step::Start => self.start_clock(&job.duel).await,
            Step::Deadline => self.deadline(&job.duel).await,
            Step::Presence { user_id, grace_ms } => {
                self.check_presence(&job.duel, user_id, grace_ms).await
            }
        }
    }

    async fn start_clock(&self, id: &str) -> DuelResult<()> {
        let mut w = self.store.write().await?;
        if !w.set_duel_state(id, "countdown", "running").await? {
            return Ok(());
        }
        w.commit().await?;
        let view = self.view(id).await?;
        self.bus
            .publish(&duel_topic(id), &ServerEvent::DuelStarted { duel: view });
        Ok(())
    }

    /// Time is up: decide by score, unless a verdict received in time is
    /// still coming (then look again shortly).
    async fn deadline(&self, id: &str) -> DuelResult<()> {
        let mut w = self.store.write().await?;
        let duel = w.duel(id).await?;
        if !matches!(duel.state.as_str(), "running" | "countdown") {
            return Ok(());
        }
        let players = w.duel_players(id).await?;
        let [a, b] = [&players[0], &players[1]].map(|p| p.user_id);
        let subs = w.duel_attempts(id).await?;
        let ends_at = duel.ends_at.unwrap_or(0);
        let now = store::now_ms();
        match crate::decide::decide([a, b], &attempts(&subs), ends_at, now.max(ends_at)) {
            Decision::Open => {
                self.schedule(&mut w, id, Step::Deadline, now + RECHECK_MS)
                    .await?;
                w.commit().await?;
                Ok(())
            }
            decision => self.conclude(w, id, decision, None).await.map(drop),
        }
    }

    /// The player has had no connection for the grace period: if the other
    /// is here, they win by forfeit; if both are gone, nobody plays it out.
    /// A player who never showed up at all forfeits nothing rated: the duel
    /// is abandoned (as a chess game nobody moved in is aborted), so opening
    /// someone's old challenge link cannot farm their rating.
    async fn check_presence(&self, id: &str, user_id: i64, grace_ms: i64) -> DuelResult<()> {
        let mut w = self.store.write().await?;
        let duel = w.duel(id).await?;
        if !matches!(duel.state.as_str(), "running" | "countdown") {
            return Ok(());
        }
        let players = w.duel_players(id).await?;
        let Some(me) = players.iter().find(|p| p.user_id == user_id) else {
            return Ok(());
        };
        let Some(other) = players.iter().find(|p| p.user_id != user_id) else {
            return Ok(());
        };
        if me.connections > 0 {
            return Ok(());
        }
        let now = store::now_ms();
        let away_since = me.left_at.or(duel.starts_at).unwrap_or(now);
        if now - away_since < grace_ms {
            // Early (another node's clock), or back and gone again since:
            // look again when the grace period of this absence ends.
            self.schedule(
                &mut w,
                id,
                Step::Presence { user_id, grace_ms },
                away_since + grace_ms,
            )
            .await?;
            w.commit().await?;
            return Ok(());
        }
        let never_came = me.left_at.is_none();
        let decision = if other.connections > 0 && !never_came {
            Decision::Win {
                user_id: other.user_id,
                reason: DuelReason::Forfeit,
            }
        } else {
            Decision::Abandoned
        };
        self.conclude(w, id, decision, None).await.map(drop)
    }

    /// A player opened (`+1`) or closed (`-1`) a connection to the duel.
    /// Everyone hears whether they are here; a player who is gone while the
    /// duel is on gets a presence check after the grace period.
    pub async fn presence(&self, id: &str, user_id: i64, delta: i64) -> DuelResult<()> {
        let mut w = self.store.write().await?;
        let duel = w.duel(id).await?;
        let live = matches!(duel.state.as_str(), "waiting" | "countdown" | "running");
        if !live {
            return Ok(());
        }
        let count = match w.duel_connection(id, user_id, delta).await {
            Ok(n) => n,
            Err(store::StoreError::NotFound) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        if count == 0 && duel.state != "waiting" {
            let grace_ms = self.config.grace_ms;
            let at = store::now_ms() + grace_ms;
            self.schedule(&mut w, id, Step::Presence { user_id, grace_ms }, at)
                .await?;
        }
        w.commit().await?;
        if count <= 1 {
            self.announce_progress(id, user_id).await?;
        }
        Ok(())
    }
}

/// Clock steps go before judging work: a late deadline is a visible bug.
fn queue_priority() -> i64 {
    200
}
