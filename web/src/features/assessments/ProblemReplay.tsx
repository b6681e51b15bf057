// A keystroke replay of one problem's document: a slider over its logged
// updates, the text (and language) at that moment rebuilt by useDocTextAt,
// as duels' replay does.
import { useEffect, useMemo, useState } from 'react';
import CodeEditor from '../../components/CodeEditor';
import { ErrorBox, Loading } from '../../components/ui';
import { decodeBase64 } from '../../lib/base64';
import { useAsync } from '../../lib/useAsync';
import { useDocTextAt } from '../../lib/useDocTextAt';
import { CODE_FIELD } from '../rooms/useRoomDoc';
import { clock } from '../duels/api';
import { getReplay } from './api';

const TICK_MS = 50;
const SPEEDS = [1, 4, 16, 64];

interface Props {
  assessment: string;
  invitation: string;
  slug: string;
  title: string;
  fallbackLanguage: string;
}

export default function ProblemReplay({ assessment, invitation, slug, title, fallbackLanguage }: Props) {
  const replay = useAsync(() => getReplay(assessment, invitation, slug), [assessment, invitation, slug]);
  const data = useMemo(() => {
    if (!replay.data) return null;
    const updates = replay.data.updates.map(([at, b64]) => ({ at, bytes: decodeBase64(b64) })).sort((a, b) => a.at - b.at);
    const start = updates[0]?.at ?? 0;
    const end = start + Math.max(10, Math.ceil(((updates.at(-1)?.at ?? start) - start) / 10) * 10);
    return { updates, start, end };
  }, [replay.data]);
  const [t, setT] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(16);
  useEffect(() => {
    if (data) setT(data.end);
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
  const text = useDocTextAt(data?.updates, t, CODE_FIELD);
  const language = useDocTextAt(data?.updates, t, 'language');

  if (replay.error) return <ErrorBox error={replay.error} onRetry={replay.reload} />;
  if (!data) return <Loading what="the replay" />;
  if (!data.updates.length) return <p className="muted">No keystrokes were recorded for this problem.</p>;
  return (
    <div className="replay">
      <div className="player" role="group" aria-label={`Replay of ${title}`}>
        <button
          onClick={() => {
            if (!playing && t >= data.end) setT(data.start);
            setPlaying(!playing);
          }}
          aria-label={playing ? `Pause replay of ${title}` : `Play replay of ${title}`}
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
          aria-label={`Timeline of ${title}`}
          aria-valuetext={clock(t - data.start)}
        />
        <span className="muted tabular">
          {clock(t - data.start)} / {clock(data.end - data.start)}
        </span>
      </div>
      <CodeEditor language={language || fallbackLanguage} value={text} readOnly label={`Code of ${title} at this point`} />
    </div>
  );
}
