// An ended duel, whole: both final codes side by side and every submission
// with its verdict (its players and admins).
import { Link, useParams } from 'react-router-dom';
import CodeEditor from '../../components/CodeEditor';
import { ErrorBox, Loading, Verdict, timeAgo } from '../../components/ui';
import { languageLabel } from '../../lib/languages';
import { useAsync } from '../../lib/useAsync';
import { REASONS, duelResult } from './api';

export default function DuelResult() {
  const { id = '' } = useParams();
  const r = useAsync(() => duelResult(id), [id]);
  if (r.error) return <section className="page"><ErrorBox error={r.error} onRetry={r.reload} /></section>;
  if (!r.data) return <section className="page"><Loading what="the result" /></section>;
  const { duel, players } = r.data;
  const winner = players.find((p) => p.user_id === duel.result?.winner_user_id);
  return (
    <section className="page wide" aria-labelledby="result-title">
      <h1 id="result-title">
        {players.map((p) => p.name).join(' vs ')}
        {duel.problem ? ` · ${duel.problem.title}` : ''}
      </h1>
      <p className="muted">
        {winner ? `${winner.name} won: ${REASONS[duel.result!.reason]}` : duel.result ? REASONS[duel.result.reason] : ''} ·{' '}
        <Link to={`/duels/${id}/replay`}>Replay</Link>
      </p>
      <div className="side-by-side">
        {players.map((p) => {
          const lang = p.submissions.at(-1)?.language ?? duel.language;
          return (
            <div key={p.user_id} className="pane" data-testid={`code-${p.user_id}`}>
              <h2>{p.name}</h2>
              <CodeEditor language={lang} value={p.code} readOnly label={`${p.name}'s final code, ${languageLabel(lang)}`} />
              <ul className="history">
                {p.submissions.length === 0 && <li className="muted">No submissions.</li>}
                {p.submissions.map((s) => (
                  <li key={s.id}>
                    <Verdict verdict={s.verdict} /> {s.passed} tests passed{' '}
                    <span className="muted">
                      {languageLabel(s.language)} · {timeAgo(s.at)}
                      {s.late ? ' · after the deadline, not counted' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
