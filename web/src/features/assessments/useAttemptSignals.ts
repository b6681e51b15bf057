// Integrity signals from the candidate's page, sent when the candidate comes
// BACK, with how long they were away: the page hidden (tab_hidden), the window
// unfocused while the page stayed visible (window_blur), and leaving full
// screen (fullscreen_exit). Pastes come from the editor. Fire and forget: a
// failed report never gets in the candidate's way.
import { useEffect } from 'react';
import type { AttemptApi } from './api';

export function useAttemptSignals(enabled: boolean, api: AttemptApi) {
  useEffect(() => {
    if (!enabled) return;
    const send = (kind: Parameters<AttemptApi['signal']>[0], extra?: { duration_ms?: number }) =>
      void api.signal(kind, extra).catch(() => undefined);
    let hiddenAt: number | null = document.hidden ? Date.now() : null;
    let blurAt: number | null = null;
    let full = !!document.fullscreenElement;

    const visibility = () => {
      if (document.hidden) {
        hiddenAt = Date.now();
        blurAt = null; // the hidden time covers it
      } else if (hiddenAt != null) {
        send('tab_hidden', { duration_ms: Date.now() - hiddenAt });
        hiddenAt = null;
      }
    };
    const blur = () => {
      if (!document.hidden) blurAt = Date.now();
    };
    const focus = () => {
      if (blurAt != null && !document.hidden) send('window_blur', { duration_ms: Date.now() - blurAt });
      blurAt = null;
    };
    const fullscreen = () => {
      const now = !!document.fullscreenElement;
      if (full && !now) send('fullscreen_exit');
      full = now;
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
  }, [enabled, api]);
}
