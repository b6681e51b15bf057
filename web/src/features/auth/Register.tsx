import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, client, ok } from '../../lib/api';
import { fromAuth, setSession } from '../../lib/session';
import { ErrorBox } from '../../components/ui';
import { safeNext } from './safeNext';

export default function Register() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const server = error instanceof ApiError ? error.fields : {};
  const problems = {
    name: !name.trim() ? 'Tell us what to call you.' : name.trim().length > 100 ? 'At most 100 characters.' : server.name,
    email: !/^\S+@\S+\.\S+$/.test(email.trim()) ? 'Enter a valid email address.' : server.email,
    password: password.length < 8 ? 'Use at least 8 characters.' : server.password,
  };

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!name.trim() || name.trim().length > 100 || !/^\S+@\S+\.\S+$/.test(email.trim()) || password.length < 8) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(
        client.POST('/api/v1/auth/register', { body: { name: name.trim(), email: email.trim(), password } }),
      );
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
      <h1>Create your account</h1>
      <form onSubmit={submit} noValidate className="form">
        <label>
          Name
          <input autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          {touched && problems.name && <span className="field-error">{problems.name}</span>}
        </label>
        <label>
          Email
          <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          {touched && problems.email && <span className="field-error">{problems.email}</span>}
        </label>
        <label>
          Password
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          {touched && problems.password && <span className="field-error">{problems.password}</span>}
        </label>
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Sign up'}
        </button>
      </form>
      <p className="muted">
        Already have an account? <Link to="/login">Log in</Link>
      </p>
    </section>
  );
}
