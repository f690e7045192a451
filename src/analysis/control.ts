/**
 * Long computations run in a Web Worker in the browser: they report progress and can be stopped.
 * Every long loop calls `checkpoint` now and then; it throws `AnalysisCancelled` when asked to stop.
 */
/** The phases a long computation reports; the page names them in the user's language. */
export type AnalysisPhase = 'enumerate' | 'skyline' | 'frontier' | 'search' | 'extremes';

export interface RunControl {
  /** Called now and then with the work done so far out of the total (same unit, phase-specific). */
  onProgress?: (done: number, total: number, phase: AnalysisPhase) => void;
  /** Return true to stop; checked every few thousand steps. */
  shouldStop?: () => boolean;
  /** An AbortSignal or anything with an `aborted` flag. */
  signal?: { readonly aborted: boolean };
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

export function checkpoint(control: RunControl | undefined, done: number, total: number, phase: AnalysisPhase): void {
  if (!control) return;
  if (control.signal?.aborted || control.shouldStop?.()) throw new AnalysisCancelled();
  control.onProgress?.(done, total, phase);
}
