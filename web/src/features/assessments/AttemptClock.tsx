// The big remaining-time clock on the server's time, ticking on its own (the
// page around it does not re-render every second). Tells the page when time
// is up, and shows a short notice when the interviewer added time.
import { useEffect } from 'react';
import { clock } from '../duels/api';
import { useTick } from '../duels/useDuel';

interface Props {
  deadline: number;
  serverNow: () => number;
  running: boolean;
  timeAdded: number | null;
  onTimeUp: (up: boolean) => void;
}

export default function AttemptClock({ deadline, serverNow, running, timeAdded, onTimeUp }: Props) {
  useTick(running, 1000);
  const left = deadline - serverNow();
  const up = running && left <= 0;
  useEffect(() => onTimeUp(up), [up, onTimeUp]);
  const added = timeAdded != null && Date.now() - timeAdded < 10_000;
  return (
    <div className="attempt-clock-wrap">
      <p className={`attempt-clock ${running && left < 5 * 60_000 ? 'urgent' : ''}`} role="timer" aria-label="Time left" data-testid="clock">
        {running ? clock(left) : '0:00'}
      </p>
      {added && (
        <span className="badge ok" role="status" data-testid="time-added">
          Time added
        </span>
      )}
    </div>
  );
}
