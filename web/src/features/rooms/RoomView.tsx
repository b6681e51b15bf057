// An admitted member's room: the shared editor with presence, the language and
// problem, shared runs and submissions, and the side panels (people and lobby,
// chat, and for interviewers notes and integrity signals).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import Markdown from '../../components/Markdown';
import { ErrorBox, RunOutput } from '../../components/ui';
import type { SchemaRoomDto } from '../../generated/api';
import type { MemberInfo, RunResult, ServerEvent } from '../../generated/events';
import { ok, type Client } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { session } from '../../lib/session';
import { useEvents, useSocketStatus, type EventSocket } from '../../lib/socket';
import type { RoomEvent } from '../../lib/types';
import { useSubmissionProgress } from '../submissions/useSubmissionProgress';
import { useIntegritySignals, type SignalKind } from './signals';
import { useDocStatus, usePresence, useRoomDoc } from './useRoomDoc';
import SidePanels, { type FeedItem } from './SidePanels';
import ProblemPicker from './ProblemPicker';

interface Props {
  initial: SchemaRoomDto;
  me: MemberInfo;
  api: Client;
  socket: EventSocket;
  guestToken: string | null;
}

interface SharedProblem {
  slug: string;
  title: string;
  statement: string;
}

export default function RoomView({ initial, me, api, socket, guestToken }: Props) {
  const id = initial.id;
  const [room, setRoom] = useState(initial);
  const staff = me.role === 'host' || me.role === 'interviewer';
  const ended = room.state !== 'open';
  const readOnly = ended || me.role === 'observer';
  const identity = useMemo(() => ({ member: me.member, name: me.name, guest: !!guestToken }), [me.member, me.name, guestToken]);
  const doc = useRoomDoc(id, guestToken ?? session()?.access ?? null, identity);
  const { status: docStatus, synced } = useDocStatus(doc);
  const presence = usePresence(doc);
  const wsStatus = useSocketStatus(socket);
  const [members, setMembers] = useState<MemberInfo[]>([]);
  const [feed, setFeed] = useState<FeedItem[]>([]);
  const [problem, setProblem] = useState<SharedProblem | null>(null);
  const [run, setRun] = useState<{ state: string; by: string; result: RunResult | null }>({ state: 'idle', by: '', result: null });
  // Room submissions are announced on the room's stream, whoever made them.
  const { progress: submission } = useSubmissionProgress(socket, { followAnnounced: true });
  const [stdin, setStdin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);

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
      setMembers(m.items as unknown as MemberInfo[]);
      // Merge: live events may have arrived while the history was loading.
      const history = (ev.items as unknown as RoomEvent[]).flatMap(feedItem);
      setFeed((live) => {
        const seen = new Set(history.map((f) => f.key));
        return [...history, ...live.filter((f) => !seen.has(f.key))].sort((a, b) => a.at - b.at);
      });
    } catch (e) {
      setError(e);
    }
  }, [api, id]);
  // Again after every reconnect: what happened while we were away.
  useEffect(() => {
    if (wsStatus === 'open') void loadHistory();
  }, [loadHistory, wsStatus]);

  useEffect(() => {
    if (!room.problem) return;
    void ok(api.GET('/api/v1/problems/{slug}', { params: { path: { slug: room.problem } } })).then(
      (p) => setProblem({ slug: p.slug, title: p.title, statement: p.statement }),
      setError,
    );
    // Only the first load; later choices arrive as events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const upsert = (m: MemberInfo) => setMembers((list) => [...list.filter((x) => x.member !== m.member), m]);

  const onEvent = useCallback(
    (e: ServerEvent) => {
      if ('room' in e && e.room !== id) return;
      switch (e.type) {
        case 'participant_joined':
        case 'lobby_request':
          upsert(e.member);
          break;
        case 'lobby_decision':
          upsert(e.member);
          setFeed((f) => [...f, { key: `d${e.member.member}${Date.now()}`, kind: 'system', at: Date.now(), name: e.by, text: `${e.member.status === 'admitted' ? 'admitted' : 'turned away'} ${e.member.name}` }]);
          break;
        case 'language_changed':
          setRoom((r) => ({ ...r, language: e.language }));
          setFeed((f) => [...f, { key: `l${Date.now()}`, kind: 'system', at: Date.now(), name: e.by, text: `switched to ${languageLabel(e.language)}` }]);
          break;
        case 'problem_chosen':
          setProblem({ slug: e.slug, title: e.title, statement: e.statement });
          setRoom((r) => ({ ...r, problem: e.slug }));
          break;
        case 'chat':
          setFeed((f) => (f.some((x) => x.key === `e${e.id}`) ? f : [...f, { key: `e${e.id}`, kind: 'chat', at: e.at, name: e.name, text: e.text }]));
          break;
        case 'note':
          setFeed((f) => (f.some((x) => x.key === `e${e.id}`) ? f : [...f, { key: `e${e.id}`, kind: 'note', at: e.at, name: e.name, text: e.text }]));
          break;
        case 'signal':
          setFeed((f) => [...f, { key: `s${e.at}${e.kind}${e.from}`, kind: 'signal', at: e.at, name: e.name, text: e.kind, chars: e.chars ?? undefined }]);
          break;
        case 'room_run':
          setRun((r) => ({ state: e.state, by: e.by || r.by, result: e.result }));
          break;
        case 'room_ended':
          setRoom((r) => ({ ...r, state: 'ended' }));
          break;
      }
    },
    [id],
  );
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
      setRun({ state: 'queued', by: me.name, result: null });
      try {
        await ok(api.POST('/api/v1/rooms/{id}/runs', { params: { path: { id } }, body: { stdin } }));
      } catch (e) {
        setRun(before);
        throw e;
      }
    });
  const doSubmit = () => act(() => ok(api.POST('/api/v1/rooms/{id}/submissions', { params: { path: { id } } })));
  const setLanguage = (language: string) =>
    act(() => ok(api.PUT('/api/v1/rooms/{id}/language', { params: { path: { id } }, body: { language } })));
  const endRoom = () =>
    act(async () => {
      if (!confirm('End the room for everyone? The code becomes read-only.')) return;
      setRoom(await ok(api.POST('/api/v1/rooms/{id}/end', { params: { path: { id } } })));
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
              void navigator.clipboard?.writeText(room.url).then(() => setCopied(true));
              setTimeout(() => setCopied(false), 2000);
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
        <aside className="pane problem-pane" aria-label="Problem">
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
              <textarea rows={2} placeholder="Input for Run (stdin)" value={stdin} onChange={(e) => setStdin(e.target.value)} />
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
          onDecided={upsert}
        />
      </div>
    </div>
  );
}

function feedItem(e: RoomEvent): FeedItem[] {
  const d = e.data as { text?: string; name?: string; kind?: string; chars?: number; language?: string; by?: string };
  switch (e.kind) {
    case 'chat':
    case 'note':
      return [{ key: `e${e.id}`, kind: e.kind, at: e.at, name: d.name ?? '', text: d.text ?? '' }];
    case 'signal':
      return [{ key: `e${e.id}`, kind: 'signal', at: e.at, name: d.name ?? '', text: d.kind ?? '', chars: d.chars }];
    default:
      return [];
  }
}
