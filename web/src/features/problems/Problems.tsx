import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { client, ok } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { ErrorBox, Loading } from '../../components/ui';
import type { SchemaDifficulty } from '../../generated/api';

const PER_PAGE = 25;

export default function Problems() {
  const [params, setParams] = useSearchParams();
  const difficulty = params.get('difficulty') ?? '';
  const tag = params.get('tag') ?? '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  useEffect(() => {
    setSearch(q);
  }, [q]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  // Debounced search box.
  useEffect(() => {
    const t = setTimeout(() => {
      if (search !== q) set('q', search.trim());
    }, 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const list = useAsync(
    () =>
      ok(
        client.GET('/api/v1/problems', {
          params: {
            query: {
              difficulty: (difficulty || undefined) as SchemaDifficulty | undefined,
              tag: tag || undefined,
              q: q || undefined,
              page,
              per_page: PER_PAGE,
            },
          },
        }),
      ),
    [difficulty, tag, q, page],
  );
  const tags = useAsync(async () => {
    const all = await ok(client.GET('/api/v1/problems', { params: { query: { per_page: 100 } } }));
    return [...new Set(all.items.flatMap((p) => p.tags))].sort();
  }, []);

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PER_PAGE)) : 1;
  return (
    <section className="page">
      <h1>Problems</h1>
      <div className="filters" role="search">
        <label>
          Search
          <input type="search" placeholder="Title or text" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          Difficulty
          <select value={difficulty} onChange={(e) => set('difficulty', e.target.value)}>
            <option value="">Any</option>
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </label>
        <label>
          Topic
          <select value={tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">Any</option>
            {tags.data?.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading what="problems" />}
      {list.data && (
        <>
          <table className="list" aria-busy={list.loading}>
            <thead>
              <tr>
                <th>Title</th>
                <th>Difficulty</th>
                <th>Topics</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((p) => (
                <tr key={p.slug}>
                  <td>
                    <Link to={`/problems/${p.slug}`}>{p.title}</Link>
                  </td>
                  <td>
                    <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span>
                  </td>
                  <td className="tags">
                    {p.tags.map((t) => (
                      <button key={t} className="tag" onClick={() => set('tag', t)}>
                        {t}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
              {list.data.items.length === 0 && (
                <tr>
                  <td colSpan={3} className="muted">
                    No problem matches these filters.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <nav className="pager" aria-label="Pages">
            <button className="ghost" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
              ← Previous
            </button>
            <span className="muted">
              Page {page} of {pages} · {list.data.total} problems
            </span>
            <button className="ghost" disabled={page >= pages} onClick={() => set('page', String(page + 1))}>
              Next →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
