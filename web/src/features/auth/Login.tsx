import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { client, ok } from '../../lib/api';
import { fromAuth, setSession } from '../../lib/session';
import { ErrorBox } from '../../components/ui';
import { safeNext } from './safeNext';

export default function Login() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const emailProblem = !/^\S+@\S+\.\S+$/.test(email.trim()) ? 'Enter the email address you signed up with.' : '';
  const passwordProblem = !password ? 'Enter your password.' : '';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (emailProblem || passwordProblem) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(client.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }));
      setSession(fromAuth(r));
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <h1>Log in</h1>
      {params.get('reset') && (
        <p className="notice" role="status" data-testid="password-changed">
          Your password is changed and every session was signed out. Log in with the new one.
        </p>
      )}
      {params.get('expired') && (
        <p className="notice" role="status">
          Your session has expired. Log in again to continue.
        </p>
      )}
      <form onSubmit={submit} noValidate className="form">
        <label>
          Email
          <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
          {touched && emailProblem && <span className="field-error">{emailProblem}</span>}
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {touched && passwordProblem && <span className="field-error">{passwordProblem}</span>}
        </label>
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="muted">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p className="muted">
        New here? <Link to={`/register${params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : ''}`}>Create an account</Link>
      </p>
    </section>
  );
}
