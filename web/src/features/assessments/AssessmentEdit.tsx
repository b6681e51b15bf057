// The builder: title, Markdown instructions, duration, the window (local
// time, sent as ms), allowed languages (none checked: all) and the problems
// with their points. The server validates; its field errors show next to the
// fields they name. Once a candidate has started, nothing may change.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import Markdown from '../../components/Markdown';
import { ErrorBox, Loading } from '../../components/ui';
import { ApiError } from '../../lib/api';
import { LANGUAGES } from '../../lib/languages';
import { createAssessment, getAssessment, updateAssessment, type AssessmentInput } from './api';
import { fromLocalInput, toLocalInput } from './format';
import ProblemChooser, { type Chosen } from './ProblemChooser';

interface Form {
  title: string;
  instructions: string;
  duration: number;
  opens: string;
  closes: string;
  languages: string[];
  problems: Chosen[];
}

function blank(): Form {
  // From this minute (a window that is already open) for a week.
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  return {
    title: '',
    instructions: '',
    duration: 60,
    opens: toLocalInput(now),
    closes: toLocalInput(now + 7 * 24 * 3600_000),
    languages: [],
    problems: [],
  };
}

/** The fields this form shows errors next to. */
const SHOWN = /^(title|instructions|duration_minutes|opens_at|closes_at|languages|problems(\[\d+\]\.(slug|points))?)$/;

/** The server's refusal without the field errors already shown next to their fields. */
function summary(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const rest = Object.entries(error.fields).filter(([f]) => !SHOWN.test(f));
  if (rest.length === Object.keys(error.fields).length) return error;
  return new Error(rest.length ? `${error.message}: ${rest.map(([f, m]) => `${f} ${m}`).join('; ')}` : error.message);
}

/** What the browser can tell before asking the server. */
function check(f: Form): Record<string, string> {
  const e: Record<string, string> = {};
  if (Number.isNaN(fromLocalInput(f.opens))) e.opens_at = 'Pick a date and time.';
  if (Number.isNaN(fromLocalInput(f.closes))) e.closes_at = 'Pick a date and time.';
  if (!Number.isFinite(f.duration)) e.duration_minutes = 'Enter the number of minutes.';
  f.problems.forEach((p, i) => {
    if (!Number.isFinite(p.points)) e[`problems[${i}].points`] = 'Enter the points.';
  });
  return e;
}

export default function AssessmentEdit() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form | null>(id ? null : blank);
  const [editable, setEditable] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!id) return;
    getAssessment(id).then((a) => {
      setEditable(a.editable);
      setForm({
        title: a.title,
        instructions: a.instructions,
        duration: a.duration_minutes,
        opens: toLocalInput(a.opens_at),
        closes: toLocalInput(a.closes_at),
        languages: a.languages ?? [],
        problems: a.problems.map((p) => ({ slug: p.slug, title: p.title, points: p.points })),
      });
    }, setLoadError);
  }, [id]);

  if (loadError) return <section className="page"><ErrorBox error={loadError} /></section>;
  if (!form) return <section className="page"><Loading what="the assessment" /></section>;
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const fields = { ...(error instanceof ApiError ? error.fields : {}), ...local };
  const fieldError = (k: string) =>
    fields[k] ? (
      <span className="field-error" data-field={k}>
        {fields[k]}
      </span>
    ) : null;

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const f = form!;
    const problems = check(f);
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    const body: AssessmentInput = {
      title: f.title.trim(),
      instructions: f.instructions,
      duration_minutes: f.duration,
      opens_at: fromLocalInput(f.opens),
      closes_at: fromLocalInput(f.closes),
      languages: f.languages.length ? LANGUAGES.map((l) => l.id).filter((l) => f.languages.includes(l)) : null,
      problems: f.problems.map((p) => ({ slug: p.slug, points: p.points })),
    };
    setBusy(true);
    try {
      const a = id ? await updateAssessment(id, body) : await createAssessment(body);
      navigate(`/assessments/${a.id}`, { replace: !id });
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.status === 409) setEditable(false);
    } finally {
      setBusy(false);
    }
  }

  const disabled = !editable || busy;
  return (
    <section className="page" aria-labelledby="builder-title">
      <p>
        <Link to={id ? `/assessments/${id}` : '/assessments'}>← {id ? 'Back to the assessment' : 'All assessments'}</Link>
      </p>
      <h1 id="builder-title">{id ? `Edit ${form.title}` : 'New assessment'}</h1>
      {!editable && (
        <p className="notice" role="status">
          This assessment can no longer be edited: a candidate has already started it, and everyone must get the same test.
        </p>
      )}
      <form className="form wide" onSubmit={save} noValidate>
        <fieldset className="plain" disabled={!editable}>
          <label>
            Title
            <input value={form.title} onChange={(e) => set({ title: e.target.value })} maxLength={200} />
            {fieldError('title')}
          </label>
          <div className="statement-editor">
            <div className="row">
              <label htmlFor="instructions" className="grow">
                Instructions (Markdown)
              </label>
              <button type="button" className="ghost small" onClick={() => setPreview(!preview)}>
                {preview ? 'Edit instructions' : 'Preview instructions'}
              </button>
            </div>
            {preview ? (
              <div className="pane">
                <Markdown text={form.instructions || '*No instructions.*'} />
              </div>
            ) : (
              <textarea id="instructions" rows={8} value={form.instructions} onChange={(e) => set({ instructions: e.target.value })} />
            )}
            {fieldError('instructions')}
          </div>
          <div className="row">
            <label>
              Duration (minutes)
              <input type="number" min={1} value={Number.isNaN(form.duration) ? '' : form.duration} onChange={(e) => set({ duration: e.target.valueAsNumber })} />
              {fieldError('duration_minutes')}
            </label>
            <label>
              Opens at
              <input type="datetime-local" value={form.opens} onChange={(e) => set({ opens: e.target.value })} />
              {fieldError('opens_at')}
            </label>
            <label>
              Closes at
              <input type="datetime-local" value={form.closes} onChange={(e) => set({ closes: e.target.value })} />
              {fieldError('closes_at')}
            </label>
          </div>
          <p className="muted small">
            Candidates start any time in the window and get the full duration (never past the close). Times are in your time zone.
          </p>
          <fieldset>
            <legend>Languages (none checked: all)</legend>
            <div className="tags">
              {LANGUAGES.map((l) => (
                <label key={l.id} className="check">
                  <input
                    type="checkbox"
                    checked={form.languages.includes(l.id)}
                    onChange={(e) =>
                      set({ languages: e.target.checked ? [...form.languages, l.id] : form.languages.filter((x) => x !== l.id) })
                    }
                  />
                  {l.label}
                </label>
              ))}
            </div>
            {fieldError('languages')}
          </fieldset>
        </fieldset>
        <ProblemChooser value={form.problems} onChange={(problems) => set({ problems })} disabled={!editable} fieldError={fieldError} />
        <ErrorBox error={summary(error)} />
        <div className="row">
          <button type="submit" className="primary" disabled={disabled}>
            {busy ? 'Saving…' : id ? 'Save changes' : 'Create assessment'}
          </button>
          <Link to={id ? `/assessments/${id}` : '/assessments'} className="button ghost">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
