// Rated players, best first.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { rating } from './api';

const PER_PAGE = 50;

export default function Leaderboard() {
  const [page, setPage] = useState(1);
  const board = useAsync(() => ok(client.GET('/api/v1/leaderboard', { params: { query: { page, per_page: PER_PAGE } } })), [page]);
  return (
    <section className="page" aria-labelledby="board-title">
      <h1 id="board-title">Leaderboard</h1>
      <ErrorBox error={board.error} onRetry={board.reload} />
      {!board.data && !board.error && <Loading what="the leaderboard" />}
      {board.data?.total === 0 && <p className="muted">Nobody is rated yet: play a duel.</p>}
      {!!board.data?.items.length && (
        <table className="list">
          <thead>
            <tr>
              <th>#</th>
              <th>Player</th>
              <th>Rating</th>
              <th>Games</th>
              <th>Won</th>
              <th>Lost</th>
              <th>Drawn</th>
            </tr>
          </thead>
          <tbody>
            {board.data.items.map((r, i) => (
              <tr key={r.user_id}>
                <td>{(page - 1) * PER_PAGE + i + 1}</td>
                <td>
                  <Link to={`/users/${r.user_id}`}>{r.name}</Link>
                </td>
                <td title={`± ${Math.round(2 * r.rd)}`}>{rating(r.rating)}</td>
                <td>{r.games}</td>
                <td>{r.wins}</td>
                <td>{r.losses}</td>
                <td>{r.draws}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board.data && board.data.total > PER_PAGE && (
        <div className="toolbar">
          <button disabled={page === 1} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <button disabled={page * PER_PAGE >= board.data.total} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </div>
      )}
    </section>
  );
}
