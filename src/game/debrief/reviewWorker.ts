/**
 * The game review runs here, off the main thread (like the outcome chart's analysis): it replays
 * the game's log and rates every move of the asked parties. Message in: the scenario, the action
 * log (with the computer players' reasons) and the parties. Out: the review or an error sentence.
 */
import { reviewGame, type GameReview } from '../../authoring/review/index.ts';
import type { ActionLog, PartyId, Scenario } from '../../engine/index.ts';

export interface ReviewWorkerIn {
  id: number;
  scenario: Scenario;
  log: ActionLog;
  parties: PartyId[];
}
export type ReviewWorkerOut =
  { id: number; type: 'result'; review: GameReview; ms: number } | { id: number; type: 'error'; message: string };

const post = (m: ReviewWorkerOut) => (self as unknown as Worker).postMessage(m);

self.addEventListener('message', (e: MessageEvent<ReviewWorkerIn>) => {
  const { id, scenario, log, parties } = e.data;
  const t0 = performance.now();
  try {
    const r = reviewGame(scenario, log, parties);
    post(
      r.ok
        ? { id, type: 'result', review: r.review, ms: performance.now() - t0 }
        : { id, type: 'error', message: r.reason },
    );
  } catch (err) {
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
