// /notifications: the account's notifications, unread first; opening one or
// "Mark all read" updates the bell.
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBox } from '../../components/ui';
import type { Notification } from '../../generated/events';
import { client, ok } from '../../lib/api';
import { setUnread } from './useUnread';

export default function Notifications() {
  const [items, setItems] = useState<Notification[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const r = await ok(client.GET('/api/v1/notifications', { params: { query: { per_page: 100 } } }));
      setItems(r.items as unknown as Notification[]);
      setUnread(r.unread);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function markRead(body: { ids?: number[]; all?: boolean }) {
    try {
      const r = await ok(client.POST('/api/v1/notifications/read', { body }));
      setUnread(r.unread);
      await load();
    } catch (e) {
      setError(e);
    }
  }

  const unread = items?.filter((n) => n.read_at === null) ?? [];
  return (
    <section className="page narrow">
      <h1>Notifications</h1>
      <ErrorBox error={error} />
      {items === null ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <>
          <p className="row">
            <span className="muted">{unread.length ? `${unread.length} unread` : 'All read.'}</span>
            {unread.length > 0 && (
              <button className="small" onClick={() => void markRead({ all: true })}>
                Mark all read
              </button>
            )}
          </p>
          <ul className="notifications" data-testid="notifications">
            {items.map((n) => (
              <li key={n.id} className={n.read_at === null ? 'unread' : ''}>
                <strong>{n.title}</strong>
                <span>{n.body}</span>
                <span className="muted small">{new Date(n.created_at).toLocaleString()}</span>
                <span className="row">
                  {n.link && (
                    <Link to={n.link} onClick={() => n.read_at === null && void markRead({ ids: [n.id] })}>
                      Open
                    </Link>
                  )}
                  {n.read_at === null && (
                    <button className="small ghost" onClick={() => void markRead({ ids: [n.id] })}>
                      Mark read
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        <Link to="/settings">Email settings</Link>
      </p>
    </section>
  );
}
