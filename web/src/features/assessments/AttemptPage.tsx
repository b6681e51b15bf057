// `/attempt/:id`, the test itself (no account: the attempt token from the
// landing page, kept in this browser). The clock, Finish, the problems as
// tabs; integrity signals while it runs; read-only when another tab or device
// took the attempt over (until "Continue here") and once it ended.
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import Markdown from '../../components/Markdown';
import { ErrorBox, Loading } from '../../components/ui';
import { ApiError } from '../../lib/api';
import { useSocket, useSocketStatus } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { attemptToken } from './api';
import AttemptClock from './AttemptClock';
import AttemptProblem from './AttemptProblem';
import { pts } from './format';
import { useAttempt } from './useAttempt';
import { useAttemptSignals } from './useAttemptSignals';

export default function AttemptPage() {
  const { id = '' } = useParams();
  const token = attemptToken(id);
  if (!token) return <NoAccess />;
  return <Attempt key={id} id={id} token={token} />;
}

function NoAccess() {
  return (
    <section className="page narrow" aria-labelledby="attempt-title">
      <h1 id="attempt-title">Open your invitation link</h1>
      <p>This browser has no access to this test. Open the link from your invitation email again and press Resume: your work is kept.</p>
    </section>
  );
}

function Attempt({ id, token }: { id: string; token: string }) {
  const tokenSource = useCallback(() => Promise.resolve(token), [token]);
  const socket = useSocket(tokenSource, `${id}:${token}`);
  const wsStatus = useSocketStatus(socket);
  const a = useAttempt(id, token, socket, wsStatus);
  const { view, api, reload } = a;
  const submissions = useAsync(() => api.submissions(), [api]);
  const [active, setActive] = useState<string | null>(null);
  const [visited, setVisited] = useState<string[]>([]);
  const [timeUp, setTimeUp] = useState(false);
  const [finishError, setFinishError] = useState<unknown>(null);
  const [finishing, setFinishing] = useState(false);

  const running = view?.state === 'running';
  const ended = !!view && !running;
  const readOnly = !running || timeUp || a.takenOver || !a.session;
  useAttemptSignals(running && !timeUp && !a.takenOver, api);

  const current = active ?? view?.problems[0]?.slug ?? null;
  useEffect(() => {
    if (current && !visited.includes(current)) setVisited((v) => [...v, current]);
  }, [current, visited]);

  // Out of time: the server submits; ask until it says the attempt ended.
  useEffect(() => {
    if (!timeUp || !running) return;
    void reload();
    const t = setInterval(() => void reload(), 3000);
    return () => clearInterval(t);
  }, [timeUp, running, reload]);

  const reloadSubmissions = submissions.reload;
  const onJudged = useCallback(() => {
    reloadSubmissions();
    void reload();
  }, [reloadSubmissions, reload]);

  if (a.error) {
    const denied = a.error instanceof ApiError && (a.error.status === 401 || a.error.status === 403 || a.error.status === 404);
    return denied ? <NoAccess /> : <section className="page"><ErrorBox error={a.error} onRetry={() => void reload()} /></section>;
  }
  if (!view) return <section className="page"><Loading what="your test" /></section>;

  async function finish() {
    if (!confirm('Finish the test now? Your answers are submitted and you cannot change them afterwards.')) return;
    setFinishing(true);
    setFinishError(null);
    try {
      a.take(await api.finish());
    } catch (e) {
      setFinishError(e);
    } finally {
      setFinishing(false);
    }
  }

  return (
    <div className="attempt">
      <header className="attempt-bar">
        <h1 title={view.title}>{view.title}</h1>
        <AttemptClock deadline={view.deadline} serverNow={a.serverNow} running={running} timeAdded={a.timeAdded} onTimeUp={setTimeUp} />
        <div className="spacer" />
        {wsStatus !== 'open' && running && (
          <span className="conn warn" role="status">
            reconnecting…
          </span>
        )}
        {running && !timeUp && document.fullscreenEnabled && !a.takenOver && (
          <button className="ghost" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
            Full screen
          </button>
        )}
        <button className="primary" onClick={() => void finish()} disabled={readOnly || finishing}>
          Finish
        </button>
      </header>
      {ended && (
        <p className="notice big" role="status" data-testid="ended">
          Your answers were submitted.{' '}
          {view.state === 'expired' ? 'Time ran out, and your last saved code was submitted for you.' : 'Thank you!'} You can close this page.
        </p>
      )}
      {running && timeUp && (
        <p className="notice" role="status">
          Time is up: submitting your answers…
        </p>
      )}
      {running && a.takenOver && (
        <div className="error-box" role="alert" data-testid="taken-over">
          This test was opened in another tab or device.
          <button className="primary" onClick={() => void a.claim()}>
            Continue here
          </button>
        </div>
      )}
      <ErrorBox error={a.claimError} onRetry={() => void a.claim()} />
      <ErrorBox error={finishError} />
      {running && !a.takenOver && (
        <p className="notice subtle">
          Recorded while the test runs: leaving this tab or window (and for how long), pastes into the editor, and leaving full screen.
        </p>
      )}
      {view.instructions && (
        <details className="instructions">
          <summary>Instructions</summary>
          <Markdown text={view.instructions} />
        </details>
      )}
      <div className="tabs" role="tablist" aria-label="Problems">
        {view.problems.map((p) => (
          <button
            key={p.slug}
            role="tab"
            id={`tab-${p.slug}`}
            aria-controls={`panel-${p.slug}`}
            aria-selected={current === p.slug}
            className={current === p.slug ? 'active' : ''}
            onClick={() => setActive(p.slug)}
          >
            {p.title}{' '}
            <span className="muted small">
              {p.best ? `${pts(p.best.score)}/${pts(p.points)}` : `${pts(p.points)} pts`}
            </span>
          </button>
        ))}
      </div>
      {view.problems
        .filter((p) => visited.includes(p.slug))
        .map((p) => (
          <AttemptProblem
            key={p.slug}
            attempt={id}
            token={token}
            session={a.session}
            epoch={a.epoch}
            problem={p}
            allowed={view.languages}
            api={api}
            socket={socket}
            readOnly={readOnly}
            connect={!!a.session || ended}
            active={current === p.slug}
            submissions={submissions.data?.items ?? []}
            onJudged={onJudged}
          />
        ))}
    </div>
  );
}
