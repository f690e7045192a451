/**
 * A worker started ahead of the panel that needs it (app.ts warmUpGame): its code loads while the game
 * is played, so the debrief works even if the network drops meanwhile. The panel takes the spare, or
 * starts a worker of its own if there is none. Each panel keeps its `new Worker(new URL(…))` (the
 * bundler finds workers by that expression) and hands it here as `start`.
 */
export interface SpareWorker {
  /** Starts the spare unless one is waiting. No Web Workers: nothing (the panel says so when it opens). */
  startAhead(): void;
  /** The spare, or a new worker (throws where there are no Web Workers). */
  take(): Worker;
}

export function spareWorker(start: () => Worker): SpareWorker {
  let spare: Worker | null = null;
  return {
    startAhead() {
      if (spare) return;
      try {
        const w = start();
        // A spare whose code did not load is dropped: its panel would wait for an error already fired.
        w.addEventListener('error', () => {
          if (spare === w) spare = null;
        });
        spare = w;
      } catch {
        spare = null;
      }
    },
    take() {
      const w = spare ?? start();
      spare = null;
      return w;
    },
  };
}
