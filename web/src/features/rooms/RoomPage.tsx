import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorBox, Loading } from '../../components/ui';
import type { SchemaRoomDto } from '../../generated/api';
import type { MemberInfo, ServerEvent } from '../../generated/events';
import { ApiError, client, guestClient, ok, type Client } from '../../lib/api';
import { freshToken, guestSession, setGuestSession, type GuestSession } from '../../lib/session';
import { useEvents, useSocket, useSocketStatus } from '../../lib/socket';
import { lazyComponent } from '../../lib/lazyPage';
import { useSession } from '../../lib/useSession';

// The editor (CodeMirror, Yjs) loads while the room's data is fetched, not before.
const RoomView = lazyComponent(
  () => import('./RoomView'),
  <section className="page">
    <Loading what="the editor" />
  </section>,
);

export default function RoomPage() {
  const { id = '' } = useParams();
  useEffect(() => {
    void RoomView.preload();
  }, []);
  const s = useSession();
  const [guest, setGuest] = useState<GuestSession | null>(() => guestSession(id));
  const expire = useCallback(() => {
    setGuestSession(id, null);
    setGuest(null);
  }, [id]);
  if (!s && !guest) return <GuestJoin room={id} onJoined={setGuest} />;
  return (
    <RoomGate
      key={s ? `u${s.user.id}` : `g${guest!.token}`}
      id={id}
      guest={s ? null : guest}
      onGuestExpired={expire}
    />
  );
}

function GuestJoin({ room, onJoined }: { room: string; onJoined: (g: GuestSession) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = !name.trim() ? 'Enter the name the interviewer will see.' : name.trim().length > 60 ? 'At most 60 characters.' : '';
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      const r = await ok(client.POST('/api/v1/rooms/{id}/guests', { params: { path: { id: room } }, body: { name: name.trim() } }));
      const g = { token: r.token, name: name.trim() };
      setGuestSession(room, g);
      onJoined(g);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="page narrow">
      <h1>Join the interview</h1>
      <p className="muted">You were invited to a live coding room. Tell us your name; an interviewer will let you in.</p>
      <form onSubmit={submit} noValidate className="form">
        <label>
          Your name
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="name" />
          {touched && problem && <span className="field-error">{problem}</span>}
        </label>
        <ErrorBox error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Ask to join'}
        </button>
      </form>
      <p className="muted">
        Have an account? <Link to={`/login?next=/rooms/${room}`}>Log in</Link> instead.
      </p>
    </section>
  );
}

function RoomGate({ id, guest, onGuestExpired }: { id: string; guest: GuestSession | null; onGuestExpired: () => void }) {
  const api: Client = useMemo(() => (guest ? guestClient(guest.token) : client), [guest]);
  const token = useMemo(() => (guest ? () => Promise.resolve<string | null>(guest.token) : freshToken), [guest]);
  const socket = useSocket(token, guest ? guest.token : 'user');
  const [room, setRoom] = useState<SchemaRoomDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        let r = await ok(api.GET('/api/v1/rooms/{id}', { params: { path: { id } } }));
        if (!r.me && !guest) r = await ok(api.POST('/api/v1/rooms/{id}/join', { params: { path: { id } } }));
        if (live) setRoom(r);
      } catch (e) {
        if (guest && e instanceof ApiError && e.status === 401) onGuestExpired();
        else if (live) setError(e);
      }
    })();
    return () => {
      live = false;
    };
  }, [api, id, guest, tick, onGuestExpired]);

  // After a reconnect, read the room again: a lobby decision may have been
  // made while this page was offline.
  const status = useSocketStatus(socket);
  const [wasOffline, setWasOffline] = useState(false);
  useEffect(() => {
    if (status === 'offline') setWasOffline(true);
    if (status === 'open' && wasOffline) {
      setWasOffline(false);
      setTick((t) => t + 1);
    }
  }, [status, wasOffline]);

  const me = room?.me as MemberInfo | null | undefined;
  const onEvent = useCallback(
    (e: ServerEvent) => {
      if (e.type === 'lobby_decision' && e.room === id && e.member.member === me?.member) setTick((t) => t + 1);
    },
    [id, me?.member],
  );
  useEvents(socket, onEvent);

  if (error)
    return (
      <section className="page">
        <ErrorBox error={error} onRetry={() => setTick((t) => t + 1)} />
      </section>
    );
  if (!room || !me || !socket)
    return (
      <section className="page">
        <Loading what="the room" />
      </section>
    );
  if (me.status === 'pending')
    return (
      <section className="page narrow lobby-wait" data-testid="lobby-wait">
        <h1>{room.title}</h1>
        <p role="status">
          <span className="spinner" aria-hidden /> You are in the lobby, {me.name}. An interviewer will let you in shortly.
        </p>
        <p className="muted">Keep this page open; it updates by itself.</p>
      </section>
    );
  if (me.status === 'rejected')
    return (
      <section className="page narrow">
        <h1>{room.title}</h1>
        <p className="error-box" role="alert">
          You were not admitted to this room.
        </p>
      </section>
    );
  return (
    <RoomView initial={room} me={me} api={api} socket={socket} guestToken={guest?.token ?? null} />
  );
}
