//! A duel as anyone may see it: state, clock, players with their progress
//! counts and connection, the result — and the problem only once it runs.

use bus::{DuelPlayer, DuelProblem, DuelResult as Outcome, DuelView};
use store::duels::{Duel, DuelAttempt, Player};

use crate::decide::{Attempt, Outcome as Judged, progress};
use crate::{DuelError, DuelReason, DuelResult, DuelState, Duels};

/// A judged submission's outcome for the duel: tests passed, and whether all
/// did. Stops at the first failure, so passed tests are the leading ACs.
pub(crate) fn attempt(s: &DuelAttempt) -> Option<Attempt> {
    let user_id = s.user_id;
    let outcome = if s.state == "finished" {
        let r = s.result.clone().unwrap_or_default();
        let passed = r["tests"]
            .as_array()
            .map_or(0, |t| t.iter().filter(|t| t["verdict"] == "AC").count())
            as u32;
        Some(Judged {
            passed,
            accepted: s.verdict.as_deref() == Some("AC"),
        })
    } else {
        None
    };
    Some(Attempt {
        user_id,
        at: s.created_at,
        outcome,
    })
}

pub(crate) fn attempts(subs: &[DuelAttempt]) -> Vec<Attempt> {
    subs.iter().filter_map(attempt).collect()
}

pub(crate) fn state_of(duel: &Duel) -> DuelResult<DuelState> {
    DuelState::parse(&duel.state)
        .ok_or_else(|| DuelError::Store(store::StoreError::Corrupt(duel.state.clone())))
}

impl Duels {
    /// The duel's view now.
    pub async fn view(&self, id: &str) -> DuelResult<DuelView> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        let subs = self.store.duel_attempts(id).await?;
        self.view_of(&duel, &players, &subs).await
    }

    pub(crate) async fn view_of(
        &self,
        duel: &Duel,
        players: &[Player],
        subs: &[DuelAttempt],
    ) -> DuelResult<DuelView> {
        let state = state_of(duel)?;
        let attempts = attempts(subs);
        let problem = match (&duel.problem, state) {
            (Some(slug), DuelState::Running | DuelState::Finished | DuelState::Abandoned) => {
                match self.store.problem(slug).await {
                    Ok(p) => Some(DuelProblem {
                        slug: p.summary.slug,
                        title: p.summary.title,
                        difficulty: p.summary.difficulty.as_str().to_string(),
                    }),
                    Err(store::StoreError::NotFound) => None,
                    Err(e) => return Err(e.into()),
                }
            }
            _ => None,
        };
        let result = match (state, duel.reason.as_deref().and_then(DuelReason::parse)) {
            (DuelState::Finished | DuelState::Abandoned, Some(reason)) => Some(Outcome {
                winner_user_id: duel.winner_id,
                reason,
            }),
            _ => None,
        };
        Ok(DuelView {
            id: duel.id.clone(),
            url: format!("{}/duels/{}", self.config.public_url, duel.id),
            state,
            difficulty: duel.difficulty.clone(),
            language: duel.language.clone(),
            duration_secs: duel.duration_secs as u32,
            problem,
            starts_at: duel.starts_at,
            ends_at: duel.ends_at,
            server_now: store::now_ms(),
            players: players
                .iter()
                .map(|p| DuelPlayer {
                    user_id: p.user_id,
                    name: p.name.clone(),
                    rating_before: p.rating_before,
                    rating_after: p.rating_after,
                    progress: progress(p.user_id, &attempts, duel.total_tests as u32, duel.ends_at),
                    connected: p.connections > 0,
                })
                .collect(),
            result,
        })
    }
}
