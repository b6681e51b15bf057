// Small shared pieces: error and loading states, verdict badges, run output.
import type { RunResult } from '../generated/events';
import { errorMessage } from '../lib/api';

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div className="error-box" role="alert">
      {errorMessage(error)}
      {onRetry && (
        <button className="ghost" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Text that may be longer than its box (program output, code, test data)
 * scrolls, so it takes keyboard focus too: a keyboard user can scroll it
 * (WCAG 2.1.1; axe's scrollable-region-focusable). */
export function Pre(props: React.ComponentProps<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

const VERDICT_NAMES: Record<string, string> = {
  AC: 'Accepted',
  WA: 'Wrong answer',
  TLE: 'Time limit exceeded',
  MLE: 'Memory limit exceeded',
  RE: 'Runtime error',
  CE: 'Compile error',
  OLE: 'Output limit exceeded',
  SE: 'Forbidden system call',
  IE: 'Internal error',
};

export function Verdict({ verdict }: { verdict: string | null | undefined }) {
  if (!verdict) return <span className="badge">pending</span>;
  return (
    <span className={`badge verdict-${verdict === 'AC' ? 'ok' : 'bad'}`} title={VERDICT_NAMES[verdict] ?? verdict}>
      {verdict} · {VERDICT_NAMES[verdict] ?? verdict}
    </span>
  );
}

const STATUS_NAMES: Record<string, string> = {
  ok: 'Finished',
  compile_error: 'Compile error',
  runtime_error: 'Runtime error',
  time_limit: 'Time limit',
  wall_time_limit: 'Wall-clock limit',
  memory_limit: 'Memory limit',
  output_limit: 'Output limit',
  syscall_denied: 'Forbidden system call',
  internal_error: 'Internal error',
};

export function RunOutput({ result, state }: { result: RunResult | null; state: string }) {
  if (!result) {
    return (
      <div className="run-output" role="status" aria-live="polite">
        {state === 'idle' ? <span className="muted">Run your code to see its output here.</span> : <span>⏳ {state}…</span>}
      </div>
    );
  }
  return (
    <div className="run-output" data-testid="run-output" aria-live="polite">
      <div className="run-meta">
        <span className={`badge verdict-${result.status === 'ok' ? 'ok' : 'bad'}`}>
          {STATUS_NAMES[result.status] ?? result.status}
        </span>
        <span className="muted">
          exit {result.exit_code ?? '–'}
          {result.signal ? ` · signal ${result.signal}` : ''} · {result.time_ms} ms CPU · {result.wall_ms} ms wall ·{' '}
          {Math.round(result.memory_kb / 1024)} MB
        </span>
      </div>
      {result.compile_output && (
        <>
          <h4>Compiler</h4>
          <Pre>{result.compile_output}</Pre>
        </>
      )}
      <h4>Output</h4>
      <Pre data-testid="stdout">{result.stdout || <span className="muted">(no output)</span>}</Pre>
      {result.stderr && (
        <>
          <h4>Errors</h4>
          <Pre className="stderr">{result.stderr}</Pre>
        </>
      )}
    </div>
  );
}

export function timeAgo(ms: number): string {
  const s = Math.round((Date.now() - ms) / 1000);
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}
