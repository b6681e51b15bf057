// The room's shared document over y-websocket (`/yjs/{room}?token=`), with
// presence (name, colour) in the awareness. The provider reconnects and resyncs
// on its own; a renewed access token is handed to it for the next connect.
import { useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { onSession } from '../../lib/session';

export const CODE_FIELD = 'code';
const COLORS = ['#e5484d', '#0f9d76', '#3e63dd', '#f76b15', '#8e4ec6', '#d6409f', '#12a594', '#ad7f58'];

export function colorFor(member: string): string {
  let h = 0;
  for (const c of member) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length];
}

export interface RoomDoc {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
}

export interface Me {
  member: string;
  name: string;
  guest: boolean;
}

export function useRoomDoc(room: string, token: string | null, me: Me | null): RoomDoc | null {
  const [value, setValue] = useState<RoomDoc | null>(null);
  useEffect(() => {
    if (!token || !me) return;
    const doc = new Y.Doc();
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const provider = new WebsocketProvider(`${proto}://${location.host}/yjs`, room, doc, {
      params: { token },
      maxBackoffTime: 5000,
    });
    const color = colorFor(me.member);
    provider.awareness.setLocalStateField('user', { name: me.name, color, colorLight: `${color}33`, member: me.member });
    const stop = me.guest
      ? () => undefined
      : onSession((s) => {
          if (s) provider.params = { token: s.access };
        });
    setValue({ doc, text: doc.getText(CODE_FIELD), provider });
    return () => {
      stop();
      provider.destroy();
      doc.destroy();
      setValue(null);
    };
    // One provider per room and identity; token renewals go through onSession.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [room, me?.member]);
  return value;
}

export type DocStatus = 'connecting' | 'connected' | 'disconnected';

export function useDocStatus(d: RoomDoc | null): { status: DocStatus; synced: boolean } {
  const status = useSyncExternalStore(
    (l) => {
      if (!d) return () => undefined;
      d.provider.on('status', l);
      d.provider.on('sync', l);
      return () => {
        d.provider.off('status', l);
        d.provider.off('sync', l);
      };
    },
    () => (d ? `${d.provider.wsconnected ? 'connected' : d.provider.wsconnecting ? 'connecting' : 'disconnected'}|${d.provider.synced}` : 'connecting|false'),
  );
  const [s, synced] = status.split('|');
  return { status: s as DocStatus, synced: synced === 'true' };
}

export interface Presence {
  clientId: number;
  name: string;
  color: string;
  member: string;
}

export function usePresence(d: RoomDoc | null): Presence[] {
  const [list, setList] = useState<Presence[]>([]);
  useEffect(() => {
    if (!d) return;
    const aw = d.provider.awareness;
    const update = () => {
      const out: Presence[] = [];
      aw.getStates().forEach((st, clientId) => {
        const u = (st as { user?: { name?: string; color?: string; member?: string } }).user;
        if (u?.name) out.push({ clientId, name: u.name, color: u.color ?? '#888', member: u.member ?? '' });
      });
      setList(out);
    };
    aw.on('change', update);
    update();
    return () => aw.off('change', update);
  }, [d]);
  return list;
}
