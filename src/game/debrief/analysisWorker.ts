/**
 * The debrief's analysis runs here, off the main thread, so the page never freezes. Messages in:
 * a ChartRequest (with an id). Messages out: progress, then the ChartData or an error sentence.
 */
import { analysisErrorText, type AnalysisPhase } from '../../analysis/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { chartData } from '../widgets/chart/chartData.ts';
import type { ChartRequest } from '../widgets/chart/chartData.ts';

/** `locale`: the screens' language, for an error sentence (the chart's own sentences are in the game's). */
export type WorkerIn = ChartRequest & { id: number; locale: Locale };
export type WorkerOut =
  | { id: number; type: 'progress'; done: number; total: number; phase: AnalysisPhase }
  | { id: number; type: 'result'; data: ReturnType<typeof chartData> }
  | { id: number; type: 'error'; message: string };

const post = (m: WorkerOut, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.addEventListener('message', (e: MessageEvent<WorkerIn>) => {
  const { id } = e.data;
  let last = 0;
  try {
    const data = chartData(e.data, {
      onProgress: (done, total, phase) => {
        const now = performance.now();
        if (now - last < 100) return;
        last = now;
        post({ id, type: 'progress', done, total, phase });
      },
    });
    post({ id, type: 'result', data }, [data.cloud.buffer]);
  } catch (err) {
    // Shown in the page's status line: in the screens' language.
    post({ id, type: 'error', message: analysisErrorText(err, e.data.locale) });
  }
});
