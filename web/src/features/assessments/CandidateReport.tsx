// One candidate's results: score and verdict per problem, time used, the
// integrity signals in time order, the final code and submissions of each
// problem with a keystroke replay, and similarity (not computed yet).
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import { ErrorBox, Loading, Verdict } from '../../components/ui';
import { languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';
import { getCandidateReport } from './api';
import { STATUS_BADGE, STATUS_TEXT, dateTime, duration, pts } from './format';
import ProblemReplay from './ProblemReplay';
import { SignalBadges, SignalTimeline } from './SignalTimeline';

export default function CandidateReport() {
  const { id = '', inv = '' } = useParams();
  const report = useAsync(() => getCandidateReport(id, inv), [id, inv]);
  if (report.error) return <section className="page"><ErrorBox error={report.error} onRetry={report.reload} /></section>;
  if (!report.data) return <section className="page"><Loading what="the candidate's report" /></section>;
  const { candidate: c, problems, signals, similarity } = report.data;
  const max = problems.reduce((s, p) => s + p.points, 0);
  const used = c.started_at != null ? (c.submitted_at ?? Math.min(Date.now(), c.deadline ?? Date.now())) - c.started_at : null;

  return (
    <section className="page wide" aria-labelledby="candidate-title">
      <p>
        <Link to={`/assessments/${id}?tab=report`}>← Back to the report</Link>
      </p>
      <h1 id="candidate-title">{c.email}</h1>
      <p>
        <span className={`badge ${STATUS_BADGE[c.status]}`}>{STATUS_TEXT[c.status] ?? c.status}</span>{' '}
        <strong data-testid="candidate-total">
          {pts(c.total)} / {pts(max)} points
        </strong>
        {' · '}started {dateTime(c.started_at)}
        {c.submitted_at != null && ` · submitted ${dateTime(c.submitted_at)}`}
        {used != null && ` · time used ${duration(used)}`}
        {(c.extra_minutes > 0 || c.extra_percent > 0) && ` · extra time +${c.extra_minutes} min, +${c.extra_percent}%`}
      </p>

      <h2>Scores</h2>
      <table className="list" aria-label="Scores by problem">
        <thead>
          <tr>
            <th>Problem</th>
            <th>Score</th>
            <th>Verdict</th>
            <th>Language</th>
            <th>Submissions</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={p.slug}>
              <td>
                <a href={`#problem-${p.slug}`}>{p.title}</a>
              </td>
              <td>
                {pts(p.score)} / {pts(p.points)}
              </td>
              <td>{p.submissions.length ? <Verdict verdict={p.verdict} /> : <span className="muted">not submitted</span>}</td>
              <td>{p.language ? languageLabel(p.language) : '—'}</td>
              <td>{p.submissions.length}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>
        Integrity signals <SignalBadges counts={c.signals} />
      </h2>
      <p className="muted small">Signals are hints for a human to weigh, never proof: a candidate may switch tabs to read the instructions.</p>
      <SignalTimeline signals={signals} start={c.started_at} />

      {problems.map((p) => (
        <section key={p.slug} id={`problem-${p.slug}`} className="pane report-problem" aria-labelledby={`h-${p.slug}`}>
          <h2 id={`h-${p.slug}`}>
            {p.title}{' '}
            <span className="muted small">
              {pts(p.score)} / {pts(p.points)} points
            </span>
          </h2>
          <h3>Final code{p.language ? ` (${languageLabel(p.language)})` : ''}</h3>
          {p.code ? (
            <CodeEditor language={p.language ?? 'python'} value={p.code} readOnly label={`Final code for ${p.title}`} />
          ) : (
            <p className="muted">No code.</p>
          )}
          {p.submissions.length > 0 && (
            <>
              <h3>Submissions</h3>
              <ul className="history">
                {p.submissions.map((s) => (
                  <li key={s.id}>
                    <details>
                      <summary>
                        #{s.id} <Verdict verdict={s.verdict} /> {s.passed}/{s.total} tests ·{' '}
                        <span className="muted">
                          {languageLabel(s.language)} · {dateTime(s.created_at)}
                        </span>
                      </summary>
                      <CodeEditor language={s.language} value={s.code} readOnly label={`Code of submission ${s.id}`} />
                    </details>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Keystroke replay</h3>
          {c.attempt ? (
            <ProblemReplay assessment={id} invitation={inv} slug={p.slug} title={p.title} fallbackLanguage={p.language ?? 'python'} />
          ) : (
            <p className="muted">The candidate has not started.</p>
          )}
        </section>
      ))}

      <h2>Similarity</h2>
      {similarity == null ? (
        <p className="muted" data-testid="similarity">
          Plagiarism results are not available yet.
        </p>
      ) : (
        <pre tabIndex={0}>{JSON.stringify(similarity, null, 2)}</pre>
      )}
    </section>
  );
}
