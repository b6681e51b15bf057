//! Who is in a room: creating it (the creator hosts), asking to join as a
//! user or a guest, the lobby's decisions, and the membership every other
//! action is checked against.

use bus::{MemberStatus, RoomRole, ServerEvent, member_topic, room_staff_topic, room_topic};
use serde_json::json;
use store::User;
use store::rooms::NewMember;

use crate::history::Entry;
use crate::{
    Audience, Caller, MAX_NAME, MAX_TITLE, Member, Room, RoomError, RoomEventKind, RoomResult,
    Rooms, text_field,
};

/// What inviting someone did.
#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    /// The room's link, to share by hand when it was not emailed.
    pub url: String,
    /// Whether an email with the link was queued (the server sends email).
    pub emailed: bool,
}

fn not_found(id: &str) -> RoomError {
    RoomError::NotFound(format!("no room {id:?}"))
}

impl Rooms {
    /// The room, if the caller may know it exists (guests: only their own).
    pub async fn find(&self, who: &Caller<'_>, id: &str) -> RoomResult<Room> {
        if !who.may_enter(id) {
            return Err(not_found(id));
        }
        self.room(id).await
    }

    async fn room(&self, id: &str) -> RoomResult<Room> {
        match self.store.room(id).await {
            Ok(r) => Room::from_row(r),
            Err(store::StoreError::NotFound) => Err(not_found(id)),
            Err(e) => Err(e.into()),
        }
    }

    /// The caller's membership of a room, whatever its status.
    pub async fn membership(&self, who: &Caller<'_>, id: &str) -> RoomResult<Option<Member>> {
        self.store
            .member(id, &who.member_id())
            .await?
            .map(Member::from_row)
            .transpose()
    }

    /// The room and the caller's admitted membership, or why not. Staff
    /// rights in a room need the global role too: someone demoted since they
    /// joined keeps the room, as an observer.
    pub async fn admitted(&self, who: &Caller<'_>, id: &str) -> RoomResult<(Room, Member)> {
        let room = self.find(who, id).await?;
        match self.membership(who, id).await? {
            Some(mut m) if m.status == MemberStatus::Admitted => {
                if m.is_staff() && !who.is_staff_account() {
                    m.role = RoomRole::Observer;
                }
                Ok((room, m))
            }
            Some(m) if m.status == MemberStatus::Pending => Err(RoomError::Forbidden(
                "you are waiting in the lobby; an interviewer will admit you".into(),
            )),
            Some(_) => Err(RoomError::Forbidden(
                "you were not admitted to this room".into(),
            )),
            None => Err(RoomError::Forbidden("join the room first".into())),
        }
    }

    /// Create a room with `host` (an interviewer or admin: the caller checks
    /// the account's role) as its admitted host.
    pub async fn create(
        &self,
        host: &User,
        id: &str,
        title: Option<&str>,
        language: Option<&str>,
    ) -> RoomResult<(Room, Member)> {
        let title = match title {
            Some(t) => text_field("title", t, MAX_TITLE, false)?,
            None => format!("{}'s room", host.name),
        };
        let language = language.unwrap_or("python");
        self.check_language(language)?;
        let mut w = self.store.write().await?;
        let room = w
            .create_room(id, &title, language, host.id, &host.name)
            .await?;
        let me = w
            .member(id, &format!("u:{}", host.id))
            .await?
            .ok_or(store::StoreError::NotFound)?;
        w.commit().await?;
        Ok((Room::from_row(room)?, Member::from_row(me)?))
    }

    /// The rooms a user created or was admitted to, newest first.
    pub async fn rooms_of(&self, user: &User, limit: i64) -> RoomResult<Vec<Room>> {
        self.store
            .rooms_of_user(user.id, limit)
            .await?
            .into_iter()
            .map(Room::from_row)
            .collect()
    }

    /// Ask to join as the signed-in user: interviewers and admins enter at
    /// once, others wait in the lobby. A guest gets their own membership.
    /// Asking again returns the current status.
    pub async fn join(&self, who: &Caller<'_>, id: &str) -> RoomResult<(Room, Member)> {
        let room = self.find(who, id).await?;
        let Caller::User(user) = who else {
            let me = self
                .membership(who, id)
                .await?
                .ok_or_else(|| not_found(id))?;
            return Ok((room, me));
        };
        let existing = self.membership(who, id).await?;
        if !room.is_open() && existing.is_none() {
            return Err(RoomError::Conflict("the room has ended".into()));
        }
        let staff = user.role.is_staff();
        let (role, status) = if staff {
            (RoomRole::Interviewer, MemberStatus::Admitted)
        } else {
            (RoomRole::Candidate, MemberStatus::Pending)
        };
        let me = self
            .ask(
                id,
                &NewMember {
                    member: &who.member_id(),
                    user_id: Some(user.id),
                    name: &user.name,
                    role: role.as_str(),
                    status: status.as_str(),
                },
            )
            .await?;
        Ok((room, me))
    }

    /// Join by invite link without an account, as `member` (`g:…`): a guest
    /// waits in the lobby. The caller issues the guest's token.
    pub async fn join_as_guest(
        &self,
        id: &str,
        member: &str,
        name: &str,
    ) -> RoomResult<(Room, Member)> {
        let name = text_field("name", name, MAX_NAME, false)?;
        let room = self.room(id).await?;
        room.require_open()?;
        let me = self
            .ask(
                id,
                &NewMember {
                    member,
                    user_id: None,
                    name: &name,
                    role: RoomRole::Candidate.as_str(),
                    status: MemberStatus::Pending.as_str(),
                },
            )
            .await?;
        Ok((room, me))
    }

    async fn ask(&self, id: &str, new: &NewMember<'_>) -> RoomResult<Member> {
        let mut w = self.store.write().await?;
        let me = Member::from_row(w.request_join(id, new, self.config.max_members).await?)?;
        w.commit().await?;
        self.announce_join(id, &me);
        Ok(me)
    }

    /// A lobby request reaches every interviewer; an admitted join reaches all.
    fn announce_join(&self, room: &str, m: &Member) {
        let member = m.info();
        match m.status {
            MemberStatus::Pending => self.bus.publish(
                &room_staff_topic(room),
                &ServerEvent::LobbyRequest {
                    room: room.into(),
                    member,
                },
            ),
            MemberStatus::Admitted => self.bus.publish(
                &room_topic(room),
                &ServerEvent::ParticipantJoined {
                    room: room.into(),
                    member,
                },
            ),
            MemberStatus::Rejected => {}
        }
    }

    /// Invite someone by email (host and interviewers, open rooms): the
    /// link goes out in an email queued with the room's (staff-only)
    /// timeline entry. Without email the link comes back to share by hand.
    pub async fn invite(&self, who: &Caller<'_>, id: &str, email: &str) -> RoomResult<Invite> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        room.require_open()?;
        let email = email.trim();
        if !problem::text::is_email_address(email) {
            return Err(RoomError::invalid(
                "email",
                "must be an email address like name@example.com",
            ));
        }
        let url = format!("{}/rooms/{}", self.config.public_url, room.id);
        // An account with that address also hears of it on its bell, and
        // may have said it wants no invitation emails.
        let account = match self.store.user_with_password(email).await {
            Ok((user, _)) => Some(user),
            Err(store::StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let kind = bus::NotificationKind::RoomInvite;
        let emailed = self.config.email
            && match &account {
                Some(u) => self.store.wants_email(u.id, kind.as_str()).await?,
                None => true,
            };
        if !emailed && account.is_none() {
            return Ok(Invite { url, emailed });
        }
        let mut w = self.store.write().await?;
        if emailed {
            let attempts = self.config.job_max_attempts;
            notify::room_invite(&mut w, email, &me.name, &room.title, &url, attempts).await?;
        }
        let mut notice = None;
        if let Some(user) = &account {
            let title = format!("{} invites you to a room", me.name);
            let body = format!("\"{}\": open it when it is time.", room.title);
            let link = format!("/rooms/{}", room.id);
            let n = notify::tell(&mut w, user.id, kind, &title, &body, Some(&link)).await?;
            notice = Some((user.id, n));
        }
        let entry = Entry {
            actor: &me.member,
            kind: RoomEventKind::Invite,
            audience: Audience::Staff,
            data: json!({"email": email, "name": me.name, "emailed": emailed}),
        };
        self.conclude(w, id, entry, |_| Vec::new()).await?;
        if let Some((user_id, n)) = notice {
            notify::announce(&self.bus, user_id, n);
        }
        Ok(Invite { url, emailed })
    }

    /// Members: admitted ones for everyone admitted; the lobby too for staff.
    pub async fn members(&self, who: &Caller<'_>, id: &str) -> RoomResult<Vec<Member>> {
        let (_, me) = self.admitted(who, id).await?;
        let mut out = Vec::new();
        for m in self.store.members(id).await? {
            let m = Member::from_row(m)?;
            if m.status == MemberStatus::Admitted || me.is_staff() {
                out.push(m);
            }
        }
        Ok(out)
    }

    /// Admit or reject someone waiting in the lobby (host and interviewers),
    /// with a role on admission (candidate by default; interviewer only for
    /// accounts with that global role). The first decision wins.
    pub async fn decide(
        &self,
        who: &Caller<'_>,
        id: &str,
        member: &str,
        admit: bool,
        role: Option<&str>,
    ) -> RoomResult<Member> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_staff()?;
        room.require_open()?;
        let role = match role.map(RoomRole::parse) {
            None => RoomRole::Candidate,
            Some(Some(r)) if r != RoomRole::Host => r,
            Some(_) => {
                return Err(RoomError::invalid(
                    "role",
                    "must be candidate, interviewer or observer",
                ));
            }
        };
        if role == RoomRole::Interviewer && admit && !self.is_staff_account(id, member).await? {
            return Err(RoomError::invalid(
                "role",
                "only accounts with the interviewer or admin role can be admitted as interviewers",
            ));
        }
        let mut w = self.store.write().await?;
        let Some(decided) = w
            .decide_member(id, member, admit, role.as_str(), &me.member)
            .await?
        else {
            return match w.member(id, member).await? {
                None => Err(RoomError::NotFound(format!(
                    "nobody {member:?} asked to join"
                ))),
                Some(m) => Err(RoomError::Conflict(format!("already {}", m.status))),
            };
        };
        let decided = Member::from_row(decided)?;
        let entry = Entry {
            actor: &me.member,
            kind: RoomEventKind::LobbyDecision,
            audience: Audience::Staff,
            data: json!({"member": member, "admitted": admit}),
        };
        let event = ServerEvent::LobbyDecision {
            room: id.into(),
            member: decided.info(),
            by: me.name.clone(),
        };
        let news = |_: &_| {
            vec![
                (room_staff_topic(id), event.clone()),
                (member_topic(member), event),
            ]
        };
        self.conclude(w, id, entry, news).await?;
        if admit {
            self.announce_join(id, &decided);
        }
        Ok(decided)
    }

    /// Whether a member's account has the interviewer or admin role (nobody
    /// by that id counts as yes: the decision then answers "not found").
    async fn is_staff_account(&self, room: &str, member: &str) -> RoomResult<bool> {
        Ok(match self.store.member(room, member).await? {
            None => true,
            Some(store::rooms::Member {
                user_id: Some(uid), ..
            }) => self.store.user(uid).await.is_ok_and(|u| u.role.is_staff()),
            Some(_) => false,
        })
    }
}
