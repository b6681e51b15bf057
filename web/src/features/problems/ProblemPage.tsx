import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import SubmissionView from '../submissions/SubmissionView';
import { useSubmissionProgress } from '../submissions/useSubmissionProgress';
import ProblemStatement from '../../components/ProblemStatement';
import { ErrorBox, Loading, Pre, RunOutput, Verdict, timeAgo } from '../../components/ui';
import type { SchemaSubmissionDto } from '../../generated/api';
import type { RunResult, ServerEvent } from '../../generated/events';
import { client, ok } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { freshToken } from '../../lib/session';
import { useEvents, useSocket, useSocketStatus } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../lib/useSession';

const draftKey = (slug: string, lang: string) => `codemint.draft.${slug}.${lang}`;

export default function ProblemPage() {
  const { slug = '' } = useParams();
  const s = useSession();
  const problem = useAsync(() => ok(client.GET('/api/v1/problems/{slug}', { params: { path: { slug } } })), [slug]);
  const languages = problem.data ? LANGUAGES.filter((l) => l.id in problem.data!.stubs) : [];
  const [language, setLanguage] = useState(() => localStorage.getItem('codemint.language') ?? 'python');
  const lang = languages.some((l) => l.id === language) ? language : (languages[0]?.id ?? language);
  const stub = problem.data?.stubs[lang];
  const [code, setCode] = useState('');
  const [stdin, setStdin] = useState('');
  const [tab, setTab] = useState<'run' | 'result' | 'history'>('run');
  const [run, setRun] = useState<{ id: number | null; state: string; result: RunResult | null }>({
    id: null,
    state: 'idle',
    result: null,
  });
  const [result, setResult] = useState<SchemaSubmissionDto | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  // The draft for this problem and language, or the stub's editable part.
  useEffect(() => {
    if (!stub) return;
    setCode(localStorage.getItem(draftKey(slug, lang)) ?? stub.solution);
  }, [slug, lang, stub]);
  useEffect(() => {
    if (!problem.data?.samples[0]) return;
    setStdin((v) => v || problem.data!.samples[0].input);
  }, [problem.data]);

  const history = useAsync(
    () => (s ? ok(client.GET('/api/v1/submissions', { params: { query: { problem: slug } } })) : Promise.resolve(null)),
    [slug, s?.user.id],
  );

  const reloadHistory = history.reload;
  const socket = useSocket(s ? freshToken : null, s ? String(s.user.id) : '');
  const status = useSocketStatus(socket);
  const onEvent = useCallback(
    (e: ServerEvent) => {
      switch (e.type) {
        case 'run_compiling':
        case 'run_running':
          setRun((r) => (r.id === e.id ? { ...r, state: e.type === 'run_compiling' ? 'compiling' : 'running' } : r));
          break;
        case 'run_finished':
          setRun((r) => (r.id === e.id ? { ...r, state: 'finished', result: e.result } : r));
          break;
      }
    },
    [],
  );
  useEvents(socket, onEvent);
  // The verdict and per-test results come with the whole submission.
  const submission = useSubmissionProgress(socket, {
    onFinished: (id) =>
      void ok(client.GET('/api/v1/submissions/{id}', { params: { path: { id } } })).then((d) => {
        setResult(d);
        reloadHistory();
      }, setActionError),
  });
  const progress = submission.progress;

  const fullProgram = () => (stub ? `${stub.prefix ?? ''}${code}${stub.suffix ?? ''}` : code);

  async function doRun() {
    if (!s) return;
    setActionError(null);
    setTab('run');
    try {
      setRun({ id: null, state: 'queued', result: null });
      const a = await ok(client.POST('/api/v1/runs', { body: { language: lang, code: fullProgram(), stdin } }));
      setRun({ id: a.id, state: a.state, result: null });
      socket?.send({ type: 'watch_run', id: a.id }, true);
    } catch (e) {
      setRun({ id: null, state: 'idle', result: null });
      setActionError(e);
    }
  }

  async function doSubmit() {
    if (!s) return;
    setActionError(null);
    setTab('result');
    setResult(null);
    try {
      const a = await ok(client.POST('/api/v1/submissions', { body: { problem: slug, language: lang, code } }));
      submission.follow(a.id, a.state);
    } catch (e) {
      submission.clear();
      setActionError(e);
    }
  }

  if (problem.error) return <section className="page"><ErrorBox error={problem.error} onRetry={problem.reload} /></section>;
  if (!problem.data) return <section className="page"><Loading what="the problem" /></section>;
  const p = problem.data;
  const busy = (run.state !== 'idle' && run.state !== 'finished') || (!!progress && progress.state !== 'finished');

  return (
    <div className="workspace">
      {/* It scrolls on its own: focusable, so the keyboard can scroll it. */}
      <article className="statement pane" aria-label="Problem statement" tabIndex={0}>
        <ProblemStatement
          problem={p}
          facts={
            <>
              <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span> · {p.time_limit_ms} ms · {p.memory_mb} MB ·{' '}
              {p.samples.length} samples, {p.hidden_test_count} hidden tests
            </>
          }
        />
      </article>
      <section className="code pane" aria-label="Your solution">
        <div className="toolbar">
          <label>
            Language{' '}
            <select
              value={lang}
              onChange={(e) => {
                setLanguage(e.target.value);
                localStorage.setItem('codemint.language', e.target.value);
              }}
            >
              {languages.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <button
            className="ghost"
            onClick={() => {
              if (stub && confirm('Replace your code with the starting stub?')) {
                localStorage.removeItem(draftKey(slug, lang));
                setCode(stub.solution);
              }
            }}
          >
            Reset
          </button>
          <div className="spacer" />
          {s && status !== 'open' && <span className="badge warn" role="status">reconnecting…</span>}
          {s ? (
            <>
              <button onClick={doRun} disabled={busy} title="Ctrl/Cmd-Enter">
                Run
              </button>
              <button className="primary" onClick={doSubmit} disabled={busy}>
                Submit
              </button>
            </>
          ) : (
            <Link to={`/login?next=/problems/${slug}`} className="button primary">
              Log in to run and submit
            </Link>
          )}
        </div>
        {stub?.prefix && (
          <details className="stub-part">
            <summary>Code before yours ({languageLabel(lang)})</summary>
            <Pre>{stub.prefix}</Pre>
          </details>
        )}
        <CodeEditor
          language={lang}
          value={code}
          onChange={(t) => {
            setCode(t);
            localStorage.setItem(draftKey(slug, lang), t);
          }}
          onRun={() => void doRun()}
          label={`Code editor, ${languageLabel(lang)}`}
        />
        {stub?.suffix && (
          <details className="stub-part">
            <summary>Code after yours</summary>
            <Pre>{stub.suffix}</Pre>
          </details>
        )}
        <ErrorBox error={actionError} />
        <div className="tabs" role="tablist">
          {(['run', 'result', 'history'] as const).map((t) => (
            <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
              {t === 'run' ? 'Custom input' : t === 'result' ? 'Submission' : 'History'}
            </button>
          ))}
        </div>
        {tab === 'run' && (
          <div className="tab-body">
            <label htmlFor="stdin">Input</label>
            <textarea id="stdin" rows={4} value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} />
            <RunOutput result={run.result} state={run.state} />
          </div>
        )}
        {tab === 'result' && (
          <div className="tab-body" aria-live="polite">
            {!progress && <p className="muted">Submit to judge your code against every test.</p>}
            {progress && progress.state !== 'finished' && (
              <div role="status" data-testid="progress">
                <p>
                  {progress.state === 'running' ? `Running tests: ${progress.done} of ${progress.total}` : `${progress.state}…`}
                </p>
                <progress max={progress.total || 1} value={progress.done} />
              </div>
            )}
            {progress?.state === 'finished' && !result && <Loading what="the verdict" />}
            {result && <SubmissionView s={result} />}
          </div>
        )}
        {tab === 'history' && (
          <div className="tab-body">
            <ErrorBox error={history.error} onRetry={history.reload} />
            {!s && <p className="muted">Log in to keep a history of your submissions.</p>}
            {history.data?.items.length === 0 && <p className="muted">No submissions yet.</p>}
            <ul className="history">
              {history.data?.items.map((h) => (
                <li key={h.id}>
                  <button
                    className="link"
                    onClick={() => {
                      setResult(h);
                      submission.showFinished(h.id);
                      setTab('result');
                    }}
                  >
                    #{h.id}
                  </button>{' '}
                  <Verdict verdict={h.verdict} /> <span className="muted">{languageLabel(h.language)} · {timeAgo(h.created_at)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
