import { useEffect, useState } from 'react';

export interface CallTimer {
  startedAt: Date | null;
  endedAt: Date | null;
  running: boolean;
  /** Seconds since the start, up to now or the end. */
  elapsedSeconds: number;
  start: () => Date;
  stop: () => Date;
  reset: () => void;
}

/** The call's start and end; ticks once a second while the call is running. */
export function useCallTimer(): CallTimer {
  const [startedAt, setStartedAt] = useState<Date | null>(null);
  const [endedAt, setEndedAt] = useState<Date | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const running = startedAt !== null && endedAt === null;

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => { setNow(Date.now()); }, 1000);
    return () => { window.clearInterval(timer); };
  }, [running]);

  const until = endedAt ? endedAt.getTime() : now;
  return {
    startedAt,
    endedAt,
    running,
    elapsedSeconds: startedAt ? Math.max(0, Math.floor((until - startedAt.getTime()) / 1000)) : 0,
    start: () => {
      const at = new Date();
      setStartedAt(at);
      setEndedAt(null);
      setNow(at.getTime());
      return at;
    },
    stop: () => {
      const at = new Date();
      setEndedAt(at);
      setNow(at.getTime());
      return at;
    },
    reset: () => {
      setStartedAt(null);
      setEndedAt(null);
    },
  };
}
