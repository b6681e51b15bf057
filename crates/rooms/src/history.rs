//! The room's timeline: recording an event inside an action's transaction,
//! and reading it back — as it happened for members, with the staff-only
//! entries for the host and interviewers, and whole for replay.

use bus::ServerEvent;
use store::Write;
use store::rooms::RoomEvent;

use crate::{
    Audience, Caller, Member, Room, RoomError, RoomEventKind, RoomResult, Rooms, TimelineEvent,
};

/// Append one event to the room's timeline, in the action's transaction.
pub(crate) async fn record(
    w: &mut Write,
    room: &str,
    actor: &str,
    kind: RoomEventKind,
    audience: Audience,
    data: &serde_json::Value,
) -> RoomResult<TimelineEvent> {
    let ev = w
        .add_room_event(room, actor, kind.as_str(), audience.as_str(), data)
        .await?;
    typed(ev)
}

/// What an action records on the timeline.
pub(crate) struct Entry<'a> {
    pub actor: &'a str,
    pub kind: RoomEventKind,
    pub audience: Audience,
    pub data: serde_json::Value,
}

impl Rooms {
    /// How every action ends: its timeline entry in the action's transaction,
    /// the commit, and only then the news — (topic, event) pairs made from
    /// the stored entry.
    pub(crate) async fn conclude(
        &self,
        mut w: Write,
        room: &str,
        entry: Entry<'_>,
        news: impl FnOnce(&TimelineEvent) -> Vec<(String, ServerEvent)>,
    ) -> RoomResult<TimelineEvent> {
        let ev = record(
            &mut w,
            room,
            entry.actor,
            entry.kind,
            entry.audience,
            &entry.data,
        )
        .await?;
        w.commit().await?;
        for (topic, event) in news(&ev) {
            self.bus.publish(&topic, &event);
        }
        Ok(ev)
    }
}

fn typed(ev: RoomEvent) -> RoomResult<TimelineEvent> {
    let corrupt = |what: &str| RoomError::Store(store::StoreError::Corrupt(what.to_string()));
    Ok(TimelineEvent {
        kind: RoomEventKind::parse(&ev.kind).ok_or_else(|| corrupt(&ev.kind))?,
        audience: Audience::parse(&ev.audience).ok_or_else(|| corrupt(&ev.audience))?,
        id: ev.id,
        at: ev.at,
        actor: ev.actor,
        data: ev.data,
    })
}

/// One document update, for replay.
#[derive(Debug, Clone)]
pub struct DocUpdate {
    pub id: i64,
    pub at: i64,
    pub author: String,
    /// Yjs v1 encoding.
    pub data: Vec<u8>,
}

/// Everything a replay needs.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub room: Room,
    pub me: Member,
    /// Every document update in order.
    pub updates: Vec<DocUpdate>,
    pub events: Vec<TimelineEvent>,
}

impl Rooms {
    async fn events_for(&self, room: &str, staff: bool) -> RoomResult<Vec<TimelineEvent>> {
        self.store
            .room_events(room, staff)
            .await?
            .into_iter()
            .map(typed)
            .collect()
    }

    /// What happened so far, oldest first: for staff with the staff-only
    /// entries (notes, signals, lobby decisions).
    pub async fn events(&self, who: &Caller<'_>, id: &str) -> RoomResult<Vec<TimelineEvent>> {
        let (_, me) = self.admitted(who, id).await?;
        self.events_for(id, me.is_staff()).await
    }

    /// The private notes (host and interviewers).
    pub async fn notes(&self, who: &Caller<'_>, id: &str) -> RoomResult<Vec<TimelineEvent>> {
        let (_, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        let mut events = self.events_for(id, true).await?;
        events.retain(|e| e.kind == RoomEventKind::Note);
        Ok(events)
    }

    /// The whole history for replay (host and interviewers): the document's
    /// updates (pending ones written first) and every event.
    pub async fn timeline(&self, who: &Caller<'_>, id: &str) -> RoomResult<Timeline> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        self.collab.flush().await;
        let updates = self
            .store
            .doc_updates_after(id, 0)
            .await?
            .into_iter()
            .map(|u| DocUpdate {
                id: u.id,
                at: u.at,
                author: u.author,
                data: u.data,
            })
            .collect();
        let events = self.events_for(id, true).await?;
        Ok(Timeline {
            room,
            me,
            updates,
            events,
        })
    }
}
