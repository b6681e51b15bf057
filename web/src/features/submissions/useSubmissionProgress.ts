// A submission's progress as `/ws` reports it: queued → compiling → running
// (done of total tests) → finished (verdict, score). One hook for every page
// that shows it: the problem page follows the submissions its user makes (and
// asks the server to watch them, which also answers with the current state
// after a reconnect), a room follows whatever submission its event stream
// announces, whoever made it.
import { useCallback, useRef, useState } from 'react';
import type { ServerEvent } from '../../generated/events';
import { useEvents, type EventSocket } from '../../lib/socket';

export interface SubmissionProgress {
  id: number;
  /** `queued`, `compiling`, `running` or `finished`. */
  state: string;
  done: number;
  total: number;
  verdict?: string;
  score?: number;
}

interface Options {
  /** Follow each submission a `submission_queued` event announces (a room's). */
  followAnnounced?: boolean;
  /** Called once when the followed submission finishes. */
  onFinished?: (id: number) => void;
}

export function useSubmissionProgress(socket: EventSocket | null, { followAnnounced = false, onFinished }: Options = {}) {
  const [progress, setProgress] = useState<SubmissionProgress | null>(null);
  // The submission whose end matters (its `onFinished`); `progress` may show an
  // older, finished one picked from a history list meanwhile.
  const following = useRef<number | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const onEvent = useCallback(
    (e: ServerEvent) => {
      switch (e.type) {
        case 'submission_queued':
          if (!followAnnounced) break;
          following.current = e.id;
          setProgress({ id: e.id, state: 'queued', done: 0, total: 0 });
          break;
        case 'submission_compiling':
          setProgress((p) => (p?.id === e.id ? { ...p, state: 'compiling' } : p));
          break;
        case 'submission_running':
          setProgress((p) => (p?.id === e.id ? { ...p, state: 'running', done: e.done, total: e.total } : p));
          break;
        case 'submission_finished':
          if (following.current !== e.id) break;
          setProgress((p) =>
            p?.id === e.id ? { ...p, state: 'finished', done: p.total, verdict: e.verdict, score: e.score } : p,
          );
          finished.current?.(e.id);
          break;
      }
    },
    [followAnnounced],
  );
  useEvents(socket, onEvent);

  /** Follow a submission just made (`state` as the API answered): the server
   * is asked to watch it, again after every reconnect. */
  const follow = useCallback(
    (id: number, state: string) => {
      following.current = id;
      setProgress({ id, state, done: 0, total: 0 });
      socket?.send({ type: 'watch_submission', id }, true);
    },
    [socket],
  );
  /** Show a submission that has already finished (picked from a list). */
  const showFinished = useCallback((id: number) => setProgress({ id, state: 'finished', done: 0, total: 0 }), []);
  const clear = useCallback(() => setProgress(null), []);

  return { progress, follow, showFinished, clear };
}
