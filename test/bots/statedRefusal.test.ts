/**
 * A stated refusal (src/bots/statedRefusal.ts): the end game's converging text counts a party whose latest live-with
 * statement left a text out as under on that very text, so the last shot does not table it again.
 */
import { describe, expect, it } from 'vitest';
import { statements, tabledTexts } from '../../src/engine/index.ts';
import { firstMainMove, playKeeping } from '../support/botGame.ts';
import { loadScenario } from './support.ts';

describe('a stated refusal in the end game', () => {
  it('NHS England does not table again a text the GPs said they cannot live with, and a deal passes (care.data 101)', () => {
    // Round 8: no text tabled so far is one both NHS England and the GPs said they could live with. NHS England,
    // moving first, tabled text 32 again (three later movers had named it; the GPs, required, had not): the GPs
    // objected, no deal. Counting the GPs' word, it tables a new text, which passes with every party above.
    const scenario = loadScenario('scenarios/care-data.json');
    const { state, kept } = playKeeping(
      scenario,
      { seed: 101, strategies: ['adaptive'] },
      { party: 'nhs-england', round: scenario.protocol.rounds },
    );
    const first = firstMainMove(kept);
    expect(first?.action.type).toBe('propose');
    if (first?.action.type !== 'propose') return;
    const tabled = first.action.package;
    const gps = statements(first.before.log).get('gps');
    expect(gps).toBeDefined();
    // Not a text the GPs' latest word spoke of and left out.
    tabledTexts(first.before.log).forEach((t, k) => {
      if (gps && k < gps.tabled && !gps.versions.has(k + 1)) expect(t.package).not.toEqual(tabled);
    });
    expect(state.outcome?.kind).toBe('agreement');
    if (state.outcome?.kind === 'agreement') expect(state.outcome.package).toEqual(tabled);
  });
});
