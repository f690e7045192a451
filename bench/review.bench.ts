/**
 * The game review of a finished flagship game (issue 16): every move of every party rated against
 * what was possible at that moment, target < 1 s. Each review starts cold: it gets a fresh copy of
 * the scenario (as the debrief's worker does), so no analysis cached during play is reused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reviewGame } from '../src/authoring/review/index.ts';
import { playGame } from '../src/bots/index.ts';
import { parseScenario } from '../src/scenario/index.ts';

const TARGET_S = 1;

export default function bench(): void {
  for (const file of ['gdpr-research-exemption.json', 'safe-harbor-revocation.json']) {
    const path = resolve(import.meta.dirname, '../scenarios', file);
    const loaded = parseScenario(readFileSync(path, 'utf8'), file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    for (const seed of [1, 2, 3]) {
      const game = playGame(loaded.scenario, { seed, strategies: ['adaptive', 'boulware', 'conceder'], explain: true });
      const scenario = structuredClone(loaded.scenario);
      const t0 = performance.now();
      const review = reviewGame(scenario, game.log);
      const s = (performance.now() - t0) / 1000;
      if (!review.ok) throw new Error(review.reason);
      const first = review.review.parties[0]!;
      const t1 = performance.now();
      reviewGame(structuredClone(loaded.scenario), game.log, [first.party]);
      const one = (performance.now() - t1) / 1000;
      const moves = review.review.parties.reduce((n, p) => n + p.moves.length, 0);
      console.log(
        `  ${file.replace('.json', '')} seed ${seed}: ${game.log.actions.length} actions, ${moves} moves rated for ${review.review.parties.length} parties in ${s.toFixed(3)} s (target < ${TARGET_S} s: ${s < TARGET_S ? 'met' : 'MISSED'}); one party ${one.toFixed(3)} s`,
      );
    }
  }
}
