// A candidate's attempt, live: the view over REST, this page's session claim
// (the newest page wins; an older one turns read-only until it claims again),
// and `/ws` events: the clock (time added), another session, the end. The
// clock is the server's: remaining = deadline − (server_now + time since the
// answer arrived), so a wrong clock on the candidate's machine changes nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ServerEvent } from '../../generated/events';
import { useEvents, type EventSocket, type SocketStatus } from '../../lib/socket';
import { attemptApi, pageSession, storePageSession, type AttemptView } from './api';

export function useAttempt(id: string, token: string, socket: EventSocket | null, socketStatus: SocketStatus) {
  const api = useMemo(() => attemptApi(id, token), [id, token]);
  const [view, setView] = useState<AttemptView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [session, setSession] = useState<string | null>(null);
  const [claimError, setClaimError] = useState<unknown>(null);
  const [takenOver, setTakenOver] = useState(false);
  /** When time was last added (Date.now()), for a short notice. */
  const [timeAdded, setTimeAdded] = useState<number | null>(null);
  /** Bumped on every claim: the editors reconnect as the current session. */
  const [epoch, setEpoch] = useState(0);
  const offset = useRef(0);
  /** The public tag of this page's claim (its session itself stays secret). */
  const mine = useRef<string | null>(null);
  const deadline = useRef(0);

  const take = useCallback((v: AttemptView) => {
    offset.current = v.server_now - Date.now();
    deadline.current = v.deadline;
    // Another page claimed it while our events were not arriving (offline).
    if (v.state === 'running' && mine.current && v.session_tag && v.session_tag !== mine.current) setTakenOver(true);
    setView(v);
  }, []);
  const reload = useCallback(() => api.get().then(take, setError), [api, take]);

  const claim = useCallback(async () => {
    setClaimError(null);
    try {
      const r = await api.claim(pageSession(id));
      storePageSession(id, r.session);
      mine.current = r.session_tag;
      setSession(r.session);
      setTakenOver(false);
      setEpoch((n) => n + 1);
    } catch (e) {
      setClaimError(e);
    }
  }, [api, id]);

  // Load, then claim the attempt for this page while it runs.
  useEffect(() => {
    let live = true;
    api.get().then((v) => {
      if (!live) return;
      take(v);
      if (v.state === 'running') void claim();
    }, setError);
    return () => {
      live = false;
    };
  }, [api, take, claim]);

  // Back online: what changed meanwhile (time added, the end).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (socketStatus === 'open' && wasOpen.current === false && view) void reload();
    wasOpen.current = socketStatus === 'open';
    // Only on a change of the connection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [socketStatus]);

  const onEvent = useCallback(
    (e: ServerEvent) => {
      switch (e.type) {
        case 'attempt_clock':
          if (e.attempt !== id) break;
          offset.current = e.server_now - Date.now();
          if (deadline.current && e.deadline > deadline.current) setTimeAdded(Date.now());
          deadline.current = e.deadline;
          setView((v) => v && { ...v, deadline: e.deadline, server_now: e.server_now });
          break;
        case 'attempt_session':
          if (e.attempt === id && mine.current && e.session_tag !== mine.current) setTakenOver(true);
          break;
        case 'attempt_ended':
          if (e.attempt !== id) break;
          setView((v) => v && { ...v, state: e.state });
          void reload();
          break;
      }
    },
    [id, reload],
  );
  useEvents(socket, onEvent);

  const serverNow = useCallback(() => Date.now() + offset.current, []);
  return { api, view, error, reload, take, session, claim, claimError, takenOver, timeAdded, epoch, serverNow };
}
