// The emailed link's page: choose a new password. Using the link signs the
// account out everywhere; then the user logs in with the new password.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorBox } from '../../components/ui';
import { ok, publicClient } from '../../lib/api';

export default function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = password.length < 8 ? 'Use at least 8 characters.' : '';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await ok(publicClient.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }));
      navigate('/login?reset=1', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (!token)
    return (
      <section className="page narrow">
        <h1>Choose a new password</h1>
        <p className="notice" role="status">
          This page needs the link from the email. <Link to="/forgot-password">Ask for a new link</Link>.
        </p>
      </section>
    );
  return (
    <section className="page narrow">
      <h1>Choose a new password</h1>
      <form onSubmit={submit} noValidate className="form">
        <label>
          New password
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />
          {touched && problem && <span className="field-error">{problem}</span>}
        </label>
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
      <p className="muted">
        Link expired? <Link to="/forgot-password">Ask for a new one</Link>
      </p>
    </section>
  );
}
