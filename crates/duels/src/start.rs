//! How a duel starts: a challenge link that someone else opens, or the
//! matchmaking queue paired in waves. Either way, once two players are in,
//! [`Duels::begin`] fixes the problem, the ratings before and the clock, and
//! schedules the clock's jobs, in the transaction that seats the second
//! player.

use bus::{DuelView, ServerEvent, duel_topic, user_topic};
use serde::Serialize;
use store::User;
use store::duels::NewDuel;

use crate::clock::Step;
use crate::matching::{self, Seeker};
use crate::rating::START;
use crate::view::state_of;
use crate::{
    DEFAULT_DURATION_SECS, DuelError, DuelResult, DuelState, Duels, MAX_DURATION_SECS,
    check_difficulty,
};

/// A challenge, as asked for.
#[derive(Debug, Clone, Default)]
pub struct Challenge<'a> {
    pub difficulty: Option<&'a str>,
    pub problem: Option<&'a str>,
    pub duration_secs: Option<i64>,
    pub language: Option<&'a str>,
}

/// Where the caller stands in the queue.
#[derive(Debug, Clone, Serialize)]
pub struct QueueStatus {
    pub queued: bool,
    pub difficulty: Option<String>,
    /// Joined at (ms), when queued.
    pub since: Option<i64>,
    pub rating: f64,
    /// The rating gap accepted now: it widens with the wait, by
    /// `window_per_sec` each second up to `max_window`.
    pub window: f64,
    pub window_per_sec: f64,
    pub max_window: f64,
    pub server_now: i64,
    /// The duel being played or about to be, if any.
    pub active_duel: Option<String>,
}

impl Duels {
    /// Make a challenge (state `waiting`); its link is the invitation.
    pub async fn challenge(&self, me: &User, id: &str, c: Challenge<'_>) -> DuelResult<DuelView> {
        let difficulty = check_difficulty(c.difficulty)?;
        let language = c.language.unwrap_or("python");
        self.check_language(language)?;
        let duration = c.duration_secs.unwrap_or(DEFAULT_DURATION_SECS);
        let min = self.config.min_duration_secs;
        if !(min..=MAX_DURATION_SECS).contains(&duration) {
            return Err(DuelError::invalid(
                "duration_secs",
                format!("must be between {min} and {MAX_DURATION_SECS} seconds"),
            ));
        }
        if let Some(slug) = c.problem {
            match self.store.problem(slug).await {
                Ok(_) => {}
                Err(store::StoreError::NotFound) => {
                    return Err(DuelError::invalid(
                        "problem",
                        format!("no problem {slug:?}"),
                    ));
                }
                Err(e) => return Err(e.into()),
            }
        }
        let mut w = self.store.write().await?;
        w.create_duel(&NewDuel {
            id,
            created_by: me.id,
            origin: "challenge",
            difficulty: difficulty.as_deref(),
            problem: c.problem,
            language,
            duration_secs: duration,
        })
        .await?;
        w.add_duel_player(id, me.id, 0).await?;
        w.commit().await?;
        self.view(id).await
    }

    /// Take the free seat of a challenge: the countdown starts.
    pub async fn join(&self, me: &User, id: &str) -> DuelResult<DuelView> {
        let duel = self.load(id).await?;
        let state = state_of(&duel)?;
        if duel.created_by == me.id {
            return Err(DuelError::Conflict(
                "this is your own challenge: send the link to someone else".into(),
            ));
        }
        if state != DuelState::Waiting {
            return Err(DuelError::state(state.as_str(), "join"));
        }
        if let Some(active) = self.store.active_duel_of(me.id).await? {
            return Err(DuelError::Conflict(format!(
                "you are already in duel {} ({})",
                active.id, active.state
            )));
        }
        let players = [duel.created_by, me.id];
        let problem = self.pick_problem(&duel, players).await?;
        let mut w = self.store.write().await?;
        w.lock_users(&players).await?;
        // Re-read under the write lock: two people may open the link at once,
        // and either player may have started another duel meanwhile.
        let duel = w.duel(id).await?;
        if duel.state != "waiting" {
            return Err(DuelError::state(&duel.state, "join"));
        }
        if w.active_duel_of(me.id).await?.is_some() {
            return Err(DuelError::Conflict("you are already in a duel".into()));
        }
        if w.active_duel_of(duel.created_by).await?.is_some() {
            return Err(DuelError::Conflict(
                "the challenger is playing another duel right now: try again later".into(),
            ));
        }
        w.add_duel_player(id, me.id, 1).await?;
        self.begin(&mut w, &duel, players, problem).await?;
        w.commit().await?;
        self.leave_queue_quietly(me.id).await;
        self.announce_countdown(id).await
    }

    /// The duel's problem (the challenge's, else one of its difficulty
    /// neither player has solved) and its number of tests — chosen before
    /// the write, which should hold the database's lock only briefly.
    async fn pick_problem(
        &self,
        duel: &store::duels::Duel,
        players: [i64; 2],
    ) -> DuelResult<(String, i64)> {
        self.pick(duel.problem.as_deref(), duel.difficulty.as_deref(), players)
            .await
    }

    async fn pick(
        &self,
        chosen: Option<&str>,
        difficulty: Option<&str>,
        players: [i64; 2],
    ) -> DuelResult<(String, i64)> {
        let slug = match chosen {
            Some(p) => p.to_string(),
            None => {
                let candidates = self.store.duel_problems(difficulty, &players).await?;
                if candidates.is_empty() {
                    return Err(DuelError::Conflict(match difficulty {
                        Some(d) => format!("there is no {d} problem in the bank"),
                        None => "the problem bank is empty".into(),
                    }));
                }
                candidates[rand::random_range(0..candidates.len())].clone()
            }
        };
        let problem = self.store.problem(&slug).await?;
        Ok((slug, problem.samples.len() as i64 + problem.hidden_count))
    }

    /// Two players are seated: record the problem, their ratings and the
    /// clock, with a job for each of its steps.
    async fn begin(
        &self,
        w: &mut store::Write,
        duel: &store::duels::Duel,
        players: [i64; 2],
        (slug, total): (String, i64),
    ) -> DuelResult<()> {
        let starts_at = store::now_ms() + self.config.countdown_ms;
        let ends_at = starts_at + duel.duration_secs * 1000;
        if !w
            .start_duel_countdown(&duel.id, &slug, total, starts_at, ends_at)
            .await?
        {
            return Err(DuelError::state(&duel.state, "start"));
        }
        for user in players {
            let r = w.rating(user).await?;
            let (rating, rd) = r.map_or((START.rating, START.rd), |r| (r.rating, r.rd));
            w.set_rating_before(&duel.id, user, rating, rd).await?;
        }
        self.schedule(w, &duel.id, Step::Start, starts_at).await?;
        self.schedule(w, &duel.id, Step::Deadline, ends_at).await?;
        for user in players {
            self.schedule(
                w,
                &duel.id,
                Step::Presence {
                    user_id: user,
                    grace_ms: self.config.grace_ms,
                },
                starts_at + self.config.grace_ms,
            )
            .await?;
        }
        Ok(())
    }

    async fn announce_countdown(&self, id: &str) -> DuelResult<DuelView> {
        let view = self.view(id).await?;
        self.bus.publish(
            &duel_topic(id),
            &ServerEvent::DuelCountdown { duel: view.clone() },
        );
        Ok(view)
    }

    /// Wait for an opponent (idempotent: asking again keeps one's place and
    /// takes the new difficulty).
    pub async fn enqueue(&self, me: &User, difficulty: Option<&str>) -> DuelResult<QueueStatus> {
        let difficulty = check_difficulty(difficulty)?;
        if let Some(active) = self.store.active_duel_of(me.id).await? {
            return Err(DuelError::Conflict(format!(
                "you are in a duel that is {}: finish it first",
                active.state
            )));
        }
        let rating = self
            .store
            .rating(me.id)
            .await?
            .map_or(START.rating, |r| r.rating);
        let mut w = self.store.write().await?;
        w.join_duel_queue(me.id, rating, difficulty.as_deref())
            .await?;
        w.commit().await?;
        self.queue_status(me).await
    }

    /// Stop waiting; `false` if one was not waiting.
    pub async fn dequeue(&self, me: &User) -> DuelResult<bool> {
        Ok(self.store.leave_duel_queue(me.id).await?)
    }

    async fn leave_queue_quietly(&self, user_id: i64) {
        if let Err(e) = self.store.leave_duel_queue(user_id).await {
            tracing::warn!(user_id, error = %e, "cannot take a player out of the queue");
        }
    }

    pub async fn queue_status(&self, me: &User) -> DuelResult<QueueStatus> {
        let now = store::now_ms();
        let queued = self.store.queued(me.id).await?;
        let rating = match &queued {
            Some(q) => q.rating,
            None => self
                .store
                .rating(me.id)
                .await?
                .map_or(START.rating, |r| r.rating),
        };
        let active = self.store.active_duel_of(me.id).await?;
        Ok(QueueStatus {
            queued: queued.is_some(),
            difficulty: queued.as_ref().and_then(|q| q.difficulty.clone()),
            since: queued.as_ref().map(|q| q.joined_at),
            rating,
            window: queued.as_ref().map_or(matching::BASE_WINDOW, |q| {
                matching::window(now - q.joined_at)
            }),
            window_per_sec: matching::WINDOW_PER_SEC,
            max_window: matching::MAX_WINDOW,
            server_now: now,
            active_duel: active.map(|d| d.id),
        })
    }

    /// One matchmaking wave (the caller holds the matchmaker's lease): pair
    /// who can be paired, make their duels, tell them. Returns the duels
    /// made.
    pub async fn match_wave(&self, new_id: fn() -> String) -> DuelResult<Vec<String>> {
        let now = store::now_ms();
        let queue = self.store.duel_queue().await?;
        let mut seekers = Vec::with_capacity(queue.len());
        for q in queue {
            // Someone who started a duel meanwhile does not wait any more.
            if self.store.active_duel_of(q.user_id).await?.is_some() {
                self.leave_queue_quietly(q.user_id).await;
                continue;
            }
            seekers.push(Seeker {
                user_id: q.user_id,
                rating: q.rating,
                difficulty: q.difficulty,
                since: q.joined_at,
            });
        }
        let mut made = Vec::new();
        for p in matching::pair(&seekers, now) {
            let id = new_id();
            match self.make_match(&id, &p).await {
                Ok(true) => {
                    tracing::info!(duel = %id, gap = p.gap, "matched");
                    for user in [p.first, p.second] {
                        self.bus.publish(
                            &user_topic(user),
                            &ServerEvent::DuelMatched { duel: id.clone() },
                        );
                    }
                    self.announce_countdown(&id).await?;
                    made.push(id);
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "cannot make a matched duel"),
            }
        }
        Ok(made)
    }

    /// Make one matched duel; `false` if either player left the queue.
    async fn make_match(&self, id: &str, p: &matching::Pairing) -> DuelResult<bool> {
        let players = [p.first, p.second];
        let problem = self.pick(None, p.difficulty.as_deref(), players).await?;
        let mut w = self.store.write().await?;
        w.lock_users(&players).await?;
        if !w.take_from_duel_queue(p.first, p.second).await? {
            return Ok(false);
        }
        for user in players {
            if w.active_duel_of(user).await?.is_some() {
                // One joined a challenge meanwhile: nothing happened (the
                // queue rows come back with the rollback), and the next wave
                // takes that player out of the queue.
                return Ok(false);
            }
        }
        w.create_duel(&NewDuel {
            id,
            created_by: p.first,
            origin: "queue",
            difficulty: p.difficulty.as_deref(),
            problem: None,
            language: "python",
            duration_secs: DEFAULT_DURATION_SECS,
        })
        .await?;
        w.add_duel_player(id, p.first, 0).await?;
        w.add_duel_player(id, p.second, 1).await?;
        let duel = w.duel(id).await?;
        self.begin(&mut w, &duel, players, problem).await?;
        w.commit().await?;
        Ok(true)
    }
}

impl Duels {
    /// Pair the queue every [`matching::WAVE_MS`] while this node holds the
    /// matchmaker's lease (one node at a time in a cluster; another takes
    /// over within a few waves if it dies). `new_id` names new duels.
    pub fn spawn_matchmaker(&self, new_id: fn() -> String) -> tokio::task::JoinHandle<()> {
        let duels = self.clone();
        let holder = format!("node-{:016x}", rand::random::<u64>());
        tokio::spawn(async move {
            let every = std::time::Duration::from_millis(matching::WAVE_MS as u64);
            let mut tick = tokio::time::interval(every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                match duels
                    .store
                    .try_lease("matchmaker", &holder, 3 * matching::WAVE_MS)
                    .await
                {
                    Ok(true) => {
                        if let Err(e) = duels.match_wave(new_id).await {
                            tracing::warn!(error = %e, "a matchmaking wave failed");
                        }
                    }
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "cannot take the matchmaker's lease"),
                }
            }
        })
    }
}
