import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../../lib/useSession';

/** A route for signed-in users (optionally staff or admins only); others go to
 * the login page, which brings them back here. */
export default function RequireLogin({ children, staff, admin }: { children: React.ReactNode; staff?: boolean; admin?: boolean }) {
  const s = useSession();
  const loc = useLocation();
  if (!s) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname + loc.search)}`} replace />;
  const role = s.user.role;
  if (admin && role !== 'admin') return <p className="page error-box">This page is for admins.</p>;
  if (staff && role !== 'admin' && role !== 'interviewer')
    return <p className="page error-box">This page is for interviewers and admins.</p>;
  return <>{children}</>;
}
