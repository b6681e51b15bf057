import { useState } from 'react';
import type { SchemaProblemSummaryDto } from '../../generated/api';
import { ok, type Client } from '../../lib/api';

/** The host's problem choice: search the bank, load statement and stub for everyone. */
export default function ProblemPicker({ api, room, onError }: { api: Client; room: string; onError: (e: unknown) => void }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<SchemaProblemSummaryDto[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function search(e?: React.FormEvent) {
    e?.preventDefault();
    try {
      const r = await ok(api.GET('/api/v1/problems', { params: { query: { q: q.trim() || undefined, per_page: 20 } } }));
      setItems(r.items);
    } catch (err) {
      onError(err);
    }
  }

  async function choose(slug: string) {
    if (!confirm('Load this problem? Its stub replaces the code in the editor for everyone.')) return;
    setBusy(true);
    try {
      await ok(api.PUT('/api/v1/rooms/{id}/problem', { params: { path: { id: room } }, body: { slug } }));
      setItems(null);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="picker">
      <form onSubmit={search} className="row">
        <label className="grow">
          <span className="sr-only">Find a problem</span>
          <input type="search" placeholder="Find a problem…" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <button type="submit" className="ghost">
          {items ? 'Search' : 'Choose problem'}
        </button>
      </form>
      {items && (
        <ul className="picker-list" aria-label="Problems to choose from">
          {items.length === 0 && <li className="muted">No problem matches.</li>}
          {items.map((p) => (
            <li key={p.slug}>
              <button className="link" disabled={busy} onClick={() => void choose(p.slug)}>
                {p.title}
              </button>{' '}
              <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span>
            </li>
          ))}
          <li>
            <button className="ghost small" onClick={() => setItems(null)}>
              Close
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
