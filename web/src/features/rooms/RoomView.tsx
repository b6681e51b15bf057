// An admitted member's room: the shared editor with presence, the language and
// problem, shared runs and submissions, and the side panels (people and lobby,
// chat, and for interviewers notes and integrity signals).
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { Link } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import Markdown from '../../components/Markdown';
import { ErrorBox, RunOutput } from '../../components/ui';
import type { SchemaRoomDto } from '../../generated/api';
import type { MemberInfo, ServerEvent, SignalKind, TimelineEvent } from '../../generated/events';
import { ok, type Client } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { session } from '../../lib/session';
import { useEvents, useSocketStatus, type EventSocket } from '../../lib/socket';
import { useSubmissionProgress } from '../submissions/useSubmissionProgress';
import ProblemPicker from './ProblemPicker';
import { initialRoomState, roomReducer } from './roomState';
import SidePanels from './SidePanels';
import { useIntegritySignals } from './signals';
import { useDocStatus, usePresence, useRoomDoc } from './useRoomDoc';

interface Props {
  initial: SchemaRoomDto;
  me: MemberInfo;
  api: Client;
  socket: EventSocket;
  guestToken: string | null;
}

export default function RoomView({ initial, me, api, socket, guestToken }: Props) {
  const id = initial.id;
  const [state, dispatch] = useReducer(roomReducer, initial, initialRoomState);
  const { room, members, feed, problem, run, stdin, error, copied } = state;
  const staff = me.role === 'host' || me.role === 'interviewer';
  const ended = room.state !== 'open';
  const readOnly = ended || me.role === 'observer';
  const identity = useMemo(() => ({ member: me.member, name: me.name, guest: !!guestToken }), [me.member, me.name, guestToken]);
  const doc = useRoomDoc(id, guestToken ?? session()?.access ?? null, identity);
  const { status: docStatus, synced } = useDocStatus(doc);
  const presence = usePresence(doc);
  const wsStatus = useSocketStatus(socket);
  // Room submissions are announced on the room's stream, whoever made them.
  const { progress: submission } = useSubmissionProgress(socket, { followAnnounced: true });
  const setError = useCallback((error: unknown) => dispatch({ type: 'error', error }), []);

  // Join the room's event stream (re-sent on every reconnect) and load what
  // happened before we arrived.
  useEffect(() => {
    socket.send({ type: 'join_room', room: id }, true);
  }, [socket, id]);

  const loadHistory = useCallback(async () => {
    try {
      const [m, ev] = await Promise.all([
        ok(api.GET('/api/v1/rooms/{id}/members', { params: { path: { id } } })),
        ok(api.GET('/api/v1/rooms/{id}/events', { params: { path: { id } } })),
      ]);
      dispatch({ type: 'history_loaded', members: m.items as unknown as MemberInfo[], events: ev.items as unknown as TimelineEvent[] });
    } catch (e) {
      setError(e);
    }
  }, [api, id, setError]);
  // Again after every reconnect: what happened while we were away.
  useEffect(() => {
    if (wsStatus === 'open') void loadHistory();
  }, [loadHistory, wsStatus]);

  useEffect(() => {
    if (!room.problem) return;
    void ok(api.GET('/api/v1/problems/{slug}', { params: { path: { slug: room.problem } } })).then(
      (p) => dispatch({ type: 'problem_loaded', problem: { slug: p.slug, title: p.title, statement: p.statement } }),
      setError,
    );
    // Only the first load; later choices arrive as events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onEvent = useCallback((event: ServerEvent) => dispatch({ type: 'event', event, now: Date.now() }), []);
  useEvents(socket, onEvent);

  const report = useCallback(
    (kind: SignalKind, chars?: number) => {
      void api.POST('/api/v1/rooms/{id}/signals', { params: { path: { id } }, body: { kind, chars } });
    },
    [api, id],
  );
  useIntegritySignals(me.role === 'candidate' && !ended, report);

  async function act<T>(f: () => Promise<T>) {
    setError(null);
    try {
      return await f();
    } catch (e) {
      setError(e);
    }
  }
  const doRun = () =>
    act(async () => {
      const before = run;
      dispatch({ type: 'run_requested', by: me.name });
      try {
        await ok(api.POST('/api/v1/rooms/{id}/runs', { params: { path: { id } }, body: { stdin } }));
      } catch (e) {
        dispatch({ type: 'run_refused', previous: before });
        throw e;
      }
    });
  const doSubmit = () => act(() => ok(api.POST('/api/v1/rooms/{id}/submissions', { params: { path: { id } } })));
  const setLanguage = (language: string) =>
    act(() => ok(api.PUT('/api/v1/rooms/{id}/language', { params: { path: { id } }, body: { language } })));
  const endRoom = () =>
    act(async () => {
      if (!confirm('End the room for everyone? The code becomes read-only.')) return;
      dispatch({ type: 'room_updated', room: await ok(api.POST('/api/v1/rooms/{id}/end', { params: { path: { id } } })) });
    });

  const online = new Set(presence.map((p) => p.member));
  const connected = docStatus === 'connected' && wsStatus === 'open';

  return (
    <div className="room">
      <header className="room-bar">
        <h1 title={room.title}>{room.title}</h1>
        {ended ? <span className="badge bad">ended</span> : <span className="badge ok">live</span>}
        <span className={`conn ${connected ? 'ok' : 'warn'}`} role="status" data-testid="connection">
          {connected ? (synced ? 'connected' : 'syncing…') : 'reconnecting…'}
        </span>
        <span className="muted small" data-testid="me">
          you: {me.name} ({me.role}
          {guestToken ? ', guest' : ''})
        </span>
        <div className="spacer" />
        {staff && (
          <button
            className="ghost"
            onClick={() => {
              void navigator.clipboard?.writeText(room.url).then(() => dispatch({ type: 'copied', copied: true }));
              setTimeout(() => dispatch({ type: 'copied', copied: false }), 2000);
            }}
            title={room.url}
          >
            {copied ? 'Link copied ✓' : 'Copy invite link'}
          </button>
        )}
        <label>
          <span className="sr-only">Language</span>
          <select value={room.language} onChange={(e) => void setLanguage(e.target.value)} disabled={readOnly} aria-label="Language">
            {LANGUAGES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        {me.role === 'candidate' && !ended && document.fullscreenEnabled && (
          <button className="ghost" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
            Full screen
          </button>
        )}
        {staff && <Link to={`/rooms/${id}/replay`} className="button ghost">Replay</Link>}
        {me.role === 'host' && !ended && (
          <button className="danger" onClick={() => void endRoom()}>
            End room
          </button>
        )}
      </header>
      {staff && !ended && members.some((m) => m.status === 'pending') && (
        <p className="notice" role="status" data-testid="lobby-banner">
          {members
            .filter((m) => m.status === 'pending')
            .map((m) => m.name)
            .join(', ')}{' '}
          {members.filter((m) => m.status === 'pending').length === 1 ? 'is' : 'are'} waiting in the lobby (People tab).
        </p>
      )}
      {ended && (
        <p className="notice" role="status">
          This room has ended; the code is read-only.
        </p>
      )}
      {me.role === 'candidate' && !ended && (
        <p className="notice subtle">Interviewers see when you leave this tab or paste code.</p>
      )}
      <ErrorBox error={error} />
      <div className="room-grid">
        <aside className="pane problem-pane" aria-label="Problem" tabIndex={0}>
          {staff && !ended && <ProblemPicker api={api} room={id} onError={setError} />}
          {problem ? (
            <>
              <h2>{problem.title}</h2>
              <Markdown text={problem.statement} dropTitle />
            </>
          ) : (
            <p className="muted">{staff ? 'Pick a problem to load its statement and stub for everyone.' : 'No problem chosen yet.'}</p>
          )}
        </aside>
        <section className="pane editor-pane" aria-label="Shared code">
          {doc ? (
            <CodeEditor
              language={room.language}
              shared={{ text: doc.text, awareness: doc.provider.awareness, undo: true }}
              readOnly={readOnly}
              onRun={() => void doRun()}
              onPaste={(n) => me.role === 'candidate' && report('paste', n)}
              label={`Shared code editor, ${languageLabel(room.language)}`}
            />
          ) : (
            <p className="muted">Connecting the editor…</p>
          )}
          <div className="run-bar">
            <label className="grow">
              <span className="sr-only">Input for Run</span>
              <textarea rows={2} placeholder="Input for Run (stdin)" value={stdin} onChange={(e) => dispatch({ type: 'stdin_changed', stdin: e.target.value })} />
            </label>
            <button onClick={() => void doRun()} disabled={readOnly || (run.state !== 'idle' && run.state !== 'finished')} title="Ctrl/Cmd-Enter">
              Run
            </button>
            {room.problem && (
              <button className="primary" onClick={() => void doSubmit()} disabled={readOnly || (!!submission && submission.state !== 'finished')}>
                Submit
              </button>
            )}
          </div>
          {submission && (
            <div className="submission-line" role="status" data-testid="room-submission">
              Submission #{submission.id}:{' '}
              {submission.state === 'finished' ? (
                <span className={`badge verdict-${submission.verdict === 'AC' ? 'ok' : 'bad'}`}>
                  {submission.verdict} · {submission.score}%
                </span>
              ) : submission.state === 'running' ? (
                `running ${submission.done}/${submission.total}`
              ) : (
                `${submission.state}…`
              )}
            </div>
          )}
          {run.by && run.state !== 'idle' && <p className="muted small">Run by {run.by}</p>}
          <RunOutput result={run.result} state={run.state} />
        </section>
        <SidePanels
          api={api}
          room={id}
          me={me}
          staff={staff}
          ended={ended}
          members={members}
          online={online}
          presence={presence}
          feed={feed}
          onError={setError}
          onDecided={(member) => dispatch({ type: 'member_updated', member })}
        />
      </div>
    </div>
  );
}
