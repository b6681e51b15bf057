// Replay a duel: both players' editors side by side on one clock, each the
// log of its own document's updates up to time t, with the submissions
// marked on the timeline (its players and admins, once it ended).
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import { ErrorBox, Loading, Verdict } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { decodeBase64 } from '../../lib/base64';
import { useDocTextAt, type TimedUpdate } from '../../lib/useDocTextAt';
import { useAsync } from '../../lib/useAsync';
import type { DuelView } from '../../generated/events';
import { CODE_FIELD } from '../rooms/useRoomDoc';
import { clock, type ResultSubmission } from './api';

const SPEEDS = [1, 4, 16, 64];
const TICK_MS = 50;

interface Track {
  user_id: number;
  name: string;
  updates: TimedUpdate[];
}

export default function DuelReplay() {
  const { id = '' } = useParams();
  const replay = useAsync(() => ok(client.GET('/api/v1/duels/{id}/replay', { params: { path: { id } } })), [id]);
  const data = useMemo(() => {
    if (!replay.data) return null;
    const duel = replay.data.duel as unknown as DuelView;
    const tracks: Track[] = replay.data.docs.map((d) => ({
      user_id: d.user_id,
      name: d.name,
      updates: d.updates.map((u) => ({ at: u.at, bytes: decodeBase64(u.update) })).sort((a, b) => a.at - b.at),
    }));
    const submissions = replay.data.submissions as unknown as ResultSubmission[];
    const times = [...tracks.flatMap((tr) => tr.updates.map((u) => u.at)), ...submissions.map((s) => s.at)];
    const start = duel.starts_at ?? Math.min(...times, Date.now());
    // A whole number of the scrubber's 10 ms steps, so its end is reachable.
    const end = start + Math.max(10, Math.ceil((Math.max(...times, start) - start) / 10) * 10);
    return { duel, tracks, submissions, start, end };
  }, [replay.data]);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(16);
  useEffect(() => {
    if (data) setT(data.start);
  }, [data]);
  useEffect(() => {
    if (!playing || !data) return;
    const timer = setInterval(
      () =>
        setT((now) => {
          const next = now + TICK_MS * speed;
          if (next >= data.end) {
            setPlaying(false);
            return data.end;
          }
          return next;
        }),
      TICK_MS,
    );
    return () => clearInterval(timer);
  }, [playing, speed, data]);
  const left = useDocTextAt(data?.tracks[0]?.updates, t, CODE_FIELD);
  const right = useDocTextAt(data?.tracks[1]?.updates, t, CODE_FIELD);

  if (replay.error) return <section className="page"><ErrorBox error={replay.error} onRetry={replay.reload} /></section>;
  if (!data) return <section className="page"><Loading what="the replay" /></section>;
  const span = data.end - data.start;
  const langOf = (user: number) =>
    [...data.submissions].reverse().find((s) => s.user_id === user && s.at <= t)?.language ?? data.duel.language;
  return (
    <section className="page wide replay" aria-labelledby="replay-title">
      <header className="room-bar">
        <h1 id="replay-title">Replay: {data.tracks.map((tr) => tr.name).join(' vs ')}</h1>
        <div className="spacer" />
        <Link to={`/duels/${id}`} className="button ghost">
          Back to the duel
        </Link>
      </header>
      <div className="player" role="group" aria-label="Playback">
        <button
          className="primary"
          data-testid="play"
          onClick={() => {
            if (!playing && t >= data.end) setT(data.start);
            setPlaying(!playing);
          }}
        >
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <div className="scrubber-wrap">
          <input
            className="scrubber"
            type="range"
            min={data.start}
            max={data.end}
            step={10}
            value={t}
            onChange={(e) => {
              setPlaying(false);
              setT(Number(e.target.value));
            }}
            aria-label="Timeline"
            aria-valuetext={clock(t - data.start)}
            data-testid="scrubber"
          />
          {data.submissions.map((s) => (
            <button
              key={s.id}
              className={`marker ${s.verdict === 'AC' ? 'ok' : ''}`}
              style={{ left: `${((s.at - data.start) / span) * 100}%` }}
              title={`${data.tracks.find((tr) => tr.user_id === s.user_id)?.name}: ${s.verdict ?? 'judging'}`}
              aria-label={`Submission by ${data.tracks.find((tr) => tr.user_id === s.user_id)?.name} at ${clock(s.at - data.start)}: ${s.verdict ?? 'judging'}`}
              onClick={() => setT(s.at)}
            />
          ))}
        </div>
        <span className="muted" data-testid="clock">
          {clock(t - data.start)} / {clock(span)}
        </span>
      </div>
      <div className="side-by-side">
        {data.tracks.map((tr, i) => (
          <div key={tr.user_id} className="pane">
            <h2>{tr.name}</h2>
            <CodeEditor language={langOf(tr.user_id)} value={i === 0 ? left : right} readOnly label={`${tr.name}'s code at this point`} />
            <ul className="history">
              {data.submissions
                .filter((s) => s.user_id === tr.user_id && s.at <= t)
                .map((s) => (
                  <li key={s.id}>
                    {clock(s.at - data.start)} <Verdict verdict={s.verdict} /> {s.passed} passed
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
