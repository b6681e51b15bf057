// Invite candidates by email and manage their invitations: the links to copy
// when the server sends no email, status and deadline, extra time (minutes
// and a percentage of the duration), Resend (a fresh link) and Revoke.
import { useState } from 'react';
import { ErrorBox, Loading } from '../../components/ui';
import { useAsync } from '../../lib/useAsync';
import {
  invite,
  listInvitations,
  resendInvitation,
  revokeInvitation,
  setExtraTime,
  type AssessmentDetail,
  type InvitationView,
} from './api';
import { STATUS_BADGE, STATUS_TEXT, dateTime } from './format';

/** "a@x.org, b@y.org\nc@z.org" → three addresses, duplicates dropped. */
export function parseEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

export default function CandidatesTab({ assessment, onChanged }: { assessment: AssessmentDetail; onChanged: () => void }) {
  const id = assessment.id;
  const list = useAsync(() => listInvitations(id), [id]);
  const [emails, setEmails] = useState('');
  const [links, setLinks] = useState<InvitationView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const changed = (v: InvitationView) => {
    list.setData((l) => l && { ...l, items: l.items.map((x) => (x.id === v.id ? v : x)) });
    onChanged();
  };

  async function send(e: React.FormEvent) {
    e.preventDefault();
    const all = parseEmails(emails);
    if (!all.length) {
      setError(new Error('Enter at least one email address.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await invite(id, all);
      setLinks(r.items);
      setEmails('');
      list.reload();
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function act(f: () => Promise<InvitationView>) {
    setError(null);
    try {
      const v = await f();
      changed(v);
      if (v.url) setLinks((l) => [v, ...l.filter((x) => x.id !== v.id)]);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <div className="tab-body">
      <form onSubmit={send} className="form" noValidate>
        <label>
          Emails
          <textarea
            rows={4}
            value={emails}
            onChange={(e) => setEmails(e.target.value)}
            placeholder={'ada@example.org\ngrace@example.org'}
            aria-describedby="emails-help"
          />
        </label>
        <p id="emails-help" className="muted small">
          One per line or comma-separated. Each candidate gets a link of their own.
        </p>
        <div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Inviting…' : 'Invite'}
          </button>
        </div>
      </form>
      <ErrorBox error={error} />
      {links.length > 0 && <NewLinks links={links} onDismiss={() => setLinks([])} />}
      <h2>Invitations</h2>
      <ErrorBox error={list.error} onRetry={list.reload} />
      {list.loading && !list.data && <Loading what="the invitations" />}
      {list.data?.items.length === 0 && <p className="muted">Nobody invited yet.</p>}
      {!!list.data?.items.length && (
        <table className="list">
          <thead>
            <tr>
              <th>Email</th>
              <th>Status</th>
              <th>Deadline</th>
              <th>Extra time</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((v) => (
              <tr key={v.id} data-testid="invitation-row">
                <td>{v.email}</td>
                <td>
                  <span className={`badge ${STATUS_BADGE[v.status]}`}>{STATUS_TEXT[v.status] ?? v.status}</span>
                </td>
                <td className="small">{v.deadline ? dateTime(v.deadline) : v.started_at ? '—' : 'not started'}</td>
                <td>
                  <ExtraTime v={v} onSave={(m, p) => act(() => setExtraTime(id, v.id, m, p))} />
                </td>
                <td className="actions">
                  {v.status !== 'revoked' && v.status !== 'submitted' && v.status !== 'expired' && (
                    <>
                      <button className="ghost small" aria-label={`Resend to ${v.email}`} onClick={() => void act(() => resendInvitation(id, v.id))}>
                        Resend
                      </button>{' '}
                      {v.status === 'invited' && (
                        <button
                          className="danger small"
                          aria-label={`Revoke ${v.email}`}
                          onClick={() =>
                            confirm(`Revoke the invitation of ${v.email}? Their link stops working.`) && void act(() => revokeInvitation(id, v.id))
                          }
                        >
                          Revoke
                        </button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function NewLinks({ links, onDismiss }: { links: InvitationView[]; onDismiss: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="pane new-links" role="region" aria-label="New invitation links">
      <h3>New invitations</h3>
      <ul className="history">
        {links.map((v) => (
          <li key={v.id} className="row">
            <strong>{v.email}</strong>
            {v.emailed || !v.url ? (
              <span className="muted">The invitation was emailed.</span>
            ) : (
              <>
                <input className="grow" readOnly value={v.url} aria-label={`Invitation link for ${v.email}`} onFocus={(e) => e.target.select()} />
                <button
                  className="ghost small"
                  aria-label={`Copy link for ${v.email}`}
                  onClick={() =>
                    void navigator.clipboard?.writeText(v.url!).then(
                      () => setCopied(v.id),
                      () => undefined,
                    )
                  }
                >
                  {copied === v.id ? 'Copied ✓' : 'Copy link'}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {links.some((v) => !v.emailed) && (
        <p className="muted small">This server sends no email: send each candidate their link yourself. It is shown only now.</p>
      )}
      <button className="ghost small" onClick={onDismiss}>
        Done
      </button>
    </div>
  );
}

function ExtraTime({ v, onSave }: { v: InvitationView; onSave: (minutes: number, percent: number) => Promise<void> }) {
  const [m, setM] = useState(v.extra_minutes);
  const [p, setP] = useState(v.extra_percent);
  const [busy, setBusy] = useState(false);
  const open = v.status === 'invited' || v.status === 'started';
  if (!open) {
    return (
      <span className="small">
        {v.extra_minutes || v.extra_percent ? `+${v.extra_minutes} min, +${v.extra_percent}%` : <span className="muted">none</span>}
      </span>
    );
  }
  const dirty = m !== v.extra_minutes || p !== v.extra_percent;
  return (
    <form
      className="extra"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        await onSave(Number.isFinite(m) ? m : 0, Number.isFinite(p) ? p : 0);
        setBusy(false);
      }}
    >
      <label>
        <span className="sr-only">Extra minutes for {v.email}</span>
        <input type="number" min={0} value={Number.isNaN(m) ? '' : m} onChange={(e) => setM(e.target.valueAsNumber)} />
      </label>
      <span aria-hidden="true">min</span>
      <label>
        <span className="sr-only">Extra percent for {v.email}</span>
        <input type="number" min={0} value={Number.isNaN(p) ? '' : p} onChange={(e) => setP(e.target.valueAsNumber)} />
      </label>
      <span aria-hidden="true">%</span>
      <button type="submit" className="ghost small" disabled={busy || !dirty} aria-label={`Save extra time for ${v.email}`}>
        Save extra time
      </button>
    </form>
  );
}
