import { formatList, translator, type Locale } from '../i18n/index.ts';

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

/**
 * An exact analysis this domain is too large for: scoring rules that couple too many issues, or an
 * outcome table too large to hold. Its message is English (for the command line and the logs);
 * `analysisErrorText` says it in a reader's language (the workers, the authoring report, the command line).
 */
export class AnalysisTooLarge extends RangeError {
  constructor(
    readonly detail:
      | { kind: 'rulesCoupled'; issues: string[]; combinations: number; max: number }
      | { kind: 'spaceTooLarge'; packages: number },
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisTooLarge';
  }
}

/** What went wrong, in `locale`: an AnalysisTooLarge in the catalog's words, anything else as its message. */
export function analysisErrorText(err: unknown, locale: Locale): string {
  if (!(err instanceof AnalysisTooLarge)) return err instanceof Error ? err.message : String(err);
  const t = translator(locale);
  const d = err.detail;
  return d.kind === 'rulesCoupled'
    ? t('analysis.tooLarge.rulesCoupled', {
        issues: formatList(locale, d.issues),
        combinations: d.combinations,
        max: d.max,
      })
    : t('analysis.tooLarge.spaceTooLarge', { packages: d.packages });
}
