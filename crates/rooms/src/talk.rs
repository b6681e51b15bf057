//! What members say: chat for everyone admitted, private notes for the host
//! and interviewers, and the candidate's integrity signals (staff only).

use bus::{ServerEvent, room_staff_topic, room_topic};
use serde_json::json;

use crate::history::Entry;
use crate::{
    Audience, Caller, MAX_TEXT, Member, RoomError, RoomEventKind, RoomResult, RoomRole, Rooms,
    SignalKind, TimelineEvent, text_field,
};

/// A stored message: its timeline id and time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posted {
    pub id: i64,
    pub at: i64,
}

impl Rooms {
    /// Say something in the chat (admitted members, open rooms).
    pub async fn chat(&self, who: &Caller<'_>, id: &str, text: &str) -> RoomResult<Posted> {
        let (room, me) = self.admitted(who, id).await?;
        room.require_open()?;
        self.post(id, me, text, false).await
    }

    /// A private note (host and interviewers); never sent to candidates or
    /// guests. Notes may be written after the room ended.
    pub async fn note(&self, who: &Caller<'_>, id: &str, text: &str) -> RoomResult<Posted> {
        let (_, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        self.post(id, me, text, true).await
    }

    async fn post(&self, room: &str, me: Member, text: &str, note: bool) -> RoomResult<Posted> {
        let text = text_field("text", text, MAX_TEXT, true)?;
        let (kind, audience) = if note {
            (RoomEventKind::Note, Audience::Staff)
        } else {
            (RoomEventKind::Chat, Audience::All)
        };
        let entry = Entry {
            actor: &me.member,
            kind,
            audience,
            data: json!({"text": text, "name": me.name}),
        };
        let w = self.store.write().await?;
        let news = |ev: &TimelineEvent| {
            let (room, id, at) = (room.to_string(), ev.id, ev.at);
            let (from, name) = (me.member.clone(), me.name.clone());
            vec![if note {
                let topic = room_staff_topic(&room);
                let event = ServerEvent::Note {
                    room,
                    id,
                    at,
                    from,
                    name,
                    text,
                };
                (topic, event)
            } else {
                let topic = room_topic(&room);
                let event = ServerEvent::Chat {
                    room,
                    id,
                    at,
                    from,
                    name,
                    text,
                };
                (topic, event)
            }]
        };
        let ev = self.conclude(w, room, entry, news).await?;
        Ok(Posted {
            id: ev.id,
            at: ev.at,
        })
    }

    /// An integrity signal from a candidate's browser; only the room's staff
    /// ever see it. `kind` is a [`SignalKind`] word; `chars` counts only for
    /// pastes.
    pub async fn signal(
        &self,
        who: &Caller<'_>,
        id: &str,
        kind: &str,
        chars: Option<u32>,
    ) -> RoomResult<()> {
        let (room, me) = self.admitted(who, id).await?;
        if me.role != RoomRole::Candidate {
            return Err(RoomError::Forbidden(
                "integrity signals come from the room's candidates only".into(),
            ));
        }
        room.require_open()?;
        let Some(kind) = SignalKind::parse(kind) else {
            let words: Vec<_> = SignalKind::ALL.iter().map(|k| k.as_str()).collect();
            return Err(RoomError::Invalid {
                field: "kind",
                message: format!("must be one of {}", words.join(", ")),
            });
        };
        let chars = if kind == SignalKind::Paste {
            chars
        } else {
            None
        };
        let entry = Entry {
            actor: &me.member,
            kind: RoomEventKind::Signal,
            audience: Audience::Staff,
            data: json!({"kind": kind, "chars": chars, "name": me.name}),
        };
        let w = self.store.write().await?;
        let news = |ev: &TimelineEvent| {
            let event = ServerEvent::Signal {
                room: id.into(),
                at: ev.at,
                from: me.member.clone(),
                name: me.name.clone(),
                kind,
                chars,
            };
            vec![(room_staff_topic(id), event)]
        };
        self.conclude(w, id, entry, news).await?;
        Ok(())
    }
}
