import { useEffect, useRef, useState } from 'react';
import type { MemberInfo } from '../../generated/events';
import { ok, type Client } from '../../lib/api';
import type { FeedItem } from './roomState';
import { signalText } from './signals';
import { colorFor, type Presence } from './useRoomDoc';

interface Props {
  api: Client;
  room: string;
  me: MemberInfo;
  staff: boolean;
  ended: boolean;
  members: MemberInfo[];
  online: Set<string>;
  presence: Presence[];
  feed: FeedItem[];
  onError: (e: unknown) => void;
  onDecided: (m: MemberInfo) => void;
}

type Tab = 'people' | 'chat' | 'notes' | 'signals';

const FEED_LABEL: Record<FeedItem['kind'], string> = {
  chat: 'Chat messages',
  system: 'Chat messages',
  note: 'Notes',
  signal: 'Integrity signals',
};

export default function SidePanels(p: Props) {
  const pending = p.members.filter((m) => m.status === 'pending');
  const [tab, setTab] = useState<Tab>(p.staff && pending.length ? 'people' : 'chat');
  const signals = p.feed.filter((f) => f.kind === 'signal');
  const tabs: [Tab, string][] = [
    ['people', `People${p.staff && pending.length ? ` (${pending.length} waiting)` : ''}`],
    ['chat', 'Chat'],
  ];
  if (p.staff) tabs.push(['notes', 'Notes'], ['signals', `Signals${signals.length ? ` (${signals.length})` : ''}`]);
  return (
    <aside className="pane side" aria-label="Room panels">
      <div className="tabs" role="tablist">
        {tabs.map(([t, label]) => (
          <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'people' && <People {...p} pending={pending} />}
      {tab === 'chat' && <Feed {...p} kinds={['chat', 'system']} post="chat" placeholder="Message everyone" />}
      {tab === 'notes' && p.staff && (
        <Feed {...p} kinds={['note']} post="notes" placeholder="Private note (interviewers only)" hint="Only interviewers see notes." />
      )}
      {tab === 'signals' && p.staff && <Feed {...p} kinds={['signal']} hint="Reported by the candidate's browser." />}
    </aside>
  );
}

function People({ api, room, staff, ended, members, online, pending, onError, onDecided }: Props & { pending: MemberInfo[] }) {
  async function decide(m: MemberInfo, admit: boolean, role?: string) {
    try {
      onDecided(
        (await ok(
          api.POST('/api/v1/rooms/{id}/lobby/{member}', {
            params: { path: { id: room, member: m.member } },
            body: { admit, role },
          }),
        )) as unknown as MemberInfo,
      );
    } catch (e) {
      onError(e);
    }
  }
  const admitted = members.filter((m) => m.status === 'admitted');
  return (
    <div className="tab-body">
      {staff && (
        <section aria-label="Lobby" data-testid="lobby">
          <h3>Lobby</h3>
          {pending.length === 0 && <p className="muted small">Nobody is waiting.</p>}
          <ul className="people">
            {pending.map((m) => (
              <li key={m.member} data-testid="lobby-request">
                <span>{m.name}</span>
                {!ended && (
                  <span className="actions">
                    <button className="small primary" onClick={() => void decide(m, true)} aria-label={`Admit ${m.name}`}>
                      Admit
                    </button>
                    <button className="small ghost" onClick={() => void decide(m, true, 'observer')} aria-label={`Admit ${m.name} as observer`}>
                      Observer
                    </button>
                    <button className="small danger" onClick={() => void decide(m, false)} aria-label={`Reject ${m.name}`}>
                      Reject
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {staff && !ended && <InviteByEmail api={api} room={room} onError={onError} />}
      <h3>In the room ({admitted.length})</h3>
      <ul className="people" data-testid="participants">
        {admitted.map((m) => (
          <li key={m.member}>
            <span className="dot" style={{ background: online.has(m.member) ? colorFor(m.member) : 'transparent', borderColor: colorFor(m.member) }} title={online.has(m.member) ? 'in the editor' : 'away'} />
            <span>{m.name}</span>
            <span className="badge">{m.role}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Email the room's link to a candidate; without email on the server, the
 * link to copy instead. */
function InviteByEmail({ api, room, onError }: { api: Client; room: string; onError: (e: unknown) => void }) {
  const [email, setEmail] = useState('');
  const [result, setResult] = useState<{ url: string; emailed: boolean; to: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(e: React.FormEvent) {
    e.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    try {
      const r = await ok(api.POST('/api/v1/rooms/{id}/invites', { params: { path: { id: room } }, body: { email: email.trim() } }));
      setResult({ ...r, to: email.trim() });
      setEmail('');
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-label="Invite by email">
      <h3>Invite</h3>
      <form className="row" onSubmit={send}>
        <label className="sr-only" htmlFor="invite-email">
          Candidate's email
        </label>
        <input
          id="invite-email"
          type="email"
          placeholder="candidate@example.com"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="small" disabled={busy}>
          Invite
        </button>
      </form>
      {result && (
        <p className="muted small" role="status" data-testid="invite-result">
          {result.emailed ? (
            <>Invitation sent to {result.to}.</>
          ) : (
            <>
              This server sends no email: send {result.to} this link yourself: <code>{result.url}</code>
            </>
          )}
        </p>
      )}
    </section>
  );
}

function Feed({
  api,
  room,
  ended,
  feed,
  kinds,
  post,
  placeholder,
  hint,
  onError,
}: Props & { kinds: FeedItem['kind'][]; post?: 'chat' | 'notes'; placeholder?: string; hint?: string }) {
  const items = feed.filter((f) => kinds.includes(f.kind));
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // (Newer Chromium returns a promise from scrollIntoView: never hand it to React.)
    void list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [items.length]);
  async function send(e: React.FormEvent) {
    e.preventDefault();
    const t = text.trim();
    if (!t || !post) return;
    if (t.length > 4000) {
      onError(new Error('A message can be at most 4000 characters.'));
      return;
    }
    try {
      const path = post === 'chat' ? '/api/v1/rooms/{id}/chat' : '/api/v1/rooms/{id}/notes';
      await ok(api.POST(path, { params: { path: { id: room } }, body: { text: t } }));
      setText('');
    } catch (err) {
      onError(err);
    }
  }
  return (
    <div className="tab-body feed">
      {hint && <p className="muted small">{hint}</p>}
      {/* Only <li> children (a valid list); it scrolls, so it takes focus. */}
      <ol className="messages" data-testid={`feed-${kinds[0]}`} ref={list} tabIndex={0} aria-label={FEED_LABEL[kinds[0]]}>
        {items.length === 0 && <li className="muted small">Nothing yet.</li>}
        {items.map((f) => (
          <li key={f.key} className={`msg ${f.kind}`}>
            <time className="muted small">{new Date(f.at).toLocaleTimeString()}</time> <strong>{f.name}</strong>{' '}
            {f.kind === 'signal' ? signalText(f.text) + (f.chars ? ` ${f.chars} characters` : '') : f.text}
          </li>
        ))}
      </ol>
      {post && !(ended && post === 'chat') && (
        <form onSubmit={send} className="row">
          <label className="grow">
            <span className="sr-only">{placeholder}</span>
            <input value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder} maxLength={4000} />
          </label>
          <button type="submit" disabled={!text.trim()}>
            Send
          </button>
        </form>
      )}
    </div>
  );
}
