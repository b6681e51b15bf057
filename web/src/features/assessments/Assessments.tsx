// Staff: their assessments (admins: everyone's) with the window, duration and
// how many candidates are where; archived ones on request.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import { useAsync } from '../../lib/useAsync';
import { listAssessments } from './api';
import { minutes, windowText } from './format';

export default function Assessments() {
  const [archived, setArchived] = useState(false);
  const [page, setPage] = useState(1);
  const list = useAsync(() => listAssessments(archived, page), [archived, page]);
  const [pageSize, setPageSize] = useState(0);
  const items = list.data?.items ?? [];
  if (page === 1 && items.length > pageSize) setPageSize(items.length);
  const more = !!list.data && items.length > 0 && (page - 1) * pageSize + items.length < list.data.total;

  return (
    <section className="page" aria-labelledby="assessments-title">
      <div className="row">
        <h1 id="assessments-title" className="grow">
          Assessments
        </h1>
        <Link to="/assessments/new" className="button primary">
          New assessment
        </Link>
      </div>
      <div className="filters">
        <label className="check">
          <input
            type="checkbox"
            checked={archived}
            onChange={(e) => {
              setArchived(e.target.checked);
              setPage(1);
            }}
          />
          Show archived
        </label>
      </div>
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading what="the assessments" />}
      {list.data && items.length === 0 && (
        <p className="muted">
          {archived ? 'No archived assessments.' : 'No assessments yet. Create one, then invite candidates by email.'}
        </p>
      )}
      {items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>Title</th>
              <th>Window</th>
              <th>Duration</th>
              <th>Problems</th>
              <th>Candidates</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/assessments/${a.id}`}>{a.title}</Link> {a.archived && <span className="badge">archived</span>}
                </td>
                <td className="small">{windowText(a.opens_at, a.closes_at)}</td>
                <td>{minutes(a.duration_minutes)}</td>
                <td>{a.problems}</td>
                <td className="small">
                  {a.counts.invited} invited · {a.counts.started} in progress · {a.counts.submitted} submitted
                  {a.counts.expired > 0 && ` · ${a.counts.expired} expired`}
                  {a.counts.revoked > 0 && ` · ${a.counts.revoked} revoked`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(page > 1 || more) && (
        <div className="pager">
          <button className="ghost" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span className="muted">Page {page}</span>
          <button className="ghost" disabled={!more} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </div>
      )}
    </section>
  );
}
