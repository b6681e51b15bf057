// `/ws`: the typed event channel (submissions, runs, rooms). One socket per
// token; it reconnects with backoff, and on every (re)connect re-sends the
// messages that set up its subscriptions (join_room, watch_*), so a client
// that was offline catches up with the current state.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ClientMessage, ServerEvent } from '../generated/events';

export type SocketStatus = 'connecting' | 'open' | 'offline';
type Handler = (e: ServerEvent) => void;

export class EventSocket {
  private ws: WebSocket | null = null;
  private handlers = new Set<Handler>();
  private statusListeners = new Set<() => void>();
  private sticky = new Map<string, ClientMessage>();
  private attempt = 0;
  private timer: number | undefined;
  private closed = false;
  status: SocketStatus = 'connecting';

  constructor(private token: () => Promise<string | null>) {
    void this.open();
  }

  private setStatus(s: SocketStatus) {
    this.status = s;
    this.statusListeners.forEach((l) => l());
  }

  private async open() {
    if (this.closed) return;
    const token = await this.token();
    if (!token || this.closed) {
      this.setStatus('offline');
      return;
    }
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const ws = new WebSocket(`${proto}://${location.host}/ws?token=${encodeURIComponent(token)}`);
    this.ws = ws;
    this.setStatus('connecting');
    ws.onopen = () => {
      this.attempt = 0;
      this.setStatus('open');
      this.sticky.forEach((m) => ws.send(JSON.stringify(m)));
    };
    ws.onmessage = (m) => {
      let e: ServerEvent;
      try {
        e = JSON.parse(m.data as string) as ServerEvent;
      } catch {
        return;
      }
      this.handlers.forEach((h) => h(e));
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.closed) return;
      this.setStatus('offline');
      // 0.5 s, 1 s, 2 s … up to 10 s, with jitter so a restarted server is not stampeded.
      const delay = Math.min(10_000, 500 * 2 ** this.attempt++) * (0.5 + Math.random() / 2);
      this.timer = window.setTimeout(() => void this.open(), delay);
    };
  }

  /** Send now if connected; `sticky` messages are also re-sent on every reconnect. */
  send(msg: ClientMessage, sticky = false) {
    if (sticky) this.sticky.set(JSON.stringify(msg), msg);
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }

  on(h: Handler): () => void {
    this.handlers.add(h);
    return () => this.handlers.delete(h);
  }

  onStatus(l: () => void): () => void {
    this.statusListeners.add(l);
    return () => this.statusListeners.delete(l);
  }

  close() {
    this.closed = true;
    window.clearTimeout(this.timer);
    this.ws?.close();
  }
}

/** A socket for the component's lifetime (null until a token source is given). */
export function useSocket(token: (() => Promise<string | null>) | null, key: string): EventSocket | null {
  const [socket, setSocket] = useState<EventSocket | null>(null);
  useEffect(() => {
    if (!token) return;
    const s = new EventSocket(token);
    setSocket(s);
    return () => {
      s.close();
      setSocket(null);
    };
    // `key` names the identity behind `token`; a new identity means a new socket.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return socket;
}

export function useSocketStatus(s: EventSocket | null): SocketStatus {
  return useSyncExternalStore(
    (l) => (s ? s.onStatus(l) : () => undefined),
    () => s?.status ?? 'connecting',
  );
}

export function useEvents(s: EventSocket | null, h: Handler) {
  useEffect(() => (s ? s.on(h) : undefined), [s, h]);
}
