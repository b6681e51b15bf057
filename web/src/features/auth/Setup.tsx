// The first admin: while the server has no admin, `codemint serve` prints a
// one-time link to /setup?token=…. The form is the sign-up form; the answer
// signs the new admin in.
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorBox } from '../../components/ui';
import { ok, publicClient } from '../../lib/api';
import { fromAuth, setSession } from '../../lib/session';
import { AccountFields, useAccountForm } from './AccountFields';

export default function Setup() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
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
      const r = await ok(publicClient.POST('/api/v1/auth/setup', { body: { token, ...form.body() } }));
      setSession(fromAuth(r));
      navigate('/problems', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <h1>Create the first admin</h1>
      {token ? (
        <>
          <p className="muted">This one-time link was printed when the server started. It works once.</p>
          <form onSubmit={submit} noValidate className="form">
            <AccountFields form={form} error={error} />
            <ErrorBox error={error} />
            <button type="submit" disabled={busy}>
              {busy ? 'Creating…' : 'Create admin'}
            </button>
          </form>
        </>
      ) : (
        <p className="notice" role="status" data-testid="setup-no-token">
          This page needs its token: open the one-time link that <code>codemint serve</code> printed when it started
          without an admin (it ends in <code>/setup?token=…</code>). Or create the admin from the command line with{' '}
          <code>codemint admin create-user --email … --name … --role admin</code>.
        </p>
      )}
    </section>
  );
}
