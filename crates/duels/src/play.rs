//! Playing: submissions of one's own code, judged by the normal queue; the
//! verdict's effect on the duel; and the progress the opponent sees (counts
//! only — never code, output or tests).

use bus::{ServerEvent, duel_topic};
use store::User;
use store::submissions::{NewSubmission, Submission};

use crate::decide::{Decision, decide, progress};
use crate::view::{attempts, state_of};
use crate::{DuelError, DuelResult, DuelState, Duels};

impl Duels {
    /// Submit `code` for the duel's problem (a player, while the clock runs).
    /// Received after `ends_at`, it is refused: it could never count.
    pub async fn submit(
        &self,
        me: &User,
        id: &str,
        language: &str,
        code: &str,
        priority: i64,
    ) -> DuelResult<Submission> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        if !players.iter().any(|p| p.user_id == me.id) {
            return Err(DuelError::Forbidden(
                "only the duel's players can submit".into(),
            ));
        }
        let state = state_of(&duel)?;
        if state != DuelState::Running {
            return Err(DuelError::state(state.as_str(), "submit"));
        }
        if duel.ends_at.is_some_and(|e| store::now_ms() > e) {
            return Err(DuelError::Conflict(
                "time is up: a submission after the deadline does not count".into(),
            ));
        }
        self.check_language(language)?;
        let problem = duel.problem.clone().unwrap_or_default();
        let mut w = self.store.write().await?;
        let sub = w
            .create_submission(&NewSubmission {
                user_id: me.id,
                problem: &problem,
                language,
                code,
                idempotency_key: None,
                room_id: None,
                duel_id: Some(id),
                attempt_id: None,
                priority,
                max_attempts: self.config.job_max_attempts,
            })
            .await?;
        w.commit().await?;
        self.announce_progress(id, me.id).await?;
        Ok(sub)
    }

    /// A player's submissions (their own while the duel runs; both players'
    /// once it ended). Nobody else's.
    pub async fn submissions(&self, me: &User, id: &str) -> DuelResult<Vec<Submission>> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        let player = players.iter().any(|p| p.user_id == me.id);
        let ended = matches!(duel.state.as_str(), "finished" | "abandoned");
        let admin_after = ended && me.role == store::Role::Admin;
        if !(player || admin_after) {
            return Err(DuelError::Forbidden(
                "only the duel's players see its submissions".into(),
            ));
        }
        let mut subs = self.store.duel_submissions(id).await?;
        if !ended {
            subs.retain(|s| s.user_id == me.id);
        }
        Ok(subs)
    }

    /// A duel submission was judged (called after its verdict committed):
    /// decide the duel if that settles it, and tell both players the counts.
    /// Most verdicts settle nothing: they are decided on a read, and only a
    /// decision takes the write (which decides again, under the lock).
    pub async fn verdict(&self, id: &str, user_id: i64) -> DuelResult<()> {
        if self.decision(id, None).await? != Decision::Open {
            let mut w = self.store.write().await?;
            let decision = self.decision(id, Some(&mut w)).await?;
            self.conclude(w, id, decision, None).await?;
        }
        self.announce_progress(id, user_id).await
    }

    /// What the submissions decide now, read in `w` if given.
    async fn decision(&self, id: &str, w: Option<&mut store::Write>) -> DuelResult<Decision> {
        let (duel, players, subs) = match w {
            Some(w) => (
                w.duel(id).await?,
                w.duel_players(id).await?,
                w.duel_attempts(id).await?,
            ),
            None => (
                self.store.duel(id).await?,
                self.store.duel_players(id).await?,
                self.store.duel_attempts(id).await?,
            ),
        };
        if !matches!(duel.state.as_str(), "running" | "countdown") {
            return Ok(Decision::Open);
        }
        let [a, b] = &players[..] else {
            return Ok(Decision::Open);
        };
        Ok(decide(
            [a.user_id, b.user_id],
            &attempts(&subs),
            duel.ends_at.unwrap_or(i64::MAX),
            store::now_ms(),
        ))
    }

    /// Whether `me` plays in this duel (404 if there is no such duel).
    pub async fn is_player(&self, me: &User, id: &str) -> DuelResult<bool> {
        self.load(id).await?;
        Ok(self
            .store
            .duel_players(id)
            .await?
            .iter()
            .any(|p| p.user_id == me.id))
    }

    /// Tell the duel's watchers one player's counts and whether they are here.
    pub(crate) async fn announce_progress(&self, id: &str, user_id: i64) -> DuelResult<()> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        let Some(p) = players.iter().find(|p| p.user_id == user_id) else {
            return Ok(());
        };
        let subs = self.store.duel_attempts(id).await?;
        let progress = progress(
            user_id,
            &attempts(&subs),
            duel.total_tests as u32,
            duel.ends_at,
        );
        self.bus.publish(
            &duel_topic(id),
            &ServerEvent::DuelProgress {
                duel: id.to_string(),
                user_id,
                progress,
                connected: p.connections > 0,
            },
        );
        Ok(())
    }
}

/// What `jobs` calls once a duel submission's verdict is stored.
pub async fn submission_finished(duels: &Duels, sub: &Submission) {
    if let Some(duel) = &sub.duel_id
        && let Err(e) = duels.verdict(duel, sub.user_id).await
    {
        tracing::warn!(duel, submission = sub.id, error = %e, "cannot apply a duel verdict");
    }
}

impl Duels {
    /// May `viewer` see this piece of `owner`'s work (a submission, or a
    /// run, which carries code)? Its owner always. Others with a staff role
    /// may see people's practice, but not a duel's submissions except its
    /// players and admins once it ended, nor anything of a player while
    /// their duel is on: an opponent must not read it by its id.
    pub async fn may_see(&self, viewer: &User, owner: i64, duel: Option<&str>) -> DuelResult<bool> {
        if viewer.id == owner {
            return Ok(true);
        }
        if !viewer.role.is_staff() {
            return Ok(false);
        }
        if let Some(id) = duel {
            let d = self.load(id).await?;
            let players = self.store.duel_players(id).await?;
            let ended = matches!(d.state.as_str(), "finished" | "abandoned");
            let player = players.iter().any(|p| p.user_id == viewer.id);
            return Ok(ended && (player || viewer.role == store::Role::Admin));
        }
        Ok(self.store.active_duel_of(owner).await?.is_none())
    }
}
