//! Ending a duel: the result, and the ratings in the same transaction, once
//! (the state change is conditional, so a second ending changes nothing).
//! A finished duel is one rating period for each player; an abandoned one
//! rates nobody.

use bus::{ServerEvent, duel_topic};
use store::User;
use store::duels::Rating;

use crate::decide::Decision;
use crate::rating::{Glicko, START, Score, rate};
use crate::view::state_of;
use crate::{DuelError, DuelReason, DuelResult, DuelState, Duels};

impl Duels {
    /// Give up: the opponent wins. A challenge nobody joined yet is
    /// withdrawn instead (abandoned).
    pub async fn forfeit(&self, me: &User, id: &str) -> DuelResult<bus::DuelView> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        if !players.iter().any(|p| p.user_id == me.id) {
            return Err(DuelError::Forbidden("only a player can forfeit".into()));
        }
        let state = state_of(&duel)?;
        let decision = match state {
            DuelState::Waiting => Decision::Abandoned,
            DuelState::Countdown | DuelState::Running => {
                let other = players
                    .iter()
                    .find(|p| p.user_id != me.id)
                    .map(|p| p.user_id);
                match other {
                    Some(user_id) => Decision::Win {
                        user_id,
                        reason: DuelReason::Forfeit,
                    },
                    None => Decision::Abandoned,
                }
            }
            DuelState::Finished | DuelState::Abandoned => {
                return Err(DuelError::state(state.as_str(), "forfeit"));
            }
        };
        // Only if it is still as read: a withdrawal racing someone joining
        // must not abandon the duel that just started.
        let w = self.store.write().await?;
        if !self.conclude(w, id, decision, Some(state.as_str())).await? {
            return Err(DuelError::Conflict(
                "the duel changed meanwhile: look again".into(),
            ));
        }
        self.view(id).await
    }

    /// End the duel with `decision` (inside `w`, which this commits), rate
    /// it, and tell everyone. Nothing happens (`false`) if it had already
    /// ended, or with `only_from`, left that state.
    pub(crate) async fn conclude(
        &self,
        mut w: store::Write,
        id: &str,
        decision: Decision,
        only_from: Option<&str>,
    ) -> DuelResult<bool> {
        let (state, winner, reason) = match decision {
            Decision::Open => return Ok(false),
            Decision::Win { user_id, reason } => ("finished", Some(user_id), reason),
            Decision::Draw => ("finished", None, DuelReason::Draw),
            Decision::Abandoned => ("abandoned", None, DuelReason::Abandoned),
        };
        if !w
            .end_duel(id, state, winner, reason.as_str(), only_from)
            .await?
        {
            return Ok(false);
        }
        if state == "finished" {
            let players = w.duel_players(id).await?;
            if let [a, b] = &players[..] {
                // Each rating is read and written by one duel at a time.
                w.lock_users(&[a.user_id, b.user_id]).await?;
                let (ra, rb) = (w.rating(a.user_id).await?, w.rating(b.user_id).await?);
                let score = |me: i64| match winner {
                    None => Score::Draw,
                    Some(u) if u == me => Score::Win,
                    Some(_) => Score::Loss,
                };
                let next_a = rated(a.user_id, ra.as_ref(), rb.as_ref(), score(a.user_id));
                let next_b = rated(b.user_id, rb.as_ref(), ra.as_ref(), score(b.user_id));
                for r in [&next_a, &next_b] {
                    w.save_rating(r).await?;
                    w.set_rating_after(id, r.user_id, r.rating, r.rd).await?;
                }
            }
        }
        w.commit().await?;
        tracing::info!(
            duel = id,
            state,
            ?winner,
            reason = reason.as_str(),
            "duel ended"
        );
        if let Some(collab) = &self.collab {
            for seat in [0, 1] {
                collab.freeze(&crate::document_name(id, seat));
            }
        }
        let view = self.view(id).await?;
        self.bus
            .publish(&duel_topic(id), &ServerEvent::DuelFinished { duel: view });
        Ok(true)
    }
}

fn glicko(r: Option<&Rating>) -> Glicko {
    r.map_or(START, |r| Glicko {
        rating: r.rating,
        rd: r.rd,
        volatility: r.volatility,
    })
}

/// `me`'s record after one game against `other` (both as before the game).
fn rated(user_id: i64, me: Option<&Rating>, other: Option<&Rating>, score: Score) -> Rating {
    let next = rate(glicko(me), &[(glicko(other), score)]);
    let (games, wins, losses, draws) =
        me.map_or((0, 0, 0, 0), |r| (r.games, r.wins, r.losses, r.draws));
    Rating {
        user_id,
        rating: next.rating,
        rd: next.rd,
        volatility: next.volatility,
        games: games + 1,
        wins: wins + i64::from(score == Score::Win),
        losses: losses + i64::from(score == Score::Loss),
        draws: draws + i64::from(score == Score::Draw),
    }
}
