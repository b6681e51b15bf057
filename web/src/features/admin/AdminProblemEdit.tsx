// Create or edit a problem: Markdown statement with preview, limits, checker,
// samples, hidden tests (loaded on demand: they can be large) and stubs.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import Markdown from '../../components/Markdown';
import { ErrorBox, Loading } from '../../components/ui';
import type { SchemaChecker, SchemaDifficulty, SchemaProblemInput, SchemaStub, SchemaTestCase } from '../../generated/api';
import { ApiError, client, ok } from '../../lib/api';
import { LANGUAGES, languageLabel } from '../../lib/languages';

interface Form {
  title: string;
  slug: string;
  difficulty: SchemaDifficulty;
  tags: string;
  time_limit_ms: number;
  memory_mb: number;
  statement: string;
  checker: SchemaChecker;
  samples: SchemaTestCase[];
  hidden: SchemaTestCase[] | null;
  stubs: Record<string, SchemaStub>;
}

const EMPTY: Form = {
  title: '',
  slug: '',
  difficulty: 'easy',
  tags: '',
  time_limit_ms: 2000,
  memory_mb: 256,
  statement: '',
  checker: { kind: 'tokens' },
  samples: [{ name: '1', input: '', answer: '' }],
  hidden: [],
  stubs: {},
};

function validate(f: Form): Record<string, string> {
  const e: Record<string, string> = {};
  if (!f.title.trim()) e.title = 'A problem needs a title.';
  if (f.slug && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(f.slug)) e.slug = 'Lower-case letters, digits and dashes.';
  if (!(f.time_limit_ms >= 100 && f.time_limit_ms <= 30000)) e.time_limit_ms = 'Between 100 and 30000 ms.';
  if (!(f.memory_mb >= 16 && f.memory_mb <= 2048)) e.memory_mb = 'Between 16 and 2048 MB.';
  if (f.samples.some((t) => !t.name.trim())) e.samples = 'Every sample needs a name.';
  if (f.hidden?.some((t) => !t.name.trim())) e.hidden_tests = 'Every hidden test needs a name.';
  return e;
}

export default function AdminProblemEdit() {
  const { slug } = useParams();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form | null>(slug ? null : EMPTY);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);
  const [preview, setPreview] = useState(false);
  const [hiddenCount, setHiddenCount] = useState(0);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!slug) return;
    ok(client.GET('/api/v1/problems/{slug}', { params: { path: { slug } } })).then(
      (p) => {
        setHiddenCount(p.hidden_test_count);
        setForm({
          title: p.title,
          slug: p.slug,
          difficulty: p.difficulty,
          tags: p.tags.join(', '),
          time_limit_ms: p.time_limit_ms,
          memory_mb: p.memory_mb,
          statement: p.statement,
          checker: p.checker,
          samples: p.samples,
          hidden: null,
          stubs: p.stubs,
        });
      },
      setLoadError,
    );
  }, [slug]);

  if (loadError) return <section className="page"><ErrorBox error={loadError} /></section>;
  if (!form) return <section className="page"><Loading what="the problem" /></section>;
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const problems = { ...validate(form), ...(error instanceof ApiError ? error.fields : {}) };

  async function loadHidden() {
    try {
      const r = await ok(client.GET('/api/v1/problems/{slug}/tests', { params: { path: { slug: slug! } } }));
      set({ hidden: r.items });
    } catch (e) {
      setError(e);
    }
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    setSaved('');
    if (Object.keys(validate(form!)).length) return;
    const f = form!;
    const body: SchemaProblemInput = {
      title: f.title.trim(),
      slug: f.slug || null,
      difficulty: f.difficulty,
      tags: f.tags.split(',').map((t) => t.trim()).filter(Boolean),
      time_limit_ms: f.time_limit_ms,
      memory_mb: f.memory_mb,
      statement: f.statement,
      checker: f.checker,
      samples: f.samples,
      hidden_tests: f.hidden ?? undefined,
      stubs: f.stubs,
    };
    setBusy(true);
    setError(null);
    try {
      const r = slug
        ? await ok(client.PUT('/api/v1/problems/{slug}', { params: { path: { slug } }, body }))
        : await ok(client.POST('/api/v1/problems', { body }));
      setSaved(`Saved as version ${r.version}.`);
      if (!slug) navigate(`/admin/problems/${r.slug}`, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!slug || !confirm(`Delete ${slug}? Submissions keep their history.`)) return;
    try {
      await ok(client.DELETE('/api/v1/problems/{slug}', { params: { path: { slug } } }));
      navigate('/admin/problems');
    } catch (e) {
      setError(e);
    }
  }

  const show = (k: string) => (touched || !!error) && problems[k] && <span className="field-error">{problems[k]}</span>;
  const tests = (key: 'samples' | 'hidden', list: SchemaTestCase[]) => (
    <div className="tests">
      {list.map((t, i) => (
        <fieldset key={i} className="test">
          <legend>
            <input
              aria-label={`${key === 'samples' ? 'Sample' : 'Hidden test'} ${i + 1} name`}
              value={t.name}
              onChange={(e) => set({ [key]: list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)) })}
            />
          </legend>
          <label>
            Input
            <textarea rows={3} value={t.input} spellCheck={false} onChange={(e) => set({ [key]: list.map((x, j) => (j === i ? { ...x, input: e.target.value } : x)) })} />
          </label>
          <label>
            Answer
            <textarea rows={3} value={t.answer} spellCheck={false} onChange={(e) => set({ [key]: list.map((x, j) => (j === i ? { ...x, answer: e.target.value } : x)) })} />
          </label>
          <button type="button" className="ghost small" onClick={() => set({ [key]: list.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" className="ghost" onClick={() => set({ [key]: [...list, { name: String(list.length + 1), input: '', answer: '' }] })}>
        Add {key === 'samples' ? 'sample' : 'hidden test'}
      </button>
    </div>
  );

  return (
    <section className="page">
      <p>
        <Link to="/admin/problems">← All problems</Link>
      </p>
      <h1>{slug ? `Edit ${form.title || slug}` : 'New problem'}</h1>
      <form className="form wide" onSubmit={save} noValidate>
        <div className="row">
          <label className="grow">
            Title
            <input value={form.title} onChange={(e) => set({ title: e.target.value })} />
            {show('title')}
          </label>
          <label>
            Slug
            <input value={form.slug} disabled={!!slug} placeholder="from the title" onChange={(e) => set({ slug: e.target.value })} />
            {show('slug')}
          </label>
        </div>
        <div className="row">
          <label>
            Difficulty
            <select value={form.difficulty} onChange={(e) => set({ difficulty: e.target.value as SchemaDifficulty })}>
              <option value="easy">easy</option>
              <option value="medium">medium</option>
              <option value="hard">hard</option>
            </select>
          </label>
          <label className="grow">
            Topics (comma-separated)
            <input value={form.tags} onChange={(e) => set({ tags: e.target.value })} />
          </label>
          <label>
            Time limit (ms)
            <input type="number" value={form.time_limit_ms} onChange={(e) => set({ time_limit_ms: Number(e.target.value) })} />
            {show('time_limit_ms')}
          </label>
          <label>
            Memory (MB)
            <input type="number" value={form.memory_mb} onChange={(e) => set({ memory_mb: Number(e.target.value) })} />
            {show('memory_mb')}
          </label>
        </div>
        <div className="row">
          <label>
            Checker
            <select
              value={form.checker.kind}
              disabled={form.checker.kind === 'custom'}
              onChange={(e) => {
                const kind = e.target.value;
                set({ checker: kind === 'float' ? { kind: 'float', abs_tolerance: 1e-6, rel_tolerance: 1e-6 } : ({ kind } as SchemaChecker) });
              }}
            >
              <option value="exact">exact</option>
              <option value="tokens">tokens (ignores whitespace)</option>
              <option value="float">float with tolerance</option>
              {form.checker.kind === 'custom' && <option value="custom">custom program (from the package)</option>}
            </select>
          </label>
          {form.checker.kind === 'float' && (
            <>
              <label>
                Absolute tolerance
                <input type="number" step="any" value={form.checker.abs_tolerance ?? 0} onChange={(e) => set({ checker: { ...form.checker, kind: 'float', abs_tolerance: Number(e.target.value) } })} />
              </label>
              <label>
                Relative tolerance
                <input type="number" step="any" value={(form.checker as { rel_tolerance?: number }).rel_tolerance ?? 0} onChange={(e) => set({ checker: { ...form.checker, kind: 'float', rel_tolerance: Number(e.target.value) } })} />
              </label>
            </>
          )}
        </div>
        <div className="statement-editor">
          <div className="row">
            <h2 className="grow">Statement (Markdown)</h2>
            <button type="button" className="ghost" onClick={() => setPreview(!preview)}>
              {preview ? 'Edit' : 'Preview'}
            </button>
          </div>
          {preview ? (
            <div className="pane">
              <Markdown text={form.statement} />
            </div>
          ) : (
            <textarea aria-label="Statement" rows={14} value={form.statement} onChange={(e) => set({ statement: e.target.value })} />
          )}
        </div>
        <h2>Samples (shown to everyone)</h2>
        {show('samples')}
        {tests('samples', form.samples)}
        <h2>Hidden tests</h2>
        {show('hidden_tests')}
        {form.hidden === null ? (
          <p>
            {hiddenCount} hidden tests.{' '}
            <button type="button" className="ghost" onClick={() => void loadHidden()}>
              Load to edit
            </button>
          </p>
        ) : (
          tests('hidden', form.hidden)
        )}
        <h2>Stubs</h2>
        <p className="muted small">The user edits only the middle part; the judge wraps it in the prefix and suffix.</p>
        {LANGUAGES.map((l) => {
          const stub = form.stubs[l.id];
          return (
            <details key={l.id} className="stub" open={false}>
              <summary>
                {languageLabel(l.id)} {stub ? '' : <span className="muted">(none)</span>}
              </summary>
              {(['prefix', 'solution', 'suffix'] as const).map((part) => (
                <label key={part}>
                  {part === 'solution' ? 'User part' : part === 'prefix' ? 'Prefix (hidden)' : 'Suffix (hidden)'}
                  <textarea
                    rows={part === 'solution' ? 6 : 3}
                    spellCheck={false}
                    value={stub?.[part] ?? ''}
                    onChange={(e) => set({ stubs: { ...form.stubs, [l.id]: { prefix: stub?.prefix ?? '', suffix: stub?.suffix ?? '', solution: stub?.solution ?? '', [part]: e.target.value } } })}
                  />
                </label>
              ))}
              {stub && (
                <button
                  type="button"
                  className="ghost small"
                  onClick={() => {
                    const next = { ...form.stubs };
                    delete next[l.id];
                    set({ stubs: next });
                  }}
                >
                  Remove {l.label} stub
                </button>
              )}
            </details>
          );
        })}
        <ErrorBox error={error} />
        {saved && (
          <p className="notice" role="status">
            {saved}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          {slug && (
            <button type="button" className="danger" onClick={() => void remove()}>
              Delete
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
