import { useSyncExternalStore } from 'react';
import { onSession, session, type Session } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(onSession, session);
}

export function isStaff(s: Session | null): boolean {
  return s?.user.role === 'admin' || s?.user.role === 'interviewer';
}
