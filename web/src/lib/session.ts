// The signed-in session: tokens in localStorage, refreshed before they expire,
// shared by the REST client, /ws and the Yjs provider. Guests hold a token per
// room in sessionStorage instead (it dies with the tab).
import type { SchemaAuthResponse, SchemaUserDto } from '../generated/api';

const KEY = 'codemint.session';

export interface Session {
  user: SchemaUserDto;
  access: string;
  refresh: string;
}

type Listener = (s: Session | null) => void;
const listeners = new Set<Listener>();
let current: Session | null = load();

function load(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function session(): Session | null {
  return current;
}

export function setSession(s: Session | null): void {
  current = s;
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
  listeners.forEach((l) => l(s));
}

export function fromAuth(r: SchemaAuthResponse): Session {
  return { user: r.user, access: r.access_token, refresh: r.refresh_token };
}

export function onSession(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

// Another tab logged in or out: follow it.
window.addEventListener('storage', (e) => {
  if (e.key === KEY) {
    current = load();
    listeners.forEach((l) => l(current));
  }
});

/** Seconds until a JWT expires (negative when it has). */
export function expiresIn(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return (payload.exp as number) - Date.now() / 1000;
  } catch {
    return -1;
  }
}

let refreshing: Promise<Session | null> | null = null;
let expired = false;

/** True once after the server refused to renew the session (the app then shows the login page). */
export function markExpired(): void {
  expired = true;
  setSession(null);
}

export function takeExpired(): boolean {
  const e = expired;
  expired = false;
  return e;
}

/** Run `f` holding a lock shared by every tab of this site (where supported):
 * two tabs spending the same refresh token would revoke the session. */
function withTabLock<T>(f: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request('codemint.refresh', f) as Promise<T>) : f();
}

/** Rotate the refresh token once, however many callers ask at the same time
 * (in this tab or another). */
export function refreshSession(): Promise<Session | null> {
  const s = current;
  if (!s) return Promise.resolve(null);
  refreshing ??= withTabLock(async () => {
    // Another tab may have rotated the token while we waited for the lock:
    // the refresh token we hold is spent then, and the new one is stored.
    const stored = load();
    if (stored && stored.refresh !== s.refresh) {
      current = stored;
      listeners.forEach((l) => l(stored));
      return stored;
    }
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: s.refresh }),
      });
      if (res.ok) {
        const next = fromAuth((await res.json()) as SchemaAuthResponse);
        setSession(next);
        return next;
      }
      if (res.status === 401 || res.status === 403) {
        markExpired();
      }
      return current;
    } catch {
      return current; // offline: keep the session, try again later
    } finally {
      refreshing = null;
    }
  });
  return refreshing;
}

/** A user access token valid for at least the next half minute, or null. */
export async function freshToken(): Promise<string | null> {
  const s = current;
  if (!s) return null;
  if (expiresIn(s.access) > 30) return s.access;
  return (await refreshSession())?.access ?? null;
}

// Keep the session warm while the app is open, so /ws and Yjs reconnects never
// present an expired token.
setInterval(() => {
  if (current && expiresIn(current.access) < 90) void refreshSession();
}, 30_000);

const GUEST = (room: string) => `codemint.guest.${room}`;

export interface GuestSession {
  token: string;
  name: string;
}

export function guestSession(room: string): GuestSession | null {
  const raw = sessionStorage.getItem(GUEST(room));
  return raw ? (JSON.parse(raw) as GuestSession) : null;
}

export function setGuestSession(room: string, g: GuestSession | null): void {
  if (g) sessionStorage.setItem(GUEST(room), JSON.stringify(g));
  else sessionStorage.removeItem(GUEST(room));
}
