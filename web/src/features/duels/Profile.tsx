// A player's profile: rating now, its history as a chart, and their duels.
import { Link, useParams } from 'react-router-dom';
import { ErrorBox, Loading, timeAgo } from '../../components/ui';
import { useAsync } from '../../lib/useAsync';
import { delta, rating, userDuels, type HistoryItem } from './api';

function Chart({ items }: { items: HistoryItem[] }) {
  // Oldest first: where they started, then after each rated duel.
  const rated = items.filter((d) => d.rating_after != null).reverse();
  if (!rated.length) return <p className="muted">No rated duels yet.</p>;
  const points = [rated[0].rating_before ?? 1500, ...rated.map((d) => d.rating_after!)];
  const lo = Math.min(...points) - 20;
  const hi = Math.max(...points) + 20;
  const w = 480;
  const h = 160;
  const x = (i: number) => (points.length === 1 ? w / 2 : (i / (points.length - 1)) * (w - 20) + 10);
  const y = (r: number) => h - 10 - ((r - lo) / (hi - lo)) * (h - 20);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="rating-chart" role="img" aria-label={`Rating history: ${points.map(Math.round).join(', ')}`}>
      <polyline fill="none" stroke="currentColor" strokeWidth={2} points={points.map((r, i) => `${x(i)},${y(r)}`).join(' ')} />
      {points.map((r, i) => (
        <circle key={i} cx={x(i)} cy={y(r)} r={3} fill="currentColor">
          <title>{Math.round(r)}</title>
        </circle>
      ))}
      <text x={4} y={12} fontSize={11} fill="currentColor">
        {Math.round(hi - 20)}
      </text>
      <text x={4} y={h - 2} fontSize={11} fill="currentColor">
        {Math.round(lo + 20)}
      </text>
    </svg>
  );
}

export default function Profile() {
  const { id = '' } = useParams();
  const user = Number(id);
  const data = useAsync(() => userDuels(user, 1), [user]);
  if (data.error) return <section className="page"><ErrorBox error={data.error} onRetry={data.reload} /></section>;
  if (!data.data) return <section className="page"><Loading what="the profile" /></section>;
  const d = data.data;
  return (
    <section className="page" aria-labelledby="profile-title">
      <h1 id="profile-title">{d.name}</h1>
      <p>
        Rating <strong>{rating(d.rating?.rating ?? null)}</strong>
        {d.rating && (
          <span className="muted">
            {' '}
            ± {Math.round(2 * d.rating.rd)} · {d.rating.games} {d.rating.games === 1 ? 'game' : 'games'}: {d.rating.wins} won, {d.rating.losses} lost, {d.rating.draws} drawn
          </span>
        )}
      </p>
      <Chart items={d.items} />
      <h2>Duels</h2>
      {d.items.length === 0 && <p className="muted">No duels yet.</p>}
      <table className="list">
        <tbody>
          {d.items.map((h) => (
            <tr key={h.id}>
              <td>
                <Link to={`/duels/${h.id}`}>{h.opponent ? `vs ${h.opponent}` : 'challenge'}</Link>
              </td>
              <td>{h.outcome ?? h.state}</td>
              <td>{h.problem ?? ''}</td>
              <td>{delta(h.rating_before, h.rating_after)}</td>
              <td className="muted">{timeAgo(h.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
