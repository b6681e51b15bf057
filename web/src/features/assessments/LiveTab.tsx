// The proctor dashboard: `/ws` with the staff member's token, `watch_assessment`
// (sticky: a reconnect watches again and gets every row afresh), one row per
// candidate kept current by `assessment_candidate`, time left on the server's
// clock, progress per problem, signal counts — and, for the candidate picked,
// their signals as a timeline (history over REST, new ones live).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Verdict, ErrorBox, Loading } from '../../components/ui';
import type { CandidateRow, IntegritySignal, InvitationStatus, ServerEvent } from '../../generated/events';
import { freshToken } from '../../lib/session';
import { useEvents, useSocket, useSocketStatus } from '../../lib/socket';
import { useSession } from '../../lib/useSession';
import { clock } from '../duels/api';
import { useTick } from '../duels/useDuel';
import { getCandidateReport, type AssessmentDetail } from './api';
import { STATUS_BADGE, STATUS_TEXT, pts } from './format';
import { SignalBadges, SignalTimeline } from './SignalTimeline';

const STATUSES: InvitationStatus[] = ['invited', 'started', 'submitted', 'expired', 'revoked'];

export default function LiveTab({ assessment }: { assessment: AssessmentDetail }) {
  const id = assessment.id;
  const s = useSession();
  const socket = useSocket(s ? freshToken : null, s ? String(s.user.id) : '');
  const status = useSocketStatus(socket);
  const [rows, setRows] = useState<Map<string, CandidateRow> | null>(null);
  const [live, setLive] = useState<Record<string, IntegritySignal[]>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState<InvitationStatus | ''>('');
  const [highOnly, setHighOnly] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const offset = useRef(0);
  useTick(true, 1000);

  useEffect(() => {
    socket?.send({ type: 'watch_assessment', assessment: id }, true);
  }, [socket, id]);

  const onEvent = useCallback(
    (e: ServerEvent) => {
      switch (e.type) {
        case 'assessment_watching':
          if (e.assessment !== id) break;
          offset.current = e.server_now - Date.now();
          setRows(new Map(e.candidates.map((c) => [c.invitation, c])));
          break;
        case 'assessment_candidate':
          if (e.assessment !== id) break;
          offset.current = e.server_now - Date.now();
          setRows((m) => new Map(m ?? []).set(e.candidate.invitation, e.candidate));
          break;
        case 'assessment_signal':
          if (e.assessment !== id) break;
          setLive((l) => ({ ...l, [e.invitation]: [...(l[e.invitation] ?? []), e.signal] }));
          break;
        case 'error':
          setRefused(e.message);
          break;
      }
    },
    [id],
  );
  useEvents(socket, onEvent);

  const list = useMemo(() => {
    const all = rows ? [...rows.values()] : [];
    return all
      .filter((r) => !filter || r.status === filter)
      .filter((r) => !highOnly || r.signals.high > 0)
      .sort((a, b) => a.email.localeCompare(b.email));
  }, [rows, filter, highOnly]);
  const now = Date.now() + offset.current;
  const pick = rows && selected ? (rows.get(selected) ?? null) : null;

  return (
    <div className="tab-body live">
      <div className="filters">
        <label>
          Status
          <select value={filter} onChange={(e) => setFilter(e.target.value as InvitationStatus | '')}>
            <option value="">All statuses</option>
            {STATUSES.map((st) => (
              <option key={st} value={st}>
                {STATUS_TEXT[st]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={highOnly} onChange={(e) => setHighOnly(e.target.checked)} />
          Has high signals
        </label>
        <div className="spacer" />
        <span className={`conn ${status === 'open' ? 'ok' : 'warn'}`} role="status" data-testid="live-connection">
          {status === 'open' ? 'live' : 'reconnecting…'}
        </span>
      </div>
      {refused && !rows && <ErrorBox error={new Error(refused)} />}
      {!rows && !refused && <Loading what="the candidates" />}
      {rows && rows.size === 0 && <p className="muted">Nobody invited yet.</p>}
      {rows && rows.size > 0 && list.length === 0 && <p className="muted">No candidate matches these filters.</p>}
      <div className={pick ? 'live-grid' : ''}>
        {list.length > 0 && (
          <table className="list live-table" aria-label="Candidates, live">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Status</th>
                <th>Time left</th>
                {assessment.problems.map((p) => (
                  <th key={p.slug} title={p.slug}>
                    {p.title}
                  </th>
                ))}
                <th>Total</th>
                <th>Signals</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.invitation} className={`clickable ${selected === r.invitation ? 'selected' : ''}`} onClick={() => setSelected(r.invitation)}>
                  <td>
                    <button
                      className="link"
                      aria-label={`Show signals of ${r.email}`}
                      aria-controls="live-timeline"
                      aria-expanded={selected === r.invitation}
                      onClick={() => setSelected(r.invitation)}
                    >
                      {r.email}
                    </button>
                  </td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[r.status]}`}>{STATUS_TEXT[r.status] ?? r.status}</span>
                  </td>
                  <td className="tabular" data-testid="time-left">
                    {r.status === 'started' && r.deadline != null ? clock(r.deadline - now) : '—'}
                  </td>
                  {assessment.problems.map((p) => {
                    const g = r.problems.find((x) => x.slug === p.slug);
                    return (
                      <td key={p.slug} className="small">
                        {g ? (
                          <>
                            {pts(g.score)}/{pts(g.points)} {g.submissions > 0 && <Verdict verdict={g.verdict} />}
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    );
                  })}
                  <td>{pts(r.total)}</td>
                  <td>
                    <SignalBadges counts={r.signals} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pick && <Timeline key={pick.invitation} assessment={id} row={pick} live={live[pick.invitation] ?? []} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}

function Timeline({ assessment, row, live, onClose }: { assessment: string; row: CandidateRow; live: IntegritySignal[]; onClose: () => void }) {
  const [history, setHistory] = useState<IntegritySignal[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getCandidateReport(assessment, row.invitation).then((r) => setHistory(r.signals), setError);
  }, [assessment, row.invitation]);
  const all = useMemo(() => {
    const byId = new Map<number, IntegritySignal>();
    for (const sg of [...(history ?? []), ...live]) byId.set(sg.id, sg);
    return [...byId.values()];
  }, [history, live]);
  return (
    <aside className="pane timeline-pane" id="live-timeline" aria-label={`Signals of ${row.email}`}>
      <div className="row">
        <h2 className="grow">Signals: {row.email}</h2>
        <button className="ghost small" onClick={onClose}>
          Close timeline
        </button>
      </div>
      <ErrorBox error={error} />
      {!history && !error ? <Loading what="the signals" /> : <SignalTimeline signals={all} start={row.started_at} />}
    </aside>
  );
}
