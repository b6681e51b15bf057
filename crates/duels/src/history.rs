//! Reading duels back: a player's history, the leaderboard, and — once a
//! duel has ended, for its players and admins — the result (both final
//! codes and every submission with its verdict) and the replay of both
//! editors on one timeline. Also who may open a player's document.

use serde::Serialize;
use store::duels::{Duel, DuelAttempt, Player, Ranked};
use store::{Role, User};

use crate::view::{attempt, state_of};
use crate::{CODE_FIELD, DuelError, DuelResult, DuelState, DuelView, Duels, document_name};

/// One submission in a result or a replay: when, what, how it did.
#[derive(Debug, Clone, Serialize)]
pub struct ResultSubmission {
    pub id: i64,
    pub user_id: i64,
    pub at: i64,
    pub language: String,
    /// `null` while judged.
    pub verdict: Option<String>,
    pub passed: u32,
    /// Received after the deadline (never counted).
    pub late: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlayerResult {
    pub user_id: i64,
    pub name: String,
    /// The editor's final text.
    pub code: String,
    pub submissions: Vec<ResultSubmission>,
}

/// An ended duel, whole.
#[derive(Debug, Clone, Serialize)]
pub struct DuelResultView {
    pub duel: DuelView,
    pub players: Vec<PlayerResult>,
}

/// One editor's history.
#[derive(Debug, Clone, Serialize)]
pub struct ReplayDoc {
    pub user_id: i64,
    pub name: String,
    /// (time in ms, Yjs v1 update) in order.
    pub updates: Vec<(i64, Vec<u8>)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    pub duel: DuelView,
    pub docs: Vec<ReplayDoc>,
    pub submissions: Vec<ResultSubmission>,
}

/// A row of a player's history, from their side.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryItem {
    pub id: String,
    pub state: DuelState,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub problem: Option<String>,
    pub opponent_id: Option<i64>,
    pub opponent: Option<String>,
    pub rating_before: Option<f64>,
    pub rating_after: Option<f64>,
    /// `win`, `loss`, `draw`, or `null` (not finished, or abandoned).
    pub outcome: Option<&'static str>,
    pub reason: Option<String>,
}

impl Duels {
    /// May `me` read the ended duel's code? Its players and admins, once it
    /// ended. Returns the duel and its players.
    async fn open_ended(&self, me: &User, id: &str) -> DuelResult<(Duel, Vec<Player>)> {
        let duel = self.load(id).await?;
        let players = self.store.duel_players(id).await?;
        if !players.iter().any(|p| p.user_id == me.id) && me.role != Role::Admin {
            return Err(DuelError::Forbidden(
                "only the duel's players and admins see its code".into(),
            ));
        }
        let state = state_of(&duel)?;
        if !matches!(state, DuelState::Finished | DuelState::Abandoned) {
            return Err(DuelError::state(
                state.as_str(),
                "show the code before it ends",
            ));
        }
        Ok((duel, players))
    }

    fn submissions_of(
        duel: &Duel,
        subs: &[store::submissions::Submission],
    ) -> Vec<ResultSubmission> {
        subs.iter()
            .map(|s| ResultSubmission {
                id: s.id,
                user_id: s.user_id,
                at: s.created_at,
                language: s.language.clone(),
                verdict: s.verdict.clone(),
                passed: attempt(&s.into())
                    .and_then(|a| a.outcome)
                    .map_or(0, |o| o.passed),
                late: duel.ends_at.is_some_and(|e| s.created_at > e),
            })
            .collect()
    }

    /// Both final codes and every submission.
    pub async fn result(&self, me: &User, id: &str) -> DuelResult<DuelResultView> {
        let (duel, players) = self.open_ended(me, id).await?;
        let subs = self.store.duel_submissions(id).await?;
        let attempts: Vec<DuelAttempt> = subs.iter().map(DuelAttempt::from).collect();
        let view = self.view_of(&duel, &players, &attempts).await?;
        let all = Self::submissions_of(&duel, &subs);
        let mut out = Vec::new();
        for p in &players {
            let code = match &self.collab {
                Some(c) => c
                    .text(&document_name(id, p.seat), CODE_FIELD)
                    .await
                    .map_err(|e| DuelError::Document(e.to_string()))?,
                None => String::new(),
            };
            // An editor never used: the last code submitted.
            let code = if code.trim().is_empty() {
                subs.iter()
                    .rev()
                    .find(|s| s.user_id == p.user_id)
                    .map(|s| s.code.clone())
                    .unwrap_or_default()
            } else {
                code
            };
            out.push(PlayerResult {
                user_id: p.user_id,
                name: p.name.clone(),
                code,
                submissions: all
                    .iter()
                    .filter(|s| s.user_id == p.user_id)
                    .cloned()
                    .collect(),
            });
        }
        Ok(DuelResultView {
            duel: view,
            players: out,
        })
    }

    /// Both editors' updates on one clock, and the submissions to mark.
    pub async fn replay(&self, me: &User, id: &str) -> DuelResult<Replay> {
        let (duel, players) = self.open_ended(me, id).await?;
        if let Some(c) = &self.collab {
            c.flush().await;
        }
        let subs = self.store.duel_submissions(id).await?;
        let mut docs = Vec::new();
        for p in &players {
            let updates = self
                .store
                .doc_updates_after(&document_name(id, p.seat), 0)
                .await?
                .into_iter()
                .map(|u| (u.at, u.data))
                .collect();
            docs.push(ReplayDoc {
                user_id: p.user_id,
                name: p.name.clone(),
                updates,
            });
        }
        let attempts: Vec<DuelAttempt> = subs.iter().map(DuelAttempt::from).collect();
        Ok(Replay {
            duel: self.view_of(&duel, &players, &attempts).await?,
            docs,
            submissions: Self::submissions_of(&duel, &subs),
        })
    }

    /// May `me` open document `name` (a duel player's editor), and may they
    /// write? The owner writes while the duel runs; the opponent never sees
    /// it before the end; after it, players and admins read it.
    pub async fn document_access(&self, me: &User, duel: &str, seat: i64) -> DuelResult<bool> {
        let d = self.load(duel).await?;
        let players = self.store.duel_players(duel).await?;
        let state = state_of(&d)?;
        let owner = players.iter().any(|p| p.seat == seat && p.user_id == me.id);
        let player = players.iter().any(|p| p.user_id == me.id);
        match state {
            DuelState::Finished | DuelState::Abandoned if player || me.role == Role::Admin => {
                Ok(false)
            }
            DuelState::Running | DuelState::Countdown if owner => Ok(state == DuelState::Running),
            DuelState::Waiting if owner => Ok(false),
            _ => Err(DuelError::Forbidden(
                "a player's editor is theirs alone until the duel ends".into(),
            )),
        }
    }

    /// `user_id`'s duels, newest first, from their side. Their open
    /// challenges only for themselves: the link is the invitation.
    pub async fn history(
        &self,
        viewer: &User,
        user_id: i64,
        limit: i64,
        offset: i64,
    ) -> DuelResult<(Vec<HistoryItem>, i64)> {
        let own = viewer.id == user_id;
        let (duels, total) = self
            .store
            .duels_of_user(user_id, own, limit, offset)
            .await?;
        let ids: Vec<String> = duels.iter().map(|d| d.id.clone()).collect();
        let players = self.store.players_of_duels(&ids).await?;
        let mut items = Vec::new();
        for d in duels {
            let of = |pred: &dyn Fn(&Player) -> bool| {
                players
                    .iter()
                    .find(|(id, p)| *id == d.id && pred(p))
                    .map(|(_, p)| p.clone())
            };
            let me = of(&|p| p.user_id == user_id);
            let other = of(&|p| p.user_id != user_id);
            let state = state_of(&d)?;
            let outcome = match (state, d.winner_id) {
                (DuelState::Finished, Some(w)) if w == user_id => Some("win"),
                (DuelState::Finished, Some(_)) => Some("loss"),
                (DuelState::Finished, None) => Some("draw"),
                _ => None,
            };
            items.push(HistoryItem {
                state,
                created_at: d.created_at,
                finished_at: d.finished_at,
                // The problem stays a secret until the clock starts.
                problem: match state {
                    DuelState::Running | DuelState::Finished | DuelState::Abandoned => {
                        d.problem.clone()
                    }
                    _ => None,
                },
                opponent_id: other.as_ref().map(|p| p.user_id),
                opponent: other.map(|p| p.name),
                rating_before: me.as_ref().and_then(|p| p.rating_before),
                rating_after: me.as_ref().and_then(|p| p.rating_after),
                outcome,
                reason: d.reason.clone(),
                id: d.id,
            });
        }
        Ok((items, total))
    }

    pub async fn leaderboard(&self, limit: i64, offset: i64) -> DuelResult<(Vec<Ranked>, i64)> {
        Ok(self.store.leaderboard(limit, offset).await?)
    }

    pub async fn rating_of(&self, user_id: i64) -> DuelResult<Option<store::duels::Rating>> {
        Ok(self.store.rating(user_id).await?)
    }
}
