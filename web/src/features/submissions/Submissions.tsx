import { useState } from 'react';
import { Link } from 'react-router-dom';
import SubmissionView from './SubmissionView';
import { ErrorBox, Loading, Pre, Verdict, timeAgo } from '../../components/ui';
import type { SchemaSubmissionDto } from '../../generated/api';
import { client, ok } from '../../lib/api';
import { languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';

export default function Submissions() {
  const list = useAsync(() => ok(client.GET('/api/v1/submissions', {})), []);
  const [open, setOpen] = useState<SchemaSubmissionDto | null>(null);
  return (
    <section className="page">
      <h1>My submissions</h1>
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading what="submissions" />}
      {list.data?.items.length === 0 && (
        <p className="muted">
          Nothing yet. <Link to="/problems">Pick a problem</Link> and submit a solution.
        </p>
      )}
      {list.data && list.data.items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>#</th>
              <th>Problem</th>
              <th>Language</th>
              <th>Verdict</th>
              <th>When</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((s) => (
              <tr key={s.id}>
                <td>
                  <button className="link" onClick={() => setOpen(open?.id === s.id ? null : s)} aria-expanded={open?.id === s.id}>
                    {s.id}
                  </button>
                </td>
                <td>
                  <Link to={`/problems/${s.problem}`}>{s.problem}</Link>
                </td>
                <td>{languageLabel(s.language)}</td>
                <td>{s.state === 'finished' ? <Verdict verdict={s.verdict} /> : <span className="badge">{s.state}</span>}</td>
                <td className="muted">{timeAgo(s.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <div className="pane">
          <h2>Submission #{open.id}</h2>
          <SubmissionView s={open} />
          <h4>Code</h4>
          <Pre>{open.code}</Pre>
        </div>
      )}
    </section>
  );
}
