// `/a/:token`, the link a candidate was sent (no account needed): what the
// test is, how long, when, and what is recorded while it runs; Start (or
// Resume) gets the attempt's token, kept in this browser per attempt, and
// opens the test.
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import Markdown from '../../components/Markdown';
import { ErrorBox, Loading } from '../../components/ui';
import { ApiError } from '../../lib/api';
import { languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';
import { useTick } from '../duels/useDuel';
import { getLanding, startAttempt, storeAttemptToken } from './api';
import { dateTime, minutes, pts } from './format';

const ENDED: Record<string, string> = {
  submitted: 'You have already submitted this test. Thank you!',
  expired: 'This invitation has expired: the test window closed before it was started.',
  revoked: 'This invitation was withdrawn. Contact the person who invited you if you think this is a mistake.',
};

export default function InvitationLanding() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const landing = useAsync(async () => {
    const l = await getLanding(token);
    return { ...l, offset: l.server_now - Date.now() };
  }, [token]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const l = landing.data;
  const opensIn = l ? l.assessment.opens_at - (Date.now() + l.offset) : 0;
  useTick(!!l && opensIn > 0, 1000);

  if (landing.error) {
    const e = landing.error;
    const gone = e instanceof ApiError && e.status === 410;
    const unknown = e instanceof ApiError && e.status === 404;
    return (
      <section className="page narrow" aria-labelledby="landing-title">
        <h1 id="landing-title">{gone ? 'This link no longer works' : unknown ? 'Invitation not found' : 'Something went wrong'}</h1>
        {unknown ? (
          <p>Check that you opened the whole link from your invitation. A link that was sent again replaces the old one.</p>
        ) : (
          <ErrorBox error={e} onRetry={gone ? undefined : landing.reload} />
        )}
      </section>
    );
  }
  if (!l) return <section className="page narrow"><Loading what="your invitation" /></section>;
  const a = l.assessment;
  const total = a.problems.reduce((s, p) => s + p.points, 0);
  const ended = ENDED[l.status];
  const resume = l.status === 'started' || !!l.attempt;

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const r = await startAttempt(token);
      storeAttemptToken(r.attempt.id, r.token);
      navigate(`/attempt/${r.attempt.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
      if (e instanceof ApiError && e.status === 410) landing.reload();
    }
  }

  return (
    <section className="page landing" aria-labelledby="landing-title">
      <h1 id="landing-title">{a.title}</h1>
      <p className="muted">Invitation for {l.email}</p>
      {ended ? (
        <p className="notice" role="status" data-testid="landing-status">
          {ended}
        </p>
      ) : (
        <>
          <dl className="facts">
            <dt>Duration</dt>
            <dd>
              {minutes(a.duration_minutes)}
              {(l.extra_minutes > 0 || l.extra_percent > 0) && (
                <span className="muted">
                  {' '}
                  plus your extra time ({l.extra_minutes > 0 && `${l.extra_minutes} min`}
                  {l.extra_minutes > 0 && l.extra_percent > 0 && ' and '}
                  {l.extra_percent > 0 && `${l.extra_percent}%`})
                </span>
              )}
            </dd>
            <dt>Window</dt>
            <dd>
              Start any time between {dateTime(a.opens_at)} and {dateTime(a.closes_at)} (your local time). The clock cannot be paused once
              started, and the test ends at the close of the window at the latest.
            </dd>
            <dt>Problems</dt>
            <dd>
              {a.problems.length} {a.problems.length === 1 ? 'problem' : 'problems'}, {pts(total)} points in all
              <ul>
                {a.problems.map((p, i) => (
                  <li key={i}>
                    {p.title} ({pts(p.points)} points)
                  </li>
                ))}
              </ul>
            </dd>
            {a.languages && (
              <>
                <dt>Languages</dt>
                <dd>{a.languages.map(languageLabel).join(', ')}</dd>
              </>
            )}
          </dl>
          {a.instructions && (
            <section aria-labelledby="instructions-title">
              <h2 id="instructions-title">Instructions</h2>
              <Markdown text={a.instructions} />
            </section>
          )}
          <section aria-labelledby="recorded-title">
            <h2 id="recorded-title">What is recorded during the test</h2>
            <ul className="recorded">
              {l.recorded.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </section>
          <ErrorBox error={error} />
          {opensIn > 0 && (
            <p className="notice" role="status">
              The test opens at {dateTime(a.opens_at)}. You can start it then.
            </p>
          )}
          <button className="primary big" disabled={busy || opensIn > 0} onClick={() => void start()}>
            {resume ? 'Resume' : 'Start'}
          </button>
          {!resume && <p className="muted small">The clock starts when you press Start.</p>}
        </>
      )}
    </section>
  );
}
