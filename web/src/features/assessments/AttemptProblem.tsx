// One problem of a running attempt: the statement (public problem API), the
// language (kept in the document), the shared editor on the attempt's
// document, Run with custom input and Submit with live progress, the best
// score so far and this problem's submissions.
import { useCallback, useEffect, useState } from 'react';
import CodeEditor from '../../components/CodeEditor';
import ProblemStatement from '../../components/ProblemStatement';
import { ErrorBox, Loading, Pre, RunOutput, Verdict, timeAgo } from '../../components/ui';
import type { RunResult, ServerEvent } from '../../generated/events';
import { ok, publicClient } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { useEvents, useSocketStatus, type EventSocket } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { useDocStatus } from '../rooms/useRoomDoc';
import { useSubmissionProgress } from '../submissions/useSubmissionProgress';
import type { AttemptApi, AttemptProblem as Problem, AttemptSubmission } from './api';
import { pts } from './format';
import { useAttemptDoc, useYText } from './useAttemptDoc';

interface Props {
  attempt: string;
  token: string;
  session: string | null;
  epoch: number;
  problem: Problem;
  allowed: string[];
  api: AttemptApi;
  socket: EventSocket | null;
  readOnly: boolean;
  /** The document may be opened (claimed, or the attempt ended). */
  connect: boolean;
  active: boolean;
  submissions: AttemptSubmission[];
  onJudged: () => void;
}

type RunState = { id: number | null; state: string; result: RunResult | null };
const IDLE: RunState = { id: null, state: 'idle', result: null };

export default function AttemptProblem(props: Props) {
  const { attempt, token, session, epoch, problem, allowed, api, socket, readOnly, connect, active, submissions, onJudged } = props;
  const slug = problem.slug;
  const statement = useAsync(() => ok(publicClient.GET('/api/v1/problems/{slug}', { params: { path: { slug } } })), [slug]);
  const p = statement.data;
  const doc = useAttemptDoc(attempt, slug, token, session, epoch, connect);
  const { status, synced } = useDocStatus(doc);
  const stored = useYText(doc?.language);
  const code = useYText(doc?.text);
  const inAllowed = LANGUAGES.filter((l) => allowed.includes(l.id));
  const withStub = p ? inAllowed.filter((l) => l.id in p.stubs) : [];
  const languages = withStub.length ? withStub : inAllowed;
  const fallback = languages.some((l) => l.id === problem.code.language) ? problem.code.language : (languages[0]?.id ?? 'python');
  const lang = languages.some((l) => l.id === stored) ? stored : fallback;
  const stub = p?.stubs[lang];
  const [stdin, setStdin] = useState('');
  const [run, setRun] = useState<RunState>(IDLE);
  const [error, setError] = useState<unknown>(null);
  const wsStatus = useSocketStatus(socket);

  // A fresh document gets its language and the stub's part to fill in.
  useEffect(() => {
    if (!doc || !synced || readOnly || !p) return;
    if (doc.language.length && doc.text.length) return;
    doc.doc.transact(() => {
      if (!doc.language.length) doc.language.insert(0, fallback);
      const s = p.stubs[doc.language.toString()];
      if (!doc.text.length && s) doc.text.insert(0, s.solution);
    });
  }, [doc, synced, readOnly, p, fallback]);
  useEffect(() => {
    if (p?.samples[0]) setStdin((v) => v || p.samples[0].input);
  }, [p]);

  function switchLanguage(next: string) {
    if (!doc || readOnly) return;
    const old = p?.stubs[lang];
    const fresh = p?.stubs[next];
    doc.doc.transact(() => {
      doc.language.delete(0, doc.language.length);
      doc.language.insert(0, next);
      // Untouched starting code follows the language; edited code stays.
      if (fresh && (!doc.text.length || (old && doc.text.toString() === old.solution))) {
        doc.text.delete(0, doc.text.length);
        doc.text.insert(0, fresh.solution);
      }
    });
  }

  const onEvent = useCallback((e: ServerEvent) => {
    if (e.type === 'run_finished') setRun((r) => (r.id === e.id ? { ...r, state: 'finished', result: e.result } : r));
    if (e.type === 'run_compiling' || e.type === 'run_running')
      setRun((r) => (r.id === e.id && r.state !== 'finished' ? { ...r, state: e.type === 'run_compiling' ? 'compiling' : 'running' } : r));
  }, []);
  useEvents(socket, onEvent);
  const { progress, follow, showFinished, clear } = useSubmissionProgress(socket, { onFinished: () => onJudged() });

  // Without /ws (a proxy that drops it), ask instead.
  useEffect(() => {
    if (run.id == null || run.state === 'finished') return;
    const t = setInterval(() => {
      api.getRun(run.id!).then((r) => {
        if (r.state === 'finished') setRun((x) => (x.id === r.id ? { ...x, state: 'finished', result: r.result as RunResult } : x));
      }, () => undefined);
    }, 2000);
    return () => clearInterval(t);
  }, [api, run.id, run.state]);
  useEffect(() => {
    if (!progress || progress.state === 'finished' || wsStatus === 'open') return;
    const t = setInterval(() => {
      api.submissions().then((r) => {
        const mine = r.items.find((x) => x.id === progress.id);
        if (mine?.state === 'finished') {
          showFinished(mine.id);
          onJudged();
        }
      }, () => undefined);
    }, 3000);
    return () => clearInterval(t);
  }, [api, progress, wsStatus, showFinished, onJudged]);

  async function doRun() {
    if (readOnly) return;
    setError(null);
    try {
      setRun({ id: null, state: 'queued', result: null });
      const program = stub ? `${stub.prefix ?? ''}${code}${stub.suffix ?? ''}` : code;
      const a = await api.run(lang, program, stdin);
      setRun({ id: a.id, state: a.state, result: null });
      socket?.send({ type: 'watch_run', id: a.id }, true);
    } catch (e) {
      setRun(IDLE);
      setError(e);
    }
  }

  async function doSubmit() {
    if (readOnly) return;
    setError(null);
    try {
      const a = await api.submit(slug, lang, code);
      follow(a.id, a.state);
    } catch (e) {
      clear();
      setError(e);
      onJudged(); // a 409 after the deadline: the page learns the attempt ended
    }
  }

  const busy = (run.state !== 'idle' && run.state !== 'finished') || (!!progress && progress.state !== 'finished');
  const mine = submissions.filter((s) => s.problem === slug).sort((x, y) => y.id - x.id);
  const last = progress?.state === 'finished' ? mine.find((s) => s.id === progress.id) : undefined;
  return (
    <div className="workspace" hidden={!active} role="tabpanel" id={`panel-${slug}`} aria-labelledby={`tab-${slug}`}>
      <article className="statement pane" aria-label="Problem statement" tabIndex={0}>
        {p ? (
          <>
            <ProblemStatement
              problem={p}
              heading="h2"
              facts={
                <>
                  {pts(problem.points)} points · {p.time_limit_ms} ms · {p.memory_mb} MB
                </>
              }
            />
          </>
        ) : statement.error ? (
          <ErrorBox error={statement.error} onRetry={statement.reload} />
        ) : (
          <Loading what="the problem" />
        )}
      </article>
      <section className="code pane" aria-label={`Your solution to ${problem.title}`}>
        <div className="toolbar">
          <label>
            Language{' '}
            <select value={lang} disabled={readOnly || !doc} onChange={(e) => switchLanguage(e.target.value)}>
              {languages.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <span className={`conn ${status === 'connected' && synced ? 'ok' : 'warn'}`} role="status" data-testid="saved">
            {!doc ? 'Connecting…' : status === 'connected' ? (synced ? 'Saved' : 'Saving…') : 'Reconnecting… your code is kept'}
          </span>
          <div className="spacer" />
          {problem.best && (
            <span className="small" data-testid="best">
              Best: {pts(problem.best.score)} / {pts(problem.points)} points
            </span>
          )}
          <button onClick={() => void doRun()} disabled={busy || readOnly || !doc} title="Ctrl/Cmd-Enter">
            Run
          </button>
          <button className="primary" onClick={() => void doSubmit()} disabled={busy || readOnly || !doc}>
            Submit
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
            readOnly={readOnly}
            onRun={() => void doRun()}
            onPaste={(n) => !readOnly && void api.signal('paste', { length: n }).catch(() => undefined)}
            label={`Code editor for ${problem.title}`}
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
        <ErrorBox error={error} />
        <div className="tab-body" aria-live="polite">
          {progress && progress.state !== 'finished' && (
            <div role="status" data-testid="progress">
              <p>{progress.state === 'running' ? `Running tests: ${progress.done} of ${progress.total}` : `Submission ${progress.state}…`}</p>
              <progress max={progress.total || 1} value={progress.done} />
            </div>
          )}
          {progress?.state === 'finished' && (
            <p data-testid="verdict">
              Your submission: {last ? <><Verdict verdict={last.verdict} /> {last.passed}/{last.total} tests passed</> : <Verdict verdict={progress.verdict} />}
            </p>
          )}
          <label>
            Custom input
            <textarea rows={3} value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} />
          </label>
          <RunOutput result={run.result} state={run.state} />
          {mine.length > 0 && (
            <details>
              <summary>Your submissions ({mine.length})</summary>
              <ul className="history">
                {mine.map((s) => (
                  <li key={s.id}>
                    #{s.id} <Verdict verdict={s.state === 'finished' ? s.verdict : null} /> {s.passed}/{s.total} tests ·{' '}
                    <span className="muted">
                      {languageLabel(s.language)} · {timeAgo(s.created_at)}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </section>
    </div>
  );
}
