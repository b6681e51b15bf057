// A Yjs document's text at time `t`, from its logged updates (sorted by
// time): the updates up to `t` applied to an empty Y.Doc. Moving forward
// applies only the new ones; moving back rebuilds. Both replays use it.
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';

export interface TimedUpdate {
  at: number;
  bytes: Uint8Array;
}

export function useDocTextAt(updates: TimedUpdate[] | undefined, t: number, field: string): string {
  const ref = useRef<{ doc: Y.Doc; applied: number } | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!updates) return;
    let cur = ref.current;
    const upto = updates.findIndex((u) => u.at > t);
    const n = upto === -1 ? updates.length : upto;
    if (!cur || cur.applied > n) {
      cur?.doc.destroy();
      cur = { doc: new Y.Doc(), applied: 0 };
      ref.current = cur;
    }
    for (; cur.applied < n; cur.applied++) Y.applyUpdate(cur.doc, updates[cur.applied].bytes);
    setText(cur.doc.getText(field).toString());
  }, [updates, t, field]);
  useEffect(() => () => ref.current?.doc.destroy(), []);
  return text;
}
