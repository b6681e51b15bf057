// The header's bell: how many notifications are unread, a link to the list.
import { NavLink } from 'react-router-dom';
import { useUnread } from './useUnread';

export default function Bell({ userId }: { userId: number }) {
  const n = useUnread(userId);
  return (
    <NavLink to="/notifications" className="bell" aria-label={n ? `Notifications, ${n} unread` : 'Notifications'} data-testid="bell">
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {n > 0 && (
        <span className="bell-count" data-testid="bell-count">
          {n}
        </span>
      )}
    </NavLink>
  );
}
