// /settings: which notifications are also emailed.
import { useEffect, useState } from 'react';
import { ErrorBox } from '../../components/ui';
import { client, ok } from '../../lib/api';

const LABEL: Record<string, string> = {
  room_invite: 'Email me when an interviewer invites me to a room',
};

export default function Settings() {
  const [prefs, setPrefs] = useState<{ kind: string; email: boolean }[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    ok(client.GET('/api/v1/notifications/preferences'))
      .then((r) => setPrefs(r.items))
      .catch(setError);
  }, []);

  async function change(kind: string, email: boolean) {
    const set = (value: boolean) => setPrefs((p) => p?.map((x) => (x.kind === kind ? { ...x, email: value } : x)) ?? null);
    setError(null);
    setSaved('');
    // The box follows the click at once; a refusal puts it back.
    set(email);
    try {
      await ok(client.PUT('/api/v1/notifications/preferences', { body: { kind, email } }));
      setSaved('Saved.');
    } catch (e) {
      set(!email);
      setError(e);
    }
  }

  return (
    <section className="page narrow">
      <h1>Settings</h1>
      <h2>Email</h2>
      <p className="muted">Notifications always show on the bell; these also come by email (when the server sends email).</p>
      <ErrorBox error={error} />
      {prefs?.map((p) => (
        <label key={p.kind} className="check">
          <input type="checkbox" checked={p.email} onChange={(e) => void change(p.kind, e.target.checked)} />
          {LABEL[p.kind] ?? p.kind}
        </label>
      ))}
      <p className="muted small" role="status">
        {saved}
      </p>
    </section>
  );
}
