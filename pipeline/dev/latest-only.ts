/** Runs jobs one at a time; a job pushed while another runs waits, replacing any job already waiting. */

/** The queue `latestOnly` returns. */
export interface LatestOnly<T> {
  /** Queue `job`: it runs next, unless a newer job is pushed before its turn. */
  push(job: T): void;
  /** True when a job waits for its turn. */
  pending(): boolean;
  /** Drop the waiting job, if any. */
  clear(): void;
  /** Resolves when nothing runs or waits. */
  idle(): Promise<void>;
}

/** A queue of length one in front of `run`; `onError` gets whatever `run` throws. */
export function latestOnly<T>(run: (job: T) => Promise<void>, onError: (error: unknown) => void): LatestOnly<T> {
  let waiting: { job: T } | null = null;
  let running: Promise<void> | null = null;
  const drain = async () => {
    while (waiting) {
      const { job } = waiting;
      waiting = null;
      try {
        await run(job);
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  };
  return {
    push(job) {
      waiting = { job };
      running ??= drain();
    },
    pending: () => waiting !== null,
    clear() {
      waiting = null;
    },
    idle: () => running ?? Promise.resolve(),
  };
}
