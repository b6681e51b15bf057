import type { SchemaSubmissionDto } from '../../generated/api';
import type { TestResult } from '../../lib/types';
import { Pre, Verdict } from '../../components/ui';

export default function SubmissionView({ s }: { s: SchemaSubmissionDto }) {
  const tests = s.tests as unknown as TestResult[];
  return (
    <div className="submission" data-testid="submission-result">
      <div className="run-meta">
        <Verdict verdict={s.verdict} />
        {s.state === 'finished' && (
          <span className="muted">
            score {s.score ?? 0}% · {s.time_ms ?? 0} ms · {Math.round((s.memory_kb ?? 0) / 1024)} MB · {tests.length}/
            {s.total_tests ?? '?'} tests run
          </span>
        )}
      </div>
      {s.compile_output && (
        <>
          <h4>Compiler</h4>
          <Pre>{s.compile_output}</Pre>
        </>
      )}
      {tests.length > 0 && (
        <table className="list compact">
          <thead>
            <tr>
              <th>Test</th>
              <th>Verdict</th>
              <th>Time</th>
              <th>Memory</th>
            </tr>
          </thead>
          <tbody>
            {tests.map((t) => (
              <tr key={t.name}>
                <td>
                  {t.sample && t.verdict !== 'AC' ? (
                    <details>
                      <summary>{t.name}</summary>
                      <div className="io">
                        <div>
                          <h5>Input</h5>
                          <Pre>{t.input}</Pre>
                        </div>
                        <div>
                          <h5>Expected</h5>
                          <Pre>{t.expected}</Pre>
                        </div>
                        <div>
                          <h5>Your output</h5>
                          <Pre>{t.output}</Pre>
                        </div>
                      </div>
                    </details>
                  ) : (
                    t.name
                  )}
                </td>
                <td>
                  <span className={`badge verdict-${t.verdict === 'AC' ? 'ok' : 'bad'}`}>{t.verdict}</span>
                </td>
                <td>{t.time_ms} ms</td>
                <td>{Math.round(t.memory_kb / 1024)} MB</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
