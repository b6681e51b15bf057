import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { client, ok } from '../../lib/api';
import { fromAuth, setSession } from '../../lib/session';
import { ErrorBox } from '../../components/ui';
import { AccountFields, useAccountForm } from './AccountFields';
import { safeNext } from './safeNext';

export default function Register() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = useAccountForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!form.check()) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(client.POST('/api/v1/auth/register', { body: form.body() }));
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
        <AccountFields form={form} error={error} />
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
