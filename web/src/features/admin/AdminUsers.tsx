import { useState } from 'react';
import { ErrorBox, Loading, timeAgo } from '../../components/ui';
import { client, ok } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../lib/useSession';

const ROLES = ['user', 'interviewer', 'admin'];

export default function AdminUsers() {
  const me = useSession();
  const users = useAsync(() => ok(client.GET('/api/v1/users', {})), []);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);

  async function setRole(id: number, role: string) {
    setError(null);
    try {
      const u = await ok(client.PUT('/api/v1/users/{id}/role', { params: { path: { id } }, body: { role } }));
      users.setData((d) => (d ? { ...d, items: d.items.map((x) => (x.id === id ? u : x)) } : d));
      setSaved(id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="page">
      <h1>Users</h1>
      <ErrorBox error={error} />
      <ErrorBox error={users.error} onRetry={users.reload} />
      {users.loading && !users.data && <Loading what="users" />}
      {users.data && (
        <table className="list">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Joined</th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <select
                    value={u.role}
                    aria-label={`Role of ${u.name}`}
                    disabled={u.id === me?.user.id}
                    title={u.id === me?.user.id ? 'You cannot change your own role' : undefined}
                    onChange={(e) => void setRole(u.id, e.target.value)}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                  {saved === u.id && <span className="muted small"> saved</span>}
                </td>
                <td className="muted">{timeAgo(u.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
