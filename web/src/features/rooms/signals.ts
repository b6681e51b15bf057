// Integrity signals from a candidate's browser: tab hidden/visible, window
// blur/focus, fullscreen exit (pastes come from the editor). Reported to the
// room's interviewers; the candidate sees a note that the room does this.
import { useEffect } from 'react';
import type { SignalKind } from '../../generated/events';


export function useIntegritySignals(enabled: boolean, report: (kind: SignalKind, chars?: number) => void) {
  useEffect(() => {
    if (!enabled) return;
    const visibility = () => report(document.hidden ? 'tab_hidden' : 'tab_visible');
    const blur = () => report('window_blur');
    const focus = () => report('window_focus');
    const fullscreen = () => {
      if (!document.fullscreenElement) report('fullscreen_exit');
    };
    document.addEventListener('visibilitychange', visibility);
    window.addEventListener('blur', blur);
    window.addEventListener('focus', focus);
    document.addEventListener('fullscreenchange', fullscreen);
    return () => {
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('blur', blur);
      window.removeEventListener('focus', focus);
      document.removeEventListener('fullscreenchange', fullscreen);
    };
  }, [enabled, report]);
}

export const SIGNAL_TEXT: Record<SignalKind, string> = {
  tab_hidden: 'switched away from the tab',
  tab_visible: 'came back to the tab',
  window_blur: 'left the window',
  window_focus: 'returned to the window',
  paste: 'pasted',
  fullscreen_exit: 'left full screen',
};

/** A signal in words; a kind this build does not know is shown as it came. */
export function signalText(kind: string): string {
  return SIGNAL_TEXT[kind as SignalKind] ?? kind;
}
