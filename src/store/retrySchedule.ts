/**
 * When a remote source (a table's, a class's) tries to join its room again: after each failure, the
 * next wait of the list, the last one repeated, until a join succeeds (`succeeded` starts the list
 * over). At most one attempt is pending. Timers are injectable, so tests never wait on the clock.
 */
export interface RetryTimers {
  /** Waits between attempts (ms), the last one repeated. */
  retryDelays?: readonly number[];
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

/** A couple of seconds at most between attempts: a device is back within 5 s of its network. */
export const DEFAULT_RETRY_MS: readonly number[] = [300, 700, 1200, 2000];

export interface RetrySchedule {
  /** Runs `attempt` after the next wait, unless one is already pending. */
  later(): void;
  /** The join succeeded: the next failure waits the first delay again. */
  succeeded(): void;
  /** Drops the pending attempt, if any. */
  cancel(): void;
  /** For good (the source was closed): drops the pending attempt, and `later` does nothing any more. */
  stop(): void;
}

export function retrySchedule(attempt: () => void, timers: RetryTimers = {}): RetrySchedule {
  const delays = timers.retryDelays ?? DEFAULT_RETRY_MS;
  const setTimer = timers.setTimer ?? ((f, ms) => setTimeout(f, ms));
  const clearTimer = timers.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let failures = 0;
  let pending: unknown = null;
  let stopped = false;
  const cancel = () => {
    if (pending !== null) clearTimer(pending);
    pending = null;
  };
  return {
    later() {
      if (stopped || pending !== null) return;
      const ms = delays[Math.min(failures, delays.length - 1)] ?? 1000;
      failures++;
      pending = setTimer(() => {
        pending = null;
        attempt();
      }, ms);
    },
    succeeded() {
      failures = 0;
    },
    cancel,
    stop() {
      stopped = true;
      cancel();
    },
  };
}
