// Generated from crates/bus/src/events.rs and vocabulary.rs (`UPDATE_GENERATED=1 cargo test -p bus`); do not edit.

export type RoomRole = "host" | "interviewer" | "candidate" | "observer";

export type MemberStatus = "pending" | "admitted" | "rejected";

export type RoomState = "open" | "ended";

export type RoomEventKind = "lobby_decision" | "language" | "problem" | "chat" | "note" | "signal" | "invite" | "run_started" | "run_finished" | "submission" | "submission_finished" | "ended" | "expired";

export type Audience = "all" | "staff";

export type SignalKind = "tab_hidden" | "tab_visible" | "window_blur" | "window_focus" | "paste" | "fullscreen_exit";

export type TimelineEvent = { id: number, at: number, 
/**
 * The member who acted (`u:…`, `g:…`), or `system`.
 */
actor: string, kind: RoomEventKind, audience: Audience, 
/**
 * What happened; its fields depend on `kind`.
 */
data: Record<string, unknown>, };

export type NotificationKind = "welcome" | "password_changed" | "room_invite";

export type Notification = { id: number, kind: NotificationKind, title: string, body: string, 
/**
 * A path of the web app to go to from it.
 */
link: string | null, created_at: number, read_at: number | null, };

export type DuelState = "waiting" | "countdown" | "running" | "finished" | "abandoned";

export type DuelReason = "solved" | "score" | "draw" | "forfeit" | "abandoned";

export type DuelProgress = { 
/**
 * Tests passed by the best submission so far.
 */
passed: number, total: number, 
/**
 * Submissions made.
 */
attempts: number, };

export type DuelPlayer = { user_id: number, name: string, rating_before: number | null, rating_after: number | null, progress: DuelProgress, connected: boolean, };

export type DuelProblem = { slug: string, title: string, difficulty: string, };

export type DuelResult = { winner_user_id: number | null, reason: DuelReason, };

export type DuelView = { id: string, url: string, state: DuelState, difficulty: string | null, 
/**
 * The language the editors start in (each player may change theirs).
 */
language: string, duration_secs: number, 
/**
 * From `running` on.
 */
problem: DuelProblem | null, starts_at: number | null, ends_at: number | null, 
/**
 * The server's clock when this was made: screens count down from it.
 */
server_now: number, players: Array<DuelPlayer>, result: DuelResult | null, };

export type AttemptState = "running" | "submitted" | "expired";

export type InvitationStatus = "invited" | "started" | "submitted" | "expired" | "revoked";

export type IntegrityKind = "tab_hidden" | "window_blur" | "paste" | "fullscreen_exit" | "second_session";

export type Severity = "low" | "medium" | "high";

export type SignalCounts = { low: number, medium: number, high: number, };

export type IntegritySignal = { id: number, at: number, kind: IntegrityKind, severity: Severity, duration_ms: number | null, length: number | null, };

export type ProblemProgress = { slug: string, points: number, 
/**
 * points × the share of tests the best submission passed.
 */
score: number, 
/**
 * The best submission's verdict.
 */
verdict: string | null, submissions: number, };

export type CandidateRow = { 
/**
 * The invitation's id.
 */
invitation: string, email: string, status: InvitationStatus, attempt: string | null, started_at: number | null, deadline: number | null, 
/**
 * When the attempt ended (finished early or at the deadline).
 */
submitted_at: number | null, extra_minutes: number, extra_percent: number, problems: Array<ProblemProgress>, total: number, signals: SignalCounts, };

export type TestProgress = { name: string, 
/**
 * `AC`, `WA`, `TLE`, `MLE`, `RE`, `OLE`, `SE` or `IE`.
 */
verdict: string, time_ms: number, memory_kb: number, };

export type RunResult = { 
/**
 * `ok`, `compile_error`, `runtime_error`, `time_limit`, `wall_time_limit`,
 * `memory_limit`, `output_limit`, `syscall_denied` or `internal_error`.
 */
status: string, exit_code: number | null, signal: number | null, time_ms: number, wall_ms: number, memory_kb: number, stdout: string, stderr: string, compile_output: string, };

export type MemberInfo = { 
/**
 * `u:{user id}` or `g:{guest id}`.
 */
member: string, name: string, role: RoomRole, status: MemberStatus, };

export type ServerEvent = { "type": "ready", user_id: number, } | { "type": "submission_queued", id: number, problem: string, } | { "type": "submission_compiling", id: number, } | { "type": "submission_running", id: number, done: number, total: number, last: TestProgress | null, } | { "type": "submission_finished", id: number, verdict: string, score: number, time_ms: number, memory_kb: number, } | { "type": "run_queued", id: number, } | { "type": "run_compiling", id: number, } | { "type": "run_running", id: number, } | { "type": "run_finished", id: number, result: RunResult, } | { "type": "room_joined", room: string, me: MemberInfo, } | { "type": "participant_joined", room: string, member: MemberInfo, } | { "type": "participant_left", room: string, member: string, } | { "type": "lobby_request", room: string, member: MemberInfo, } | { "type": "lobby_decision", room: string, member: MemberInfo, 
/**
 * Who decided.
 */
by: string, } | { "type": "language_changed", room: string, language: string, by: string, } | { "type": "problem_chosen", room: string, slug: string, title: string, statement: string, } | { "type": "chat", room: string, id: number, at: number, from: string, name: string, text: string, } | { "type": "signal", room: string, at: number, from: string, name: string, kind: SignalKind, chars: number | null, } | { "type": "note", room: string, id: number, at: number, from: string, name: string, text: string, } | { "type": "room_run", room: string, run: number, by: string, 
/**
 * `queued` or `finished`.
 */
state: string, result: RunResult | null, } | { "type": "room_ended", room: string, } | { "type": "duel_matched", duel: string, } | { "type": "duel_joined", duel: DuelView, } | { "type": "duel_countdown", duel: DuelView, } | { "type": "duel_started", duel: DuelView, } | { "type": "duel_progress", duel: string, user_id: number, progress: DuelProgress, connected: boolean, } | { "type": "duel_finished", duel: DuelView, } | { "type": "attempt_clock", attempt: string, deadline: number, server_now: number, } | { "type": "attempt_session", attempt: string, session_tag: string, } | { "type": "attempt_ended", attempt: string, state: AttemptState, } | { "type": "assessment_watching", assessment: string, candidates: Array<CandidateRow>, server_now: number, } | { "type": "assessment_candidate", assessment: string, candidate: CandidateRow, server_now: number, } | { "type": "assessment_signal", assessment: string, invitation: string, signal: IntegritySignal, } | { "type": "notification", notification: Notification, } | { "type": "error", code: string, message: string, } | { "type": "pong" };

export type ClientMessage = { "type": "watch_submission", id: number, } | { "type": "watch_run", id: number, } | { "type": "join_room", room: string, } | { "type": "join_duel", duel: string, } | { "type": "watch_assessment", assessment: string, } | { "type": "ping" };
