import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import { ApiError, client, ok, toApiError } from '../../lib/api';
import { freshToken } from '../../lib/session';
import { useAsync } from '../../lib/useAsync';

const MAX_PACKAGE = 64 * 1024 * 1024;

export default function AdminProblems() {
  const list = useAsync(() => ok(client.GET('/api/v1/problems', { params: { query: { per_page: 100 } } })), []);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const file = useRef<HTMLInputElement>(null);

  async function importPackage(f: File) {
    setError(null);
    setMessage('');
    if (!f.name.endsWith('.zip')) return setError(new ApiError(0, 'client', 'Choose a .zip problem package (ICPC/Kattis format).'));
    if (f.size > MAX_PACKAGE) return setError(new ApiError(0, 'client', 'The package is larger than 64 MB.'));
    try {
      // A raw zip body; openapi-fetch would JSON-encode it.
      const res = await fetch('/api/v1/problems/import', {
        method: 'POST',
        headers: { 'content-type': 'application/zip', authorization: `Bearer ${await freshToken()}` },
        body: f,
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) throw toApiError(res.status, body);
      const r = body as { items: { slug: string; created: boolean; version: number }[] };
      setMessage(r.items.map((i) => `${i.slug} ${i.created ? 'created' : `updated to version ${i.version}`}`).join(', '));
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      if (file.current) file.current.value = '';
    }
  }

  return (
    <section className="page">
      <h1>Manage problems</h1>
      <div className="row">
        <Link to="/admin/problems/new" className="button primary">
          New problem
        </Link>
        <label className="button ghost">
          Import package (.zip)
          <input
            ref={file}
            type="file"
            accept=".zip,application/zip"
            className="sr-only"
            onChange={(e) => e.target.files?.[0] && void importPackage(e.target.files[0])}
          />
        </label>
      </div>
      {message && (
        <p className="notice" role="status">
          Imported: {message}
        </p>
      )}
      <ErrorBox error={error} />
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading what="problems" />}
      {list.data && (
        <table className="list">
          <thead>
            <tr>
              <th>Title</th>
              <th>Slug</th>
              <th>Difficulty</th>
              <th>Version</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((p) => (
              <tr key={p.slug}>
                <td>
                  <Link to={`/admin/problems/${p.slug}`}>{p.title}</Link>
                </td>
                <td className="muted">{p.slug}</td>
                <td>
                  <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span>
                </td>
                <td>{p.version}</td>
                <td>
                  <Link to={`/problems/${p.slug}`}>View</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
