// A duel's state, live: loaded over REST, then kept current by `/ws`
// (`join_duel` is sticky, so a reconnect re-joins and gets the state again).
// Clocks are the server's: every view carries `server_now`, and the page
// counts from the offset between it and this machine's clock, so both
// screens show the same countdown whatever each computer's clock says.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DuelView, ServerEvent } from '../../generated/events';
import { useEvents, type EventSocket } from '../../lib/socket';
import { getDuel } from './api';

export function useDuel(id: string, socket: EventSocket | null) {
  const [view, setView] = useState<DuelView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const offset = useRef(0);
  const take = useCallback((v: DuelView) => {
    offset.current = v.server_now - Date.now();
    setView(v);
  }, []);
  useEffect(() => {
    setView(null);
    getDuel(id).then(take, setError);
  }, [id, take]);
  useEffect(() => {
    socket?.send({ type: 'join_duel', duel: id }, true);
  }, [socket, id]);
  const onEvent = useCallback(
    (e: ServerEvent) => {
      switch (e.type) {
        case 'duel_joined':
        case 'duel_countdown':
        case 'duel_started':
        case 'duel_finished':
          if (e.duel.id === id) take(e.duel);
          break;
        case 'duel_progress':
          if (e.duel !== id) break;
          setView((v) =>
            v && {
              ...v,
              players: v.players.map((p) =>
                p.user_id === e.user_id ? { ...p, progress: e.progress, connected: e.connected } : p,
              ),
            },
          );
          break;
      }
    },
    [id, take],
  );
  useEvents(socket, onEvent);
  const reload = useCallback(() => void getDuel(id).then(take, setError), [id, take]);
  return { view, error, reload, serverNow: () => Date.now() + offset.current };
}

/** Re-render every `ms` while `on`. */
export function useTick(on: boolean, ms = 250) {
  const [, setN] = useState(0);
  useEffect(() => {
    if (!on) return;
    const t = setInterval(() => setN((n) => n + 1), ms);
    return () => clearInterval(t);
  }, [on, ms]);
}
