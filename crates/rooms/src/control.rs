//! Changing the room itself: its language, its problem (whose stub replaces
//! the code), ending it by hand and ending idle rooms.

use bus::{ServerEvent, room_topic};
use serde_json::json;

use crate::history::{Entry, record};
use crate::{
    Audience, CODE_FIELD, Caller, Member, Room, RoomError, RoomEventKind, RoomResult, RoomRole,
    Rooms,
};

impl Rooms {
    /// Switch the language (admitted members but observers, open rooms).
    pub async fn set_language(&self, who: &Caller<'_>, id: &str, language: &str) -> RoomResult<()> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_participant()?;
        room.require_open()?;
        self.check_language(language)?;
        let mut w = self.store.write().await?;
        w.set_room_language(id, language).await?;
        let entry = Entry {
            actor: &me.member,
            kind: RoomEventKind::Language,
            audience: Audience::All,
            data: json!({"language": language}),
        };
        let event = ServerEvent::LanguageChanged {
            room: id.into(),
            language: language.into(),
            by: me.name.clone(),
        };
        self.conclude(w, id, entry, |_| vec![(room_topic(id), event)])
            .await?;
        Ok(())
    }

    /// Choose the problem (host and interviewers): its stub for the room's
    /// language replaces the document's code, and its statement goes to
    /// everyone.
    pub async fn choose_problem(&self, who: &Caller<'_>, id: &str, slug: &str) -> RoomResult<()> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        room.require_open()?;
        let problem = match self.store.problem(slug).await {
            Ok(p) => p,
            Err(store::StoreError::NotFound) => {
                return Err(RoomError::NotFound(format!("no problem {slug:?}")));
            }
            Err(e) => return Err(e.into()),
        };
        let stub = problem
            .stubs
            .get(&room.language)
            .map(|s| format!("{}{}{}", s.prefix, s.solution, s.suffix))
            .unwrap_or_default();
        // The document is not in the database's transaction: it changes
        // first, so a failure leaves the old problem with the new stub at
        // worst, never a chosen problem nobody can see.
        self.collab
            .set_text(id, CODE_FIELD, &stub, &me.member)
            .await
            .map_err(|e| RoomError::Document(e.to_string()))?;
        let mut w = self.store.write().await?;
        w.set_room_problem(id, slug).await?;
        let entry = Entry {
            actor: &me.member,
            kind: RoomEventKind::Problem,
            audience: Audience::All,
            data: json!({"slug": slug}),
        };
        let event = ServerEvent::ProblemChosen {
            room: id.into(),
            slug: problem.summary.slug,
            title: problem.summary.title,
            statement: problem.statement,
        };
        self.conclude(w, id, entry, |_| vec![(room_topic(id), event)])
            .await?;
        Ok(())
    }

    /// End the room (its host, or an admin): the document becomes read-only
    /// and stays readable. Ending an ended room changes nothing.
    pub async fn end(&self, who: &Caller<'_>, id: &str) -> RoomResult<(Room, Member)> {
        let (_, me) = self.admitted(who, id).await?;
        if me.role != RoomRole::Host && !who.is_admin() {
            return Err(RoomError::Forbidden(
                "only the room's host can end it".into(),
            ));
        }
        self.close(id, &me.member, RoomEventKind::Ended).await?;
        Ok((self.find(who, id).await?, me))
    }

    /// End every open room idle since before `cutoff` (ms since the epoch);
    /// returns the ones it ended. One room that cannot be ended does not hold
    /// up the others: it is logged and tried again next time.
    pub async fn expire_idle(&self, cutoff: i64) -> RoomResult<Vec<String>> {
        let mut ended = Vec::new();
        for room in self.store.idle_rooms(cutoff).await? {
            match self.close(&room, "system", RoomEventKind::Expired).await {
                Ok(true) => {
                    tracing::info!(room, "idle room expired");
                    ended.push(room);
                }
                Ok(false) => {}
                Err(e) => tracing::warn!(room, error = %e, "cannot end an idle room"),
            }
        }
        Ok(ended)
    }

    /// Mark the room ended with its event; then freeze the document and tell
    /// everyone. `false` if it had already ended.
    async fn close(&self, id: &str, actor: &str, kind: RoomEventKind) -> RoomResult<bool> {
        let mut w = self.store.write().await?;
        if !w.end_room(id).await? {
            return Ok(false);
        }
        record(&mut w, id, actor, kind, Audience::All, &json!({})).await?;
        w.commit().await?;
        self.collab.freeze(id);
        self.bus
            .publish(&room_topic(id), &ServerEvent::RoomEnded { room: id.into() });
        Ok(true)
    }

    /// Someone used the room (a connection): it is not idle.
    pub async fn touch(&self, id: &str) -> RoomResult<()> {
        Ok(self.store.touch_room(id).await?)
    }
}
