/**
 * The instructor view's analysis runs here, off the main thread. Messages in: analyse a scenario,
 * or chart two parties of it (the debrief's chartData on the game as it starts). Messages out:
 * progress, then the result or an error sentence. Each request carries an id; the page ignores
 * answers to requests it has since replaced (a reload, new chart axes).
 */
import { initialState } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { analysisErrorText } from '../../analysis/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { chartData } from '../widgets/chart/chartData.ts';
import type { ChartData } from '../widgets/chart/chartData.ts';
import { instructorAnalysis } from './instructorAnalysis.ts';
import type { InstructorAnalysis, InstructorStep } from './instructorAnalysis.ts';

export type InstructorWorkerIn =
  | { id: number; kind: 'analyse'; scenario: Scenario; locale: Locale }
  | { id: number; kind: 'chart'; scenario: Scenario; x: string; y: string; locale: Locale };

export type InstructorWorkerOut =
  | { id: number; type: 'progress'; step: number; steps: number; label: InstructorStep; fraction: number }
  | { id: number; type: 'analysis'; data: InstructorAnalysis }
  | { id: number; type: 'chart'; data: ChartData }
  | { id: number; type: 'error'; message: string };

const post = (m: InstructorWorkerOut, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

self.addEventListener('message', (e: MessageEvent<InstructorWorkerIn>) => {
  const m = e.data;
  const { id } = m;
  let last = -Infinity;
  try {
    if (m.kind === 'analyse') {
      const data = instructorAnalysis(
        m.scenario,
        (step, steps, label, done, total) => {
          const now = performance.now();
          // Step changes always go out; progress within a step at most every 100 ms.
          if (done !== 0 && now - last < 100) return;
          last = now;
          post({ id, type: 'progress', step, steps, label, fraction: total > 0 ? done / total : 0 });
        },
        undefined,
        m.locale,
      );
      post({ id, type: 'analysis', data });
    } else {
      // The game as it starts: nothing played, so the chart has no deal and no path.
      const state = initialState(m.scenario, {}, 1);
      const data = chartData({ state, x: m.x, y: m.y });
      post({ id, type: 'chart', data }, [data.cloud.buffer]);
    }
  } catch (err) {
    // Shown in the view's status line: in the screens' language.
    post({ id, type: 'error', message: analysisErrorText(err, m.locale) });
  }
});
