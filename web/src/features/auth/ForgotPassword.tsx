// "Forgot password?": ask for a one-time link by email. The server answers
// the same whether or not the address has an account; without email set up
// it says to ask an admin, and this page shows that.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox } from '../../components/ui';
import { ok, publicClient } from '../../lib/api';

export default function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = !/^\S+@\S+\.\S+$/.test(email.trim()) ? 'Enter the email address you signed up with.' : '';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await ok(publicClient.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }));
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <h1>Reset your password</h1>
      {sent ? (
        <p className="notice" role="status" data-testid="reset-sent">
          If an account exists for {email.trim()}, a link to choose a new password is on its way. It works once, within an
          hour.
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <p className="muted">We will email you a link to choose a new password.</p>
          <label>
            Email
            <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
            {touched && problem && <span className="field-error">{problem}</span>}
          </label>
          <ErrorBox error={error} />
          <button type="submit" disabled={busy}>
            {busy ? 'Sending…' : 'Email me a link'}
          </button>
        </form>
      )}
      <p className="muted">
        Remembered it? <Link to="/login">Log in</Link>
      </p>
    </section>
  );
}
