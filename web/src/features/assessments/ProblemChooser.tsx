// The builder's problems: search the bank and add, set each one's points,
// reorder and remove. Field errors from the server (`problems`,
// `problems[0].points`) show next to what they name.
import { useState } from 'react';
import type { SchemaProblemSummaryDto } from '../../generated/api';
import { client, ok } from '../../lib/api';
import { ErrorBox } from '../../components/ui';

export interface Chosen {
  slug: string;
  title: string;
  points: number;
}

interface Props {
  value: Chosen[];
  onChange: (v: Chosen[]) => void;
  disabled: boolean;
  fieldError: (field: string) => React.ReactNode;
}

export default function ProblemChooser({ value, onChange, disabled, fieldError }: Props) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<SchemaProblemSummaryDto[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function search() {
    setError(null);
    try {
      const r = await ok(client.GET('/api/v1/problems', { params: { query: { q: q.trim() || undefined, per_page: 20 } } }));
      setFound(r.items);
    } catch (e) {
      setError(e);
    }
  }

  const move = (i: number, d: number) => {
    const next = [...value];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange(next);
  };

  return (
    <fieldset className="chooser" disabled={disabled}>
      <legend>Problems</legend>
      {fieldError('problems')}
      {value.length === 0 && <p className="muted small">No problems yet: find them in the bank below.</p>}
      <ol className="chosen">
        {value.map((p, i) => (
          <li key={p.slug}>
            <span className="grow">
              {p.title} <span className="muted small">{p.slug}</span>
              {fieldError(`problems[${i}].slug`)}
            </span>
            <label className="points">
              Points
              <input
                type="number"
                min={1}
                step="any"
                aria-label={`Points for ${p.title}`}
                value={Number.isNaN(p.points) ? '' : p.points}
                onChange={(e) => onChange(value.map((x, j) => (j === i ? { ...x, points: e.target.valueAsNumber } : x)))}
              />
              {fieldError(`problems[${i}].points`)}
            </label>
            <button type="button" className="ghost small" disabled={i === 0} aria-label={`Move ${p.title} up`} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="ghost small"
              disabled={i === value.length - 1}
              aria-label={`Move ${p.title} down`}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button type="button" className="ghost small" aria-label={`Remove ${p.title}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="row">
        <label className="grow">
          Find a problem
          <input
            type="search"
            value={q}
            placeholder="Title or slug"
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void search();
              }
            }}
          />
        </label>
        <button type="button" onClick={() => void search()}>
          Search
        </button>
      </div>
      <ErrorBox error={error} />
      {found && (
        <ul className="picker-list" aria-label="Problems found">
          {found.length === 0 && <li className="muted">No problem matches.</li>}
          {found.map((p) => {
            const added = value.some((x) => x.slug === p.slug);
            return (
              <li key={p.slug}>
                <button
                  type="button"
                  className="ghost small"
                  disabled={added}
                  aria-label={added ? `${p.title} added` : `Add ${p.title}`}
                  onClick={() => onChange([...value, { slug: p.slug, title: p.title, points: 100 }])}
                >
                  {added ? 'Added' : 'Add'}
                </button>{' '}
                {p.title} <span className={`badge diff-${p.difficulty}`}>{p.difficulty}</span>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
