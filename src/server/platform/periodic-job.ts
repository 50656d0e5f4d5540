/**
 * Runs a job soon after start and then every interval, without keeping the process alive. A run
 * still going when the next is due is not doubled. The returned stop function clears the timers,
 * aborts the signal the run was given (a long run stops between two pieces of work rather than be
 * cut off by the shutdown timeout in the middle of one) and resolves when a run under way has
 * finished, so the database can be closed after it. Modules hand their work to this (the reminder
 * tick, housekeeping); platform knows none of them.
 */
export function startPeriodicJob<R>(options: {
  run: (signal: AbortSignal) => Promise<R>;
  /** Told about a run that failed; must not log personal data. */
  onError: (error: unknown) => void;
  onResult?: (result: R) => void;
  intervalMs: number;
  /** Delay before the first run, so start-up is not slowed down. */
  firstRunMs: number;
}): () => Promise<void> {
  const { run, onError, onResult, intervalMs, firstRunMs } = options;
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = run(stopping.signal)
      .then((result) => onResult?.(result), onError)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(tick, firstRunMs);
  first.unref();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopping.abort();
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
