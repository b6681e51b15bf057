// /admin/jobs: the dead letters — jobs that ran out of attempts or failed for
// good (a judge that kept crashing, an email the SMTP server refused) with
// the last error (for an email, the server's reply). Retry queues one again
// with fresh attempts; Discard drops it.
import { useState } from 'react';
import { ErrorBox, Loading, timeAgo } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';

const KIND: Record<string, string> = {
  judge_submission: 'Judging',
  run_code: 'Run',
  send_email: 'Email',
};

/** What the job was for, in a few words. */
function about(kind: string, payload: Record<string, unknown>): string {
  if (kind === 'send_email') return `${String(payload.template ?? '').replace(/_/g, ' ')} to ${String(payload.to ?? '')}`;
  if (kind === 'judge_submission') return `submission ${String(payload.submission ?? '')}`;
  if (kind === 'run_code') return `run ${String(payload.run ?? '')}`;
  return JSON.stringify(payload);
}

export default function AdminJobs() {
  const jobs = useAsync(() => ok(client.GET('/api/v1/admin/jobs', { params: { query: { state: 'dead' } } })), []);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  async function act(id: number, retry: boolean) {
    setError(null);
    setDone('');
    try {
      if (retry) await ok(client.POST('/api/v1/admin/jobs/{id}/retry', { params: { path: { id } } }));
      else await ok(client.DELETE('/api/v1/admin/jobs/{id}', { params: { path: { id } } }));
      setDone(retry ? `Job ${id} is queued again.` : `Job ${id} was discarded.`);
      jobs.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page">
      <h1>Dead jobs</h1>
      <p className="muted">Jobs that will not be tried again by themselves, with why they failed.</p>
      <ErrorBox error={error} />
      <ErrorBox error={jobs.error} onRetry={jobs.reload} />
      <p className="muted small" role="status">
        {done}
      </p>
      {jobs.loading && !jobs.data && <Loading what="jobs" />}
      {jobs.data && jobs.data.items.length === 0 && <p data-testid="no-dead-jobs">No dead jobs.</p>}
      {jobs.data && jobs.data.items.length > 0 && (
        <table className="list" data-testid="dead-jobs">
          <thead>
            <tr>
              <th>Kind</th>
              <th>For</th>
              <th>Attempts</th>
              <th>Last error</th>
              <th>When</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.data.items.map((j) => (
              <tr key={j.id}>
                <td>{KIND[j.kind] ?? j.kind}</td>
                <td>{about(j.kind, j.payload as Record<string, unknown>)}</td>
                <td>
                  {j.attempts} of {j.max_attempts}
                </td>
                <td>
                  <code>{j.last_error ?? ''}</code>
                </td>
                <td className="muted">{timeAgo(j.updated_at)}</td>
                <td className="row">
                  <button className="small" onClick={() => void act(j.id, true)} aria-label={`Retry job ${j.id}`}>
                    Retry
                  </button>
                  <button className="small danger" onClick={() => void act(j.id, false)} aria-label={`Discard job ${j.id}`}>
                    Discard
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
