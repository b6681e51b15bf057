// One problem's document of an attempt over y-websocket:
// `/yjs/{attempt}:{slug}?token=<attempt token>&session=<this page's session>`,
// with the program in `code` and the language id in `language` (so a reload or
// another device finds both). The provider reconnects on its own; a new claim
// (`epoch`) reconnects it as the current session.
import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CODE_FIELD, colorFor, type RoomDoc } from '../rooms/useRoomDoc';

export const LANGUAGE_FIELD = 'language';

export interface AttemptDoc extends RoomDoc {
  language: Y.Text;
}

export function useAttemptDoc(attempt: string, slug: string, token: string, session: string | null, epoch: number, enabled: boolean) {
  const [value, setValue] = useState<AttemptDoc | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const params: Record<string, string> = session ? { token, session } : { token };
    const provider = new WebsocketProvider(`${proto}://${location.host}/yjs`, `${attempt}:${slug}`, doc, {
      params,
      maxBackoffTime: 5000,
    });
    const color = colorFor(attempt);
    provider.awareness.setLocalStateField('user', { name: 'You', color, colorLight: `${color}33`, member: 'candidate' });
    setValue({ doc, text: doc.getText(CODE_FIELD), language: doc.getText(LANGUAGE_FIELD), provider });
    return () => {
      provider.destroy();
      doc.destroy();
      setValue(null);
    };
  }, [attempt, slug, token, session, epoch, enabled]);
  return value;
}

/** A Y.Text's content, re-rendering on every change. */
export function useYText(text: Y.Text | null | undefined): string {
  return useSyncExternalStore(
    (l) => {
      if (!text) return () => undefined;
      text.observe(l);
      return () => text.unobserve(l);
    },
    () => text?.toString() ?? '',
  );
}
