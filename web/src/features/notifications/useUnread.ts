// The signed-in account's unread count, kept live: read once, then every
// `notification` event on the account's socket adds one; pages that mark
// notifications read tell it the new count.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ServerEvent } from '../../generated/events';
import { client, ok } from '../../lib/api';
import { freshToken } from '../../lib/session';
import { useEvents, useSocket } from '../../lib/socket';

let unread = 0;
const listeners = new Set<() => void>();

/** Set the count (after marking read, or a fresh read of the list). */
export function setUnread(n: number) {
  unread = n;
  listeners.forEach((l) => l());
}

export function useUnread(userId: number | null): number {
  const socket = useSocket(userId !== null ? freshToken : null, String(userId ?? ''));
  useEffect(() => {
    if (userId === null) return;
    let live = true;
    ok(client.GET('/api/v1/notifications', { params: { query: { per_page: 1 } } }))
      .then((r) => live && setUnread(r.unread))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [userId]);
  const onEvent = useCallback((e: ServerEvent) => {
    if (e.type === 'notification') setUnread(unread + 1);
  }, []);
  useEvents(socket, onEvent);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unread,
  );
}
