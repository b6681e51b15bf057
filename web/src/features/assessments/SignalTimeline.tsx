// Integrity signals as a proctor reads them: counts by severity as coloured
// badges, and one candidate's signals in time order.
import { dateTime, signalText } from './format';
import type { IntegritySignal, SignalCounts } from '../../generated/events';

export function SignalBadges({ counts }: { counts: SignalCounts }) {
  const none = !counts.low && !counts.medium && !counts.high;
  if (none) return <span className="muted small">none</span>;
  return (
    <span className="tags" aria-label={`Signals: ${counts.high} high, ${counts.medium} medium, ${counts.low} low`}>
      {(['high', 'medium', 'low'] as const).map(
        (k) =>
          counts[k] > 0 && (
            <span key={k} className={`badge sev-${k}`} title={`${k} severity`}>
              {counts[k]} {k}
            </span>
          ),
      )}
    </span>
  );
}

/** `start`: times are shown as minutes into the attempt as well. */
export function SignalTimeline({ signals, start }: { signals: IntegritySignal[]; start?: number | null }) {
  if (!signals.length) return <p className="muted">No integrity signals recorded.</p>;
  const sorted = [...signals].sort((a, b) => a.at - b.at);
  return (
    <ol className="timeline" aria-label="Integrity signals">
      {sorted.map((s) => (
        <li key={s.id} className={`sev-line-${s.severity}`}>
          <span className={`badge sev-${s.severity}`}>{s.severity}</span> {signalText(s)}{' '}
          <span className="muted small">
            {dateTime(s.at)}
            {start != null && ` · ${Math.max(0, Math.floor((s.at - start) / 60000))} min in`}
          </span>
        </li>
      ))}
    </ol>
  );
}
