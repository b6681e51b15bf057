// Replay a room: the document's update log and the room's events on one
// timeline, played back at any speed or scrubbed. The document at time t is
// the log's updates up to t applied to an empty Y.Doc (`useDocTextAt`).
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import { ErrorBox, Loading } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { decodeBase64 } from '../../lib/base64';
import { useDocTextAt } from '../../lib/useDocTextAt';
import { languageLabel } from '../../lib/languages';
import type { MemberInfo, TimelineEvent } from '../../generated/events';
import { useAsync } from '../../lib/useAsync';
import { CODE_FIELD } from '../rooms/useRoomDoc';
import { signalText } from '../rooms/signals';

const SPEEDS = [1, 2, 4, 8, 16, 32];
const TICK_MS = 50;

function describe(e: TimelineEvent, nameOf: (member: string) => string): string {
  const d = e.data as Record<string, unknown>;
  switch (e.kind) {
    case 'chat':
      return `${d.name}: ${d.text}`;
    case 'note':
      return `note by ${d.name}: ${d.text}`;
    case 'signal':
      return `${d.name} ${signalText(String(d.kind))}${d.chars ? ` ${d.chars} characters` : ''}`;
    case 'language':
      return `language → ${languageLabel(String(d.language))}`;
    case 'problem':
      return `problem → ${d.slug}`;
    case 'run_started':
      return `${d.by} ran the code`;
    case 'run_finished':
      return `run finished: ${(d.result as { status?: string } | undefined)?.status ?? d.status ?? ''}`;
    case 'submission':
      return `${d.by} submitted`;
    case 'lobby_decision':
      return `${nameOf(String(d.member))} ${d.admitted ? 'admitted' : 'turned away'} by ${nameOf(e.actor)}`;
    case 'ended':
      return 'the room ended';
    default:
      return e.kind.replace(/_/g, ' ');
  }
}

function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export default function Replay() {
  const { id = '' } = useParams();
  const timeline = useAsync(() => ok(client.GET('/api/v1/rooms/{id}/timeline', { params: { path: { id } } })), [id]);
  // Member ids in the log become names.
  const members = useAsync(async () => {
    const r = await ok(client.GET('/api/v1/rooms/{id}/members', { params: { path: { id } } }));
    return new Map((r.items as unknown as MemberInfo[]).map((m) => [m.member, m.name]));
  }, [id]);
  const nameOf = (member: string) => members.data?.get(member) ?? member;
  const data = useMemo(() => {
    if (!timeline.data) return null;
    // Nodes of a cluster log in parallel, so ids and times need not agree: play by time.
    const updates = timeline.data.updates
      .map((u) => ({ id: u.id, at: u.at, author: u.author, bytes: decodeBase64(u.update) }))
      .sort((a, b) => a.at - b.at || a.id - b.id);
    const events = timeline.data.events as unknown as TimelineEvent[];
    const times = [...updates.map((u) => u.at), ...events.map((e) => e.at)];
    let start = times.length ? Infinity : timeline.data.room.created_at;
    let end = times.length ? -Infinity : start;
    for (const t of times) {
      if (t < start) start = t;
      if (t > end) end = t;
    }
    const activity = [...new Set(times)].sort((a, b) => a - b);
    return { updates, events, start, end, activity, room: timeline.data.room };
  }, [timeline.data]);

  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(4);
  const [skipIdle, setSkipIdle] = useState(true);

  useEffect(() => {
    if (data) setT(data.start);
  }, [data]);

  const text = useDocTextAt(data?.updates, t, CODE_FIELD);

  // Playback.
  useEffect(() => {
    if (!playing || !data) return;
    const timer = setInterval(() => {
      setT((now) => {
        let next = now + TICK_MS * speed;
        if (skipIdle) {
          const upcoming = data.activity.find((a) => a > now);
          if (upcoming !== undefined && upcoming - now > 2000 * Math.max(1, speed / 4)) next = upcoming - 300;
        }
        if (next >= data.end) {
          setPlaying(false);
          return data.end;
        }
        return next;
      });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, skipIdle, data]);

  if (timeline.error)
    return (
      <section className="page">
        <ErrorBox error={timeline.error} onRetry={timeline.reload} />
      </section>
    );
  if (!data) return <section className="page"><Loading what="the session" /></section>;

  const language =
    [...data.events].reverse().find((e) => e.kind === 'language' && e.at <= t)?.data.language ??
    data.events.find((e) => e.kind === 'language')?.data.previous ??
    data.room.language;
  const shown = data.events.filter((e) => e.at <= t);
  const edits = data.updates.filter((u) => u.at <= t).length;
  const lastAuthor = edits ? nameOf(data.updates[edits - 1].author) : null;

  return (
    <section className="page replay">
      <header className="room-bar">
        <h1>Replay: {data.room.title}</h1>
        <div className="spacer" />
        <Link to={`/rooms/${id}`} className="button ghost">
          Back to the room
        </Link>
      </header>
      <div className="player" role="group" aria-label="Playback">
        <button className="primary" onClick={() => {
          if (!playing && t >= data.end) setT(data.start);
          setPlaying(!playing);
        }} aria-label={playing ? 'Pause' : 'Play'} data-testid="play">
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
        <label className="check">
          <input type="checkbox" checked={skipIdle} onChange={(e) => setSkipIdle(e.target.checked)} /> Skip pauses
        </label>
        <input
          className="scrubber"
          type="range"
          min={data.start}
          max={Math.max(data.end, data.start + 1)}
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
        <span className="muted" data-testid="clock">
          {clock(t - data.start)} / {clock(data.end - data.start)}
        </span>
      </div>
      <div className="replay-grid">
        <div className="pane">
          <p className="muted small">
            {languageLabel(String(language))} · {edits} of {data.updates.length} edits
            {lastAuthor && ` · last edit by ${lastAuthor}`}
          </p>
          <CodeEditor language={String(language)} value={text} readOnly label="Code at this point of the session" />
        </div>
        <ol className="pane events" aria-label="Session events" data-testid="replay-events">
          {data.events.length === 0 && <li className="muted">No events in this session.</li>}
          {shown.map((e) => (
            <li key={e.id} className={`msg ${e.kind}`}>
              <button className="link" onClick={() => setT(e.at)}>
                {clock(e.at - data.start)}
              </button>{' '}
              {describe(e, nameOf)}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
