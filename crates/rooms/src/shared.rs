//! Runs and submissions of the room's code, shared with everyone in it: they
//! start here (the run or submission, its job and the timeline event in one
//! transaction) and their results come back through `jobs`, which records
//! them with [`run_finished`] and [`submission_finished`] in the transaction
//! that stores the result.

use bus::{Bus, RunResult, ServerEvent, room_topic};
use serde_json::json;
use store::runs::{NewRun, Run};
use store::submissions::{NewSubmission, Submission};
use store::{StoreError, Write};

use crate::history::Entry;
use crate::{
    Audience, CODE_FIELD, Caller, Member, Room, RoomError, RoomEventKind, RoomResult, Rooms,
};

/// A run or submission about to start: an open room, a participant (not an
/// observer), and the document's code at this moment.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub room: Room,
    pub me: Member,
    pub code: String,
}

impl Prepared {
    /// The room's problem, which a submission is judged against.
    pub fn problem(&self) -> RoomResult<&str> {
        self.room
            .problem
            .as_deref()
            .ok_or_else(|| RoomError::Conflict("the host has not chosen a problem yet".into()))
    }
}

/// How the queue should treat the job.
#[derive(Debug, Clone, Copy)]
pub struct JobOptions {
    pub priority: i64,
    pub max_attempts: i64,
}

impl Rooms {
    /// Check the caller may run the room's code, and read it.
    pub async fn prepare(&self, who: &Caller<'_>, id: &str) -> RoomResult<Prepared> {
        let (room, me) = self.admitted(who, id).await?;
        me.require_participant()?;
        room.require_open()?;
        let code = self
            .collab
            .text(id, CODE_FIELD)
            .await
            .map_err(|e| RoomError::Document(e.to_string()))?;
        Ok(Prepared { room, me, code })
    }

    /// Run the prepared code with `stdin`. Runs belong to an account: a
    /// room's runs are its host's.
    pub async fn start_run(&self, p: Prepared, stdin: &str, job: JobOptions) -> RoomResult<Run> {
        let id = p.room.id.as_str();
        let mut w = self.store.write().await?;
        let run = w
            .create_run(&NewRun {
                user_id: p.room.created_by,
                language: &p.room.language,
                code: &p.code,
                stdin,
                idempotency_key: None,
                room_id: Some(id),
                priority: job.priority,
                max_attempts: job.max_attempts,
            })
            .await?;
        let entry = Entry {
            actor: &p.me.member,
            kind: RoomEventKind::RunStarted,
            audience: Audience::All,
            data: json!({"run": run.id, "by": p.me.name, "stdin": stdin}),
        };
        let event = ServerEvent::RoomRun {
            room: id.into(),
            run: run.id,
            by: p.me.name.clone(),
            state: "queued".into(),
            result: None,
        };
        self.conclude(w, id, entry, |_| vec![(room_topic(id), event)])
            .await?;
        Ok(run)
    }

    /// Submit the prepared code against the room's problem (the host's
    /// submission, like runs).
    pub async fn start_submission(&self, p: Prepared, job: JobOptions) -> RoomResult<Submission> {
        let problem = p.problem()?.to_string();
        let id = p.room.id.as_str();
        let mut w = self.store.write().await?;
        let sub = w
            .create_submission(&NewSubmission {
                user_id: p.room.created_by,
                problem: &problem,
                language: &p.room.language,
                code: &p.code,
                idempotency_key: None,
                room_id: Some(id),
                duel_id: None,
                attempt_id: None,
                priority: job.priority,
                max_attempts: job.max_attempts,
            })
            .await?;
        let entry = Entry {
            actor: &p.me.member,
            kind: RoomEventKind::Submission,
            audience: Audience::All,
            data: json!({"submission": sub.id, "by": p.me.name}),
        };
        let event = ServerEvent::SubmissionQueued {
            id: sub.id,
            problem,
        };
        self.conclude(w, id, entry, |_| vec![(room_topic(id), event)])
            .await?;
        Ok(sub)
    }
}

/// Put a room run's result on the room's timeline, in the transaction that
/// stores it; then, after the commit, [`announce_run`] tells the room.
pub async fn run_finished(
    w: &mut Write,
    room: &str,
    run: i64,
    result: &serde_json::Value,
) -> Result<(), StoreError> {
    let data = json!({"run": run, "result": result});
    let (kind, audience) = (RoomEventKind::RunFinished, Audience::All);
    w.add_room_event(room, "system", kind.as_str(), audience.as_str(), &data)
        .await?;
    Ok(())
}

/// Tell the room a shared run finished.
pub fn announce_run(bus: &Bus, room: &str, run: i64, result: RunResult) {
    bus.publish(
        &room_topic(room),
        &ServerEvent::RoomRun {
            room: room.into(),
            run,
            by: String::new(),
            state: "finished".into(),
            result: Some(result),
        },
    );
}

/// Put a room submission's verdict on the room's timeline, in the
/// transaction that stores it. (Its live event goes to the submitter's
/// watchers as for any submission.)
pub async fn submission_finished(
    w: &mut Write,
    room: &str,
    submission: i64,
    verdict: &str,
    score: f64,
    result: &serde_json::Value,
) -> Result<(), StoreError> {
    let data = json!({
        "submission": submission, "verdict": verdict, "score": score,
        "tests": result["tests"], "compile_output": result["compile_output"],
    });
    let (kind, audience) = (RoomEventKind::SubmissionFinished, Audience::All);
    w.add_room_event(room, "system", kind.as_str(), audience.as_str(), &data)
        .await?;
    Ok(())
}
