// One duel, from the challenge to the result: join or share the link while it
// waits, the synced countdown, then the statement, one's own editor (a Yjs
// document of one's own, kept for the replay), Run and Submit, the opponent's
// progress bar and connection, the clock — and the result with the rating
// change.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import ProblemStatement from '../../components/ProblemStatement';
import { ErrorBox, Loading, Pre, RunOutput } from '../../components/ui';
import type { DuelPlayer, DuelView, RunResult, ServerEvent } from '../../generated/events';
import { client, ok } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { freshToken } from '../../lib/session';
import { useEvents, useSocket, useSocketStatus } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../lib/useSession';
import { useSubmissionProgress } from '../submissions/useSubmissionProgress';
import { useDocStatus, useRoomDoc } from '../rooms/useRoomDoc';
import { REASONS, clock, delta, forfeitDuel, joinDuel, rating } from './api';
import { useDuel, useTick } from './useDuel';

export default function DuelPage() {
  const { id = '' } = useParams();
  const s = useSession();
  const socket = useSocket(s ? freshToken : null, s ? String(s.user.id) : '');
  const status = useSocketStatus(socket);
  const { view, error, reload, serverNow } = useDuel(id, socket);
  const [actionError, setActionError] = useState<unknown>(null);
  useTick(!!view && view.state !== 'finished' && view.state !== 'abandoned');

  if (!s) return null;
  if (error) return <section className="page"><ErrorBox error={error} onRetry={reload} /></section>;
  if (!view) return <section className="page"><Loading what="the duel" /></section>;
  const me = view.players.find((p) => p.user_id === s.user.id) ?? null;
  const opponent = view.players.find((p) => p.user_id !== s.user.id) ?? null;
  const now = serverNow();

  const act = (f: () => Promise<unknown>) => async () => {
    setActionError(null);
    try {
      await f();
      reload();
    } catch (e) {
      setActionError(e);
    }
  };

  if (view.state === 'waiting') {
    return (
      <section className="page narrow" aria-labelledby="duel-title">
        <h1 id="duel-title">Duel</h1>
        <ErrorBox error={actionError} />
        {me ? (
          <>
            <p>Waiting for your opponent. Send them this link:</p>
            <div className="toolbar">
              <input readOnly value={view.url} aria-label="Challenge link" onFocus={(e) => e.target.select()} />
              <button onClick={() => void navigator.clipboard?.writeText(view.url)}>Copy link</button>
            </div>
            <p className="muted">
              {view.difficulty ?? 'any'} difficulty · {Math.round(view.duration_secs / 60)} minutes
            </p>
            <button className="ghost" onClick={act(() => forfeitDuel(id))}>
              Withdraw the challenge
            </button>
          </>
        ) : (
          <>
            <p>
              <strong>{view.players[0]?.name}</strong> ({rating(view.players[0]?.rating_before)}) challenges you to a{' '}
              {view.difficulty ?? ''} duel of {Math.round(view.duration_secs / 60)} minutes.
            </p>
            <button className="primary" onClick={act(() => joinDuel(id))}>
              Accept the duel
            </button>
          </>
        )}
      </section>
    );
  }

  if (view.state === 'finished' || view.state === 'abandoned') {
    return <DuelOver view={view} meId={s.user.id} />;
  }

  if (view.state === 'countdown' || (view.starts_at != null && now < view.starts_at)) {
    return (
      <section className="page narrow duel-countdown" aria-labelledby="duel-title">
        <h1 id="duel-title">
          {view.players[0]?.name} vs {view.players[1]?.name}
        </h1>
        <p className="countdown" role="timer" aria-live="polite" data-testid="countdown">
          {view.starts_at != null && now < view.starts_at ? Math.ceil((view.starts_at - now) / 1000) : 'Go!'}
        </p>
        <p className="muted">The problem appears when the countdown ends. Good luck!</p>
      </section>
    );
  }

  // Running.
  if (!me) return <Spectator view={view} now={now} />;
  return (
    <Arena
      view={view}
      me={me}
      opponent={opponent}
      now={now}
      socket={socket}
      online={status === 'open'}
      onForfeit={act(() => forfeitDuel(id))}
      actionError={actionError}
    />
  );
}

function Progress({ p, label }: { p: DuelPlayer | null; label: string }) {
  if (!p) return null;
  const { passed, total, attempts } = p.progress;
  return (
    <div className="duel-progress" data-testid={`progress-${label}`}>
      <div>
        <strong>{p.name}</strong> <span className="muted">{rating(p.rating_before)}</span>{' '}
        <span className={`badge ${p.connected ? 'ok' : 'warn'}`}>{p.connected ? 'online' : 'away'}</span>
      </div>
      <progress max={total || 1} value={passed} aria-label={`${p.name}: ${passed} of ${total} tests passed`} />
      <span className="muted">
        {passed}/{total} tests · {attempts} {attempts === 1 ? 'attempt' : 'attempts'}
      </span>
    </div>
  );
}

function Spectator({ view, now }: { view: DuelView; now: number }) {
  return (
    <section className="page narrow">
      <h1>
        {view.players[0]?.name} vs {view.players[1]?.name}
      </h1>
      <p role="timer">{view.ends_at != null ? clock(view.ends_at - now) : ''} left</p>
      {view.players.map((p) => (
        <Progress key={p.user_id} p={p} label={String(p.user_id)} />
      ))}
      <p className="muted">Players' code stays private until the duel ends.</p>
    </section>
  );
}

interface ArenaProps {
  view: DuelView;
  me: DuelPlayer;
  opponent: DuelPlayer | null;
  now: number;
  socket: ReturnType<typeof useSocket>;
  online: boolean;
  onForfeit: () => void;
  actionError: unknown;
}

function Arena({ view, me, opponent, now, socket, online, onForfeit, actionError }: ArenaProps) {
  const s = useSession()!;
  const slug = view.problem?.slug ?? '';
  const problem = useAsync(
    () => (slug ? ok(client.GET('/api/v1/problems/{slug}', { params: { path: { slug } } })) : Promise.resolve(null)),
    [slug],
  );
  const seat = view.players.findIndex((p) => p.user_id === me.user_id);
  const ident = useMemo(() => ({ member: `u:${s.user.id}`, name: s.user.name, guest: false }), [s.user.id, s.user.name]);
  const doc = useRoomDoc(`${view.id}.${seat}`, s.access, ident);
  const { synced } = useDocStatus(doc);
  const languages = problem.data ? LANGUAGES.filter((l) => l.id in problem.data!.stubs) : [];
  const [language, setLanguage] = useState(view.language);
  const lang = languages.some((l) => l.id === language) ? language : (languages[0]?.id ?? language);
  const stub = problem.data?.stubs[lang];
  const [stdin, setStdin] = useState('');
  const [run, setRun] = useState<{ id: number | null; state: string; result: RunResult | null }>({
    id: null,
    state: 'idle',
    result: null,
  });
  const [error, setError] = useState<unknown>(null);
  const [verdict, setVerdict] = useState<string | null>(null);

  // An empty editor starts with the stub's part to fill in.
  useEffect(() => {
    if (doc && synced && stub && doc.text.length === 0) doc.text.insert(0, stub.solution);
  }, [doc, synced, stub]);
  useEffect(() => {
    if (problem.data?.samples[0]) setStdin((v) => v || problem.data!.samples[0].input);
  }, [problem.data]);

  const onEvent = useCallback((e: ServerEvent) => {
    if (e.type === 'run_finished') setRun((r) => (r.id === e.id ? { ...r, state: 'finished', result: e.result } : r));
    if ((e.type === 'run_compiling' || e.type === 'run_running'))
      setRun((r) => (r.id === e.id ? { ...r, state: e.type === 'run_compiling' ? 'compiling' : 'running' } : r));
  }, []);
  useEvents(socket, onEvent);
  const submission = useSubmissionProgress(socket, {
    onFinished: (id) =>
      void ok(client.GET('/api/v1/submissions/{id}', { params: { path: { id } } })).then((d) => setVerdict(d.verdict ?? null), setError),
  });
  const progress = submission.progress;
  const code = () => doc?.text.toString() ?? '';

  function switchLanguage(next: string) {
    const old = problem.data?.stubs[lang];
    const fresh = problem.data?.stubs[next];
    // Untouched starting code follows the language; edited code stays.
    if (doc && fresh && (!old || doc.text.toString() === old.solution)) {
      doc.doc.transact(() => {
        doc.text.delete(0, doc.text.length);
        doc.text.insert(0, fresh.solution);
      });
    }
    setLanguage(next);
  }

  async function doRun() {
    setError(null);
    try {
      setRun({ id: null, state: 'queued', result: null });
      const program = stub ? `${stub.prefix ?? ''}${code()}${stub.suffix ?? ''}` : code();
      const a = await ok(client.POST('/api/v1/runs', { body: { language: lang, code: program, stdin } }));
      setRun({ id: a.id, state: a.state, result: null });
      socket?.send({ type: 'watch_run', id: a.id }, true);
    } catch (e) {
      setRun({ id: null, state: 'idle', result: null });
      setError(e);
    }
  }

  async function doSubmit() {
    setError(null);
    setVerdict(null);
    try {
      const a = await ok(
        client.POST('/api/v1/duels/{id}/submissions', { params: { path: { id: view.id } }, body: { language: lang, code: code() } }),
      );
      submission.follow(a.id, a.state);
    } catch (e) {
      submission.clear();
      setError(e);
    }
  }

  const left = view.ends_at != null ? view.ends_at - now : 0;
  const busy = (run.state !== 'idle' && run.state !== 'finished') || (!!progress && progress.state !== 'finished');
  const p = problem.data;
  return (
    <div className="duel">
      <div className="duel-bar" role="region" aria-label="Scoreboard">
        <Progress p={me} label="me" />
        <p className={`duel-clock ${left < 60_000 ? 'urgent' : ''}`} role="timer" aria-label="Time left" data-testid="clock">
          {clock(left)}
        </p>
        <Progress p={opponent} label="opponent" />
      </div>
      <div className="workspace">
        <article className="statement pane" aria-label="Problem statement" tabIndex={0} data-testid="statement" data-slug={slug}>
          {p ? (
            <>
              <ProblemStatement
                problem={p}
                facts={
                  <>
                    <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span> · {p.time_limit_ms} ms · {p.memory_mb} MB
                  </>
                }
              />
            </>
          ) : (
            <ErrorBox error={problem.error} onRetry={problem.reload} />
          )}
        </article>
        <section className="code pane" aria-label="Your solution">
          <div className="toolbar">
            <label>
              Language{' '}
              <select value={lang} onChange={(e) => switchLanguage(e.target.value)}>
                {languages.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label}
                  </option>
                ))}
              </select>
            </label>
            <div className="spacer" />
            {!online && <span className="badge warn" role="status">reconnecting…</span>}
            <button onClick={doRun} disabled={busy || !doc} title="Ctrl/Cmd-Enter">
              Run
            </button>
            <button className="primary" onClick={doSubmit} disabled={busy || !doc}>
              Submit
            </button>
            <button className="ghost danger" onClick={() => confirm('Give up this duel? Your opponent wins.') && onForfeit()}>
              Forfeit
            </button>
          </div>
          {stub?.prefix && (
            <details className="stub-part">
              <summary>Code before yours ({languageLabel(lang)})</summary>
              <Pre>{stub.prefix}</Pre>
            </details>
          )}
          {doc ? (
            <CodeEditor
              language={lang}
              shared={{ text: doc.text, awareness: doc.provider.awareness, undo: true }}
              onRun={() => void doRun()}
              label={`Code editor, ${languageLabel(lang)}`}
            />
          ) : (
            <Loading what="your editor" />
          )}
          {stub?.suffix && (
            <details className="stub-part">
              <summary>Code after yours</summary>
              <Pre>{stub.suffix}</Pre>
            </details>
          )}
          <ErrorBox error={error ?? actionError} />
          <div className="tab-body" aria-live="polite">
            {progress && progress.state !== 'finished' && (
              <p role="status" data-testid="progress">
                {progress.state === 'running' ? `Running tests: ${progress.done} of ${progress.total}` : `${progress.state}…`}
              </p>
            )}
            {verdict && (
              <p data-testid="my-verdict">
                Your last submission: <strong>{verdict}</strong>
              </p>
            )}
            <label htmlFor="stdin">Custom input</label>
            <textarea id="stdin" rows={3} value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} />
            <RunOutput result={run.result} state={run.state} />
          </div>
        </section>
      </div>
    </div>
  );
}

function DuelOver({ view, meId }: { view: DuelView; meId: number }) {
  const r = view.result;
  const me = view.players.find((p) => p.user_id === meId);
  const winner = view.players.find((p) => p.user_id === r?.winner_user_id);
  const headline =
    view.state === 'abandoned'
      ? 'Duel abandoned'
      : !winner
        ? 'Draw'
        : winner.user_id === meId
          ? 'You won!'
          : me
            ? 'You lost'
            : `${winner.name} won`;
  return (
    <section className="page narrow" aria-labelledby="duel-title">
      <h1 id="duel-title" data-testid="duel-result">
        {headline}
      </h1>
      {r && <p className="muted">{winner ? `${winner.name} ${REASONS[r.reason]}` : REASONS[r.reason]}</p>}
      {view.problem && (
        <p>
          Problem: <Link to={`/problems/${view.problem.slug}`}>{view.problem.title}</Link>
        </p>
      )}
      <table className="list">
        <thead>
          <tr>
            <th>Player</th>
            <th>Tests</th>
            <th>Attempts</th>
            <th>Rating</th>
          </tr>
        </thead>
        <tbody>
          {view.players.map((p) => (
            <tr key={p.user_id}>
              <td>
                <Link to={`/users/${p.user_id}`}>{p.name}</Link>
              </td>
              <td>
                {p.progress.passed}/{p.progress.total}
              </td>
              <td>{p.progress.attempts}</td>
              <td data-testid={`rating-${p.user_id === meId ? 'me' : 'other'}`}>
                {p.rating_after != null ? (
                  <>
                    {rating(p.rating_after)} <span className="muted">({delta(p.rating_before, p.rating_after)})</span>
                  </>
                ) : (
                  rating(p.rating_before)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar">
        <Link className="button" to={`/duels/${view.id}/result`}>
          Both solutions
        </Link>
        <Link className="button" to={`/duels/${view.id}/replay`}>
          Replay
        </Link>
        <Link className="button primary" to="/duels">
          Another duel
        </Link>
      </div>
    </section>
  );
}
