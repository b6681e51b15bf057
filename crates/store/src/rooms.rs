//! Rooms, their members (the lobby's decisions) and their timeline of events.

use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, Write, json, now_ms};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Room {
    pub id: String,
    pub title: String,
    pub created_by: i64,
    pub language: String,
    pub problem: Option<String>,
    /// `open` or `ended`.
    pub state: String,
    pub created_at: i64,
    pub ended_at: Option<i64>,
    pub last_active_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// `u:{user id}` or `g:{guest id}`.
    pub member: String,
    pub user_id: Option<i64>,
    pub name: String,
    /// `host`, `interviewer`, `candidate` or `observer`.
    pub role: String,
    /// `pending`, `admitted` or `rejected`.
    pub status: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

impl Member {
    /// Host and interviewers: they admit, see notes and signals, end the room.
    pub fn is_staff(&self) -> bool {
        self.role == "host" || self.role == "interviewer"
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoomEvent {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub kind: String,
    /// `all`, or `staff` (never sent to candidates, observers or guests).
    pub audience: String,
    pub data: serde_json::Value,
}

const ROOM: &str =
    "id, title, created_by, language, problem, state, created_at, ended_at, last_active_at";
const MEMBER: &str = "member, user_id, name, role, status, created_at, decided_at";

fn room_from_row(r: &AnyRow) -> Result<Room, StoreError> {
    Ok(Room {
        id: r.try_get("id")?,
        title: r.try_get("title")?,
        created_by: r.try_get("created_by")?,
        language: r.try_get("language")?,
        problem: r.try_get("problem")?,
        state: r.try_get("state")?,
        created_at: r.try_get("created_at")?,
        ended_at: r.try_get("ended_at")?,
        last_active_at: r.try_get("last_active_at")?,
    })
}

fn member_from_row(r: &AnyRow) -> Result<Member, StoreError> {
    Ok(Member {
        member: r.try_get("member")?,
        user_id: r.try_get("user_id")?,
        name: r.try_get("name")?,
        role: r.try_get("role")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        decided_at: r.try_get("decided_at")?,
    })
}

/// A new member: who, and how they enter.
pub struct NewMember<'a> {
    pub member: &'a str,
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub role: &'a str,
    pub status: &'a str,
}

impl Store {
    pub async fn room(&self, id: &str) -> Result<Room, StoreError> {
        let row = sqlx::query(&format!("SELECT {ROOM} FROM rooms WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        room_from_row(&row)
    }

    /// The rooms a user created or was admitted to, newest first (at most `limit`).
    pub async fn rooms_of_user(&self, user_id: i64, limit: i64) -> Result<Vec<Room>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {ROOM} FROM rooms WHERE created_by = $1 OR id IN \
             (SELECT room_id FROM room_members WHERE user_id = $1 AND status = 'admitted') \
             ORDER BY created_at DESC, id LIMIT $2"
        ))
        .bind(user_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(room_from_row).collect()
    }

    pub async fn member(&self, room: &str, member: &str) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {MEMBER} FROM room_members WHERE room_id = $1 AND member = $2"
        ))
        .bind(room)
        .bind(member)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(member_from_row).transpose()
    }

    pub async fn members(&self, room: &str) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {MEMBER} FROM room_members WHERE room_id = $1 ORDER BY created_at, member"
        ))
        .bind(room)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(member_from_row).collect()
    }

    pub async fn touch_room(&self, room: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE rooms SET last_active_at = $1 WHERE id = $2")
            .bind(now_ms())
            .bind(room)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The timeline, oldest first; staff-only events only when `staff`.
    pub async fn room_events(&self, room: &str, staff: bool) -> Result<Vec<RoomEvent>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, actor, kind, audience, data FROM room_events \
             WHERE room_id = $1 AND (audience = 'all' OR $2 = 1) ORDER BY id",
        )
        .bind(room)
        .bind(i64::from(staff))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(RoomEvent {
                    id: r.try_get("id")?,
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    kind: r.try_get("kind")?,
                    audience: r.try_get("audience")?,
                    data: json(r, "data")?,
                })
            })
            .collect()
    }

    /// Open rooms idle since before `cutoff` (ms): ended by the sweeper.
    pub async fn idle_rooms(&self, cutoff: i64) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT id FROM rooms WHERE state = 'open' AND last_active_at < $1")
                .bind(cutoff)
                .fetch_all(&self.pool)
                .await?,
        )
    }
}

/// Changes to rooms, each inside a domain action's transaction.
impl Write {
    /// A member, read inside the transaction.
    pub async fn member(&mut self, room: &str, member: &str) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {MEMBER} FROM room_members WHERE room_id = $1 AND member = $2"
        ))
        .bind(room)
        .bind(member)
        .fetch_optional(&mut *self.conn())
        .await?;
        row.as_ref().map(member_from_row).transpose()
    }

    /// Create a room with its creator as the admitted host.
    pub async fn create_room(
        &mut self,
        id: &str,
        title: &str,
        language: &str,
        host_id: i64,
        host_name: &str,
    ) -> Result<Room, StoreError> {
        let now = now_ms();
        sqlx::query(
            "INSERT INTO rooms (id, title, created_by, language, state, created_at, last_active_at) \
             VALUES ($1, $2, $3, $4, 'open', $5, $5)",
        )
        .bind(id)
        .bind(title)
        .bind(host_id)
        .bind(language)
        .bind(now)
        .execute(&mut *self.conn())
        .await?;
        sqlx::query(
            "INSERT INTO room_members (room_id, member, user_id, name, role, status, created_at, \
             decided_at) VALUES ($1, $2, $3, $4, 'host', 'admitted', $5, $5)",
        )
        .bind(id)
        .bind(format!("u:{host_id}"))
        .bind(host_id)
        .bind(host_name)
        .bind(now)
        .execute(&mut *self.conn())
        .await?;
        let row = sqlx::query(&format!("SELECT {ROOM} FROM rooms WHERE id = $1"))
            .bind(id)
            .fetch_one(&mut *self.conn())
            .await?;
        room_from_row(&row)
    }

    /// Ask to join (or re-read an earlier request: a second ask changes nothing).
    /// A room holds at most `cap` members who were not rejected.
    pub async fn request_join(
        &mut self,
        room: &str,
        new: &NewMember<'_>,
        cap: i64,
    ) -> Result<Member, StoreError> {
        if let Some(m) = self.member(room, new.member).await? {
            return Ok(m);
        }
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM room_members WHERE room_id = $1 AND status <> 'rejected'",
        )
        .bind(room)
        .fetch_one(&mut *self.conn())
        .await?;
        if count >= cap {
            return Err(StoreError::Conflict(format!(
                "the room is full ({cap} participants)"
            )));
        }
        let now = now_ms();
        let decided = (new.status != "pending").then_some(now);
        // Two requests at once: the second one inserts nothing and reads the
        // first (inside a transaction a failed insert would abort it on
        // PostgreSQL, so the conflict is not an error).
        sqlx::query(
            "INSERT INTO room_members (room_id, member, user_id, name, role, status, created_at, \
             decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
        )
        .bind(room)
        .bind(new.member)
        .bind(new.user_id)
        .bind(new.name)
        .bind(new.role)
        .bind(new.status)
        .bind(now)
        .bind(decided)
        .execute(&mut *self.conn())
        .await?;
        self.member(room, new.member)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Admit or reject a pending member; `None` if they were not pending
    /// (someone else decided first: the first decision wins).
    pub async fn decide_member(
        &mut self,
        room: &str,
        member: &str,
        admit: bool,
        role: &str,
        by: &str,
    ) -> Result<Option<Member>, StoreError> {
        let n = sqlx::query(
            "UPDATE room_members SET status = $1, role = $6, decided_by = $2, decided_at = $3 \
             WHERE room_id = $4 AND member = $5 AND status = 'pending'",
        )
        .bind(if admit { "admitted" } else { "rejected" })
        .bind(by)
        .bind(now_ms())
        .bind(room)
        .bind(member)
        .bind(role)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        if n == 0 {
            return Ok(None);
        }
        self.member(room, member).await
    }

    /// Change one column of an open room (`language` or `problem`).
    pub async fn set_room_language(
        &mut self,
        room: &str,
        language: &str,
    ) -> Result<(), StoreError> {
        self.update_open_room("language", room, language).await
    }

    pub async fn set_room_problem(&mut self, room: &str, slug: &str) -> Result<(), StoreError> {
        self.update_open_room("problem", room, slug).await
    }

    async fn update_open_room(
        &mut self,
        column: &str,
        room: &str,
        value: &str,
    ) -> Result<(), StoreError> {
        let n = sqlx::query(&format!(
            "UPDATE rooms SET {column} = $1, last_active_at = $2 WHERE id = $3 AND state = 'open'"
        ))
        .bind(value)
        .bind(now_ms())
        .bind(room)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        if n == 0 {
            Err(StoreError::Conflict("the room has ended".into()))
        } else {
            Ok(())
        }
    }

    /// End the room; `false` if it had already ended.
    pub async fn end_room(&mut self, room: &str) -> Result<bool, StoreError> {
        let n = sqlx::query(
            "UPDATE rooms SET state = 'ended', ended_at = $1 WHERE id = $2 AND state = 'open'",
        )
        .bind(now_ms())
        .bind(room)
        .execute(&mut *self.conn())
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Append one event to the room's timeline.
    pub async fn add_room_event(
        &mut self,
        room: &str,
        actor: &str,
        kind: &str,
        audience: &str,
        data: &serde_json::Value,
    ) -> Result<RoomEvent, StoreError> {
        let at = now_ms();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO room_events (room_id, at, actor, kind, audience, data) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(room)
        .bind(at)
        .bind(actor)
        .bind(kind)
        .bind(audience)
        .bind(data.to_string())
        .fetch_one(&mut *self.conn())
        .await?;
        Ok(RoomEvent {
            id,
            at,
            actor: actor.into(),
            kind: kind.into(),
            audience: audience.into(),
            data: data.clone(),
        })
    }
}
