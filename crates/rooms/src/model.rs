//! A room and its members as the rules see them: typed roles, statuses and
//! state (the store keeps them as words), and who is asking.

use bus::{MemberInfo, MemberStatus, RoomRole, RoomState};
use store::{Role, User};

use crate::RoomError;

#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub id: String,
    pub title: String,
    /// The host's account: a room's runs and submissions are theirs.
    pub created_by: i64,
    pub language: String,
    pub problem: Option<String>,
    pub state: RoomState,
    pub created_at: i64,
    pub ended_at: Option<i64>,
}

impl Room {
    pub(crate) fn from_row(r: store::rooms::Room) -> Result<Room, RoomError> {
        Ok(Room {
            state: word(RoomState::parse(&r.state), "room state", &r.state)?,
            id: r.id,
            title: r.title,
            created_by: r.created_by,
            language: r.language,
            problem: r.problem,
            created_at: r.created_at,
            ended_at: r.ended_at,
        })
    }

    pub fn is_open(&self) -> bool {
        self.state == RoomState::Open
    }

    /// Changes need an open room.
    pub(crate) fn require_open(&self) -> Result<(), RoomError> {
        if self.is_open() {
            Ok(())
        } else {
            Err(RoomError::Conflict("the room has ended".into()))
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// `u:{user id}` or `g:{guest id}`.
    pub member: String,
    pub user_id: Option<i64>,
    pub name: String,
    pub role: RoomRole,
    pub status: MemberStatus,
}

impl Member {
    pub(crate) fn from_row(m: store::rooms::Member) -> Result<Member, RoomError> {
        Ok(Member {
            role: word(RoomRole::parse(&m.role), "member role", &m.role)?,
            status: word(MemberStatus::parse(&m.status), "member status", &m.status)?,
            member: m.member,
            user_id: m.user_id,
            name: m.name,
        })
    }

    pub fn is_staff(&self) -> bool {
        self.role.is_staff()
    }

    /// How events show them.
    pub fn info(&self) -> MemberInfo {
        MemberInfo {
            member: self.member.clone(),
            name: self.name.clone(),
            role: self.role,
            status: self.status,
        }
    }

    pub(crate) fn require_staff(&self) -> Result<(), RoomError> {
        if self.is_staff() {
            Ok(())
        } else {
            Err(RoomError::Forbidden(
                "this needs the room's host or an interviewer".into(),
            ))
        }
    }

    /// Everyone but observers may change the room.
    pub(crate) fn require_participant(&self) -> Result<(), RoomError> {
        if self.role == RoomRole::Observer {
            Err(RoomError::Forbidden("observers can only watch".into()))
        } else {
            Ok(())
        }
    }
}

fn word<T>(parsed: Option<T>, what: &str, raw: &str) -> Result<T, RoomError> {
    parsed.ok_or_else(|| RoomError::Store(store::StoreError::Corrupt(format!("{what} {raw:?}"))))
}

/// Who is asking: an account, or a guest whose token opens one room.
#[derive(Debug, Clone, Copy)]
pub enum Caller<'a> {
    User(&'a User),
    Guest {
        /// `g:{guest id}`.
        member: &'a str,
        room: &'a str,
    },
}

impl Caller<'_> {
    /// The member id rooms know them by.
    pub fn member_id(&self) -> String {
        match self {
            Caller::User(u) => format!("u:{}", u.id),
            Caller::Guest { member, .. } => member.to_string(),
        }
    }

    /// A guest token opens its own room only.
    pub fn may_enter(&self, room: &str) -> bool {
        match self {
            Caller::User(_) => true,
            Caller::Guest { room: theirs, .. } => *theirs == room,
        }
    }

    /// Interviewer or admin account: room staff rights need this too.
    pub fn is_staff_account(&self) -> bool {
        matches!(self, Caller::User(u) if u.role.is_staff())
    }

    pub fn is_admin(&self) -> bool {
        matches!(self, Caller::User(u) if u.role == Role::Admin)
    }
}
