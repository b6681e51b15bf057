import { useEffect } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router-dom';
import { isStaff, useSession } from '../lib/useSession';
import { setSession, session, takeExpired } from '../lib/session';
import { toggleTheme, useTheme } from '../lib/theme';
import Bell from '../features/notifications/Bell';

async function logout() {
  const s = session();
  setSession(null);
  if (s) {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.access}` },
      body: JSON.stringify({ refresh_token: s.refresh }),
    }).catch(() => undefined);
  }
}

export default function Layout({ children }: { children: React.ReactNode }) {
  const s = useSession();
  const theme = useTheme();
  const navigate = useNavigate();
  const loc = useLocation();
  useEffect(() => {
    // The server refused to renew the session: say so on the login page rather
    // than leaving a page whose every request now fails.
    if (!s && takeExpired() && loc.pathname !== '/login') {
      navigate(`/login?expired=1&next=${encodeURIComponent(loc.pathname + loc.search)}`, { replace: true });
    }
  }, [s, loc, navigate]);
  return (
    <div className="app">
      <header className="topbar">
        <NavLink to="/problems" className="brand" aria-label="Codemint home">
          <img src="/favicon.svg" alt="" width={22} height={22} /> Codemint
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/problems">Problems</NavLink>
          {s && <NavLink to="/submissions">My submissions</NavLink>}
          {s && <NavLink to="/duels">Duels</NavLink>}
          {isStaff(s) && <NavLink to="/rooms">Rooms</NavLink>}
          {isStaff(s) && <NavLink to="/assessments">Assessments</NavLink>}
          {isStaff(s) && <NavLink to="/admin/problems">Manage problems</NavLink>}
          {s?.user.role === 'admin' && <NavLink to="/admin/users">Users</NavLink>}
          {s?.user.role === 'admin' && <NavLink to="/admin/jobs">Jobs</NavLink>}
        </nav>
        <div className="spacer" />
        {s && <Bell userId={s.user.id} />}
        <button
          className="ghost"
          onClick={toggleTheme}
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title="Toggle theme"
        >
          {theme === 'dark' ? '☀' : '☾'}
        </button>
        {s ? (
          <>
            <span className="muted" data-testid="whoami">
              {s.user.name} · {s.user.role}
            </span>
            <button
              className="ghost"
              onClick={() => {
                void logout();
                navigate('/login');
              }}
            >
              Log out
            </button>
          </>
        ) : (
          <>
            <NavLink to="/login">Log in</NavLink>
            <NavLink to="/register" className="button">
              Sign up
            </NavLink>
          </>
        )}
      </header>
      <main>{children}</main>
    </div>
  );
}
