// Times, points and words the assessment pages show.
import type { IntegrityKind, IntegritySignal, InvitationStatus } from '../../generated/events';

/** A moment in this browser's time zone. */
export function dateTime(ms: number | null | undefined): string {
  if (ms == null) return '—';
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function windowText(opens: number, closes: number): string {
  return `${dateTime(opens)} – ${dateTime(closes)}`;
}

/** ms → the value of an `<input type="datetime-local">` (local time, minutes). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A `datetime-local` value → ms (NaN when empty or invalid). */
export function fromLocalInput(v: string): number {
  return v ? new Date(v).getTime() : NaN;
}

/** Points as people write them: 10, 7.5, 3.33. */
export function pts(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "1 h 5 min", "42 s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

export function minutes(n: number): string {
  return n % 60 === 0 && n >= 60 ? `${n / 60} h` : `${n} min`;
}

export const STATUS_TEXT: Record<InvitationStatus, string> = {
  invited: 'invited',
  started: 'in progress',
  submitted: 'submitted',
  expired: 'expired',
  revoked: 'revoked',
};

export const STATUS_BADGE: Record<InvitationStatus, string> = {
  invited: '',
  started: 'warn',
  submitted: 'ok',
  expired: 'bad',
  revoked: 'bad',
};

const KIND_TEXT: Record<IntegrityKind, string> = {
  tab_hidden: 'left the tab',
  window_blur: 'left the window',
  paste: 'pasted text',
  fullscreen_exit: 'left full screen',
  second_session: 'opened the test in another tab or device',
};

/** A signal in words: "left the tab for 12 s", "pasted text (240 characters)". */
export function signalText(s: IntegritySignal): string {
  const what = KIND_TEXT[s.kind] ?? s.kind;
  if (s.duration_ms != null) return `${what} for ${duration(s.duration_ms)}`;
  if (s.length != null) return `${what} (${s.length} characters)`;
  return what;
}
