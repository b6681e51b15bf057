// The duels home: find a rated opponent (the wait and the rating window
// widening live), or challenge a friend by link; one's rating and recent duels.
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorBox, timeAgo } from '../../components/ui';
import type { ServerEvent } from '../../generated/events';
import { freshToken } from '../../lib/session';
import { useEvents, useSocket } from '../../lib/socket';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../lib/useSession';
import { clock, createDuel, delta, joinQueue, leaveQueue, queueStatus, rating, userDuels, type QueueStatus } from './api';
import { useTick } from './useDuel';

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

export default function Duels() {
  const s = useSession()!;
  const navigate = useNavigate();
  const socket = useSocket(freshToken, String(s.user.id));
  const [queue, setQueue] = useState<{ status: QueueStatus; offset: number } | null>(null);
  const [difficulty, setDifficulty] = useState<string>('');
  const [challengeDifficulty, setChallengeDifficulty] = useState<string>('');
  const [minutes, setMinutes] = useState(15);
  const [error, setError] = useState<unknown>(null);
  const mine = useAsync(() => userDuels(s.user.id), [s.user.id]);
  useTick(!!queue?.status.queued, 500);

  const take = (status: QueueStatus) => setQueue({ status, offset: status.server_now - Date.now() });
  useEffect(() => {
    queueStatus().then(take, setError);
  }, []);
  const onEvent = useCallback(
    (e: ServerEvent) => {
      if (e.type === 'duel_matched') navigate(`/duels/${e.duel}`);
    },
    [navigate],
  );
  useEvents(socket, onEvent);

  const run = (f: () => Promise<void>) => async () => {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e);
    }
  };

  const q = queue?.status;
  const now = Date.now() + (queue?.offset ?? 0);
  const waited = q?.queued && q.since != null ? now - q.since : 0;
  // The window as the server computed it, widened since.
  const window = q ? Math.min(q.max_window, q.window + (q.window_per_sec * (now - q.server_now)) / 1000) : 0;
  const r = mine.data?.rating;
  return (
    <section className="page" aria-labelledby="duels-title">
      <h1 id="duels-title">Duels</h1>
      <p className="muted">
        Your rating: <strong data-testid="my-rating">{rating(r?.rating ?? 1500)}</strong>
        {r ? ` · ${r.wins} won, ${r.losses} lost, ${r.draws} drawn` : ' (provisional: play a duel)'} ·{' '}
        <Link to="/leaderboard">Leaderboard</Link> · <Link to={`/users/${s.user.id}`}>Your profile</Link>
      </p>
      <ErrorBox error={error} />
      {q?.active_duel && (
        <p className="notice">
          You are in a duel: <Link to={`/duels/${q.active_duel}`}>go back to it</Link>.
        </p>
      )}
      <div className="cards">
        <div className="card">
          <h2>Find an opponent</h2>
          <label>
            Difficulty{' '}
            <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)} disabled={!!q?.queued}>
              <option value="">any</option>
              {DIFFICULTIES.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          {q?.queued ? (
            <>
              <p role="status" data-testid="queue-status">
                Searching… {clock(waited)} · rating {rating(q.rating)} ± {Math.round(window)}
              </p>
              <button onClick={run(async () => {
                await leaveQueue();
                take(await queueStatus());
              })}>Stop searching</button>
            </>
          ) : (
            <button
              className="primary"
              disabled={!!q?.active_duel}
              onClick={run(async () => take(await joinQueue(difficulty || null)))}
            >
              Find opponent
            </button>
          )}
          <p className="muted">Paired by rating; the window widens the longer you wait. Leaving this page stops the search.</p>
        </div>
        <div className="card">
          <h2>Challenge a friend</h2>
          <label>
            Difficulty{' '}
            <select value={challengeDifficulty} onChange={(e) => setChallengeDifficulty(e.target.value)}>
              <option value="">any</option>
              {DIFFICULTIES.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>{' '}
          <label>
            Minutes{' '}
            <input type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
          </label>
          <button
            className="primary"
            onClick={run(async () => {
              const d = await createDuel({ difficulty: challengeDifficulty || undefined, duration_secs: Math.round(minutes * 60) });
              navigate(`/duels/${d.id}`);
            })}
          >
            Create challenge link
          </button>
        </div>
      </div>
      <h2>Your duels</h2>
      <ErrorBox error={mine.error} onRetry={mine.reload} />
      {mine.data?.items.length === 0 && <p className="muted">No duels yet.</p>}
      <ul className="history">
        {mine.data?.items.map((d) => (
          <li key={d.id}>
            <Link to={`/duels/${d.id}`}>{d.opponent ? `vs ${d.opponent}` : 'challenge'}</Link>{' '}
            <span className={`badge ${d.outcome === 'win' ? 'ok' : d.outcome === 'loss' ? 'warn' : ''}`}>{d.outcome ?? d.state}</span>{' '}
            <span className="muted">
              {d.problem ?? ''} · {delta(d.rating_before, d.rating_after)} · {timeAgo(d.created_at)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
