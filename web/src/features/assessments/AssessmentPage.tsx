// One assessment for its staff: what it is, Edit and Archive, and three tabs:
// Candidates (invite, links, extra time, resend, revoke), Live (the proctor
// dashboard) and Report. The tab is in the URL (`?tab=live`).
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import { languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';
import { archiveAssessment, getAssessment } from './api';
import CandidatesTab from './CandidatesTab';
import { minutes, pts, windowText } from './format';
import LiveTab from './LiveTab';
import ReportTab from './ReportTab';

const TABS = [
  { id: 'candidates', label: 'Candidates' },
  { id: 'live', label: 'Live' },
  { id: 'report', label: 'Report' },
] as const;
type Tab = (typeof TABS)[number]['id'];

export default function AssessmentPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.some((t) => t.id === params.get('tab')) ? (params.get('tab') as Tab) : 'candidates';
  const a = useAsync(() => getAssessment(id), [id]);
  const [error, setError] = useState<unknown>(null);

  if (a.error) return <section className="page"><ErrorBox error={a.error} onRetry={a.reload} /></section>;
  if (!a.data) return <section className="page"><Loading what="the assessment" /></section>;
  const d = a.data;
  const total = d.problems.reduce((s, p) => s + p.points, 0);

  async function archive() {
    setError(null);
    try {
      a.setData(await archiveAssessment(id, !d.archived));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page wide" aria-labelledby="assessment-title">
      <p>
        <Link to="/assessments">← All assessments</Link>
      </p>
      <div className="row">
        <h1 id="assessment-title" className="grow">
          {d.title} {d.archived && <span className="badge">archived</span>}
        </h1>
        <Link to={`/assessments/${id}/edit`} className="button ghost">
          Edit
        </Link>
        <button className="ghost" onClick={() => void archive()}>
          {d.archived ? 'Unarchive' : 'Archive'}
        </button>
      </div>
      <p className="muted">
        {windowText(d.opens_at, d.closes_at)} · {minutes(d.duration_minutes)} · {d.problems.length}{' '}
        {d.problems.length === 1 ? 'problem' : 'problems'}, {pts(total)} points ·{' '}
        {d.languages ? d.languages.map(languageLabel).join(', ') : 'any language'} · by {d.owner.name}
      </p>
      <ErrorBox error={error} />
      <div className="tabs" role="tablist" aria-label="Assessment views">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            className={tab === t.id ? 'active' : ''}
            onClick={() => setParams(t.id === 'candidates' ? {} : { tab: t.id }, { replace: true })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'candidates' && <CandidatesTab assessment={d} onChanged={a.reload} />}
        {tab === 'live' && <LiveTab assessment={d} />}
        {tab === 'report' && <ReportTab assessment={d} />}
      </div>
    </section>
  );
}
