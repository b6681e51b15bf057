// The report's score distribution: one bar per bucket of total points, plain SVG.
import { pts } from './format';

export default function ScoreChart({ buckets }: { buckets: { from: number; to: number; count: number }[] }) {
  if (!buckets.length) return null;
  const w = 520;
  const h = 180;
  const pad = 24;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bw = (w - pad * 2) / buckets.length;
  const label = buckets.map((b) => `${pts(b.from)}–${pts(b.to)}: ${b.count}`).join(', ');
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Score distribution: ${label}`}>
        <line x1={pad} x2={w - pad} y1={h - pad} y2={h - pad} stroke="currentColor" strokeOpacity={0.4} />
        {buckets.map((b, i) => {
          const bh = ((h - pad * 2) * b.count) / max;
          const x = pad + i * bw;
          return (
            <g key={i}>
              <rect x={x + 2} y={h - pad - bh} width={Math.max(1, bw - 4)} height={bh} rx={2} className="bar">
                <title>
                  {pts(b.from)}–{pts(b.to)} points: {b.count} {b.count === 1 ? 'candidate' : 'candidates'}
                </title>
              </rect>
              {b.count > 0 && (
                <text x={x + bw / 2} y={h - pad - bh - 4} fontSize={11} textAnchor="middle" fill="currentColor">
                  {b.count}
                </text>
              )}
              <text x={x + bw / 2} y={h - 8} fontSize={10} textAnchor="middle" fill="currentColor">
                {pts(b.from)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">Candidates by total score (points)</figcaption>
    </figure>
  );
}
