// The results: every candidate with their total and per-problem scores, time
// used and signals, the distribution of totals, and the CSV (fetched with the
// session's token, then saved as a file). A row opens the candidate's report.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import { useAsync } from '../../lib/useAsync';
import { getReport, reportCsv, type AssessmentDetail } from './api';
import { STATUS_BADGE, STATUS_TEXT, dateTime, duration, pts } from './format';
import ScoreChart from './ScoreChart';
import { SignalBadges } from './SignalTimeline';

function fileName(title: string): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'assessment';
  return `${base}-report.csv`;
}

export default function ReportTab({ assessment }: { assessment: AssessmentDetail }) {
  const id = assessment.id;
  const report = useAsync(() => getReport(id), [id]);
  const [error, setError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState(false);

  async function download(e: React.MouseEvent) {
    e.preventDefault();
    setError(null);
    setDownloading(true);
    try {
      const blob = await reportCsv(id);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(assessment.title);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setError(err);
    } finally {
      setDownloading(false);
    }
  }

  if (report.error) return <ErrorBox error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loading what="the report" />;
  const r = report.data;
  const max = r.assessment.problems.reduce((s, p) => s + p.points, 0);
  const rows = [...r.candidates].sort((a, b) => b.total - a.total || a.email.localeCompare(b.email));
  return (
    <div className="tab-body">
      <div className="toolbar">
        <a href={`/api/v1/assessments/${encodeURIComponent(id)}/report.csv`} className="button" onClick={(e) => void download(e)} aria-busy={downloading}>
          Download CSV
        </a>
        <button className="ghost" onClick={report.reload}>
          Refresh
        </button>
      </div>
      <ErrorBox error={error} />
      {rows.length === 0 ? (
        <p className="muted">Nobody invited yet.</p>
      ) : (
        <>
          <ScoreChart buckets={r.distribution} />
          <table className="list" aria-label="Results">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Status</th>
                <th>Started</th>
                <th>Time used</th>
                {r.assessment.problems.map((p) => (
                  <th key={p.slug}>{p.title}</th>
                ))}
                <th>Total</th>
                <th>Signals</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.invitation}>
                  <td>
                    <Link to={`/assessments/${id}/candidates/${c.invitation}`}>{c.email}</Link>
                  </td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[c.status]}`}>{STATUS_TEXT[c.status] ?? c.status}</span>
                  </td>
                  <td className="small">{dateTime(c.started_at)}</td>
                  <td>
                    {c.started_at != null ? duration((c.submitted_at ?? Math.min(r.server_now, c.deadline ?? r.server_now)) - c.started_at) : '—'}
                  </td>
                  {r.assessment.problems.map((p) => {
                    const g = c.problems.find((x) => x.slug === p.slug);
                    return <td key={p.slug}>{g ? `${pts(g.score)}/${pts(g.points)}` : '—'}</td>;
                  })}
                  <td>
                    <strong>{pts(c.total)}</strong>
                    <span className="muted">/{pts(max)}</span>
                  </td>
                  <td>
                    <SignalBadges counts={c.signals} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
