/** The end game (src/bots/endgame.ts): in the last two rounds time-dependent bots converge. */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { loadScenario, FLAGSHIPS } from './support.ts';

describe('end game', () => {
  it.each(FLAGSHIPS)('on %s, parties the deal does not need stop tabling texts in the last two rounds', (file) => {
    const scenario = loadScenario(file);
    const needed = new Set([
      ...scenario.agreement.required,
      ...scenario.parties.filter((p) => p.veto).map((p) => p.id),
    ]);
    for (const strategy of ['boulware', 'conceder', 'linear', 'tit-for-tat'] as const) {
      for (const seed of [1, 2]) {
        const g = playGame(scenario, { seed, strategies: [strategy] });
        const late = g.state.log.filter(
          (e) => e.round >= scenario.protocol.rounds - 1 && (e.kind === 'propose' || e.kind === 'amend'),
        );
        for (const e of late)
          if (e.party && !needed.has(e.party))
            expect.soft(e.kind, `${strategy} seed ${seed}: ${e.party} tabled a text in round ${e.round}`).toBe('none');
      }
    }
  });
});
