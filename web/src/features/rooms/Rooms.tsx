import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorBox, Loading, timeAgo } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';

export default function Rooms() {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState('python');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mine = useAsync(() => ok(client.GET('/api/v1/rooms', {})), []);

  async function create(e: React.FormEvent) {
    e.preventDefault();
    if (title.trim().length > 120) {
      setError(new Error('The title can be at most 120 characters.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await ok(client.POST('/api/v1/rooms', { body: { title: title.trim() || null, language } }));
      navigate(`/rooms/${r.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <section className="page">
      <h1>Interview rooms</h1>
      <form onSubmit={create} className="form inline" noValidate>
        <label className="grow">
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Backend interview with Sam" maxLength={120} />
        </label>
        <label>
          Language
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create room'}
        </button>
      </form>
      <ErrorBox error={error} />
      <h2>Your rooms</h2>
      <ErrorBox error={mine.error} onRetry={mine.reload} />
      {mine.loading && !mine.data && <Loading what="your rooms" />}
      {mine.data?.items.length === 0 && <p className="muted">No rooms yet. Create one and send the link to your candidate.</p>}
      {mine.data && mine.data.items.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>Room</th>
              <th>Language</th>
              <th>State</th>
              <th>Created</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {mine.data.items.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/rooms/${r.id}`}>{r.title}</Link>
                </td>
                <td>{languageLabel(r.language)}</td>
                <td>
                  <span className={`badge ${r.state === 'open' ? 'ok' : ''}`}>{r.state}</span>
                </td>
                <td className="muted">{timeAgo(r.created_at)}</td>
                <td>
                  <Link to={`/rooms/${r.id}/replay`}>Replay</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
