/**
 * A party the deal needs does not settle at its margin (src/bots/marginClaim.ts): walking an
 * all-adaptive GDPR game, every claim the rule makes is checked against its conditions with the
 * engine's exact points (which the bot itself never sees for the others).
 */
import { describe, expect, it } from 'vitest';
import { apply, effectiveBatna, initialState, legalActions, previewPackage, viewFor } from '../../src/engine/index.ts';
import type { GameState } from '../../src/engine/index.ts';
import { buildContext, CONCESSION_DEADLINE } from '../../src/bots/context.ts';
import { textHistory } from '../../src/bots/history.ts';
import { decide } from '../../src/bots/decide.ts';
import { marginClaim } from '../../src/bots/marginClaim.ts';
import { botConfigs } from '../../src/bots/arena/playGame.ts';
import { loadScenario } from './support.ts';

describe('margin claims', () => {
  it('a needed party near its BATNA amends in its favour before the last round, and only then', () => {
    const scenario = loadScenario('scenarios/gdpr-research-exemption.json');
    const needed = new Set(scenario.agreement.required);
    const strategies = Object.fromEntries(scenario.parties.map((p) => [p.id, 'adaptive' as const]));
    let claims = 0;
    for (const seed of [1, 2]) {
      const configs = botConfigs(scenario, strategies, seed, 'normal');
      let state: GameState = initialState(scenario, {}, seed);
      while (state.status === 'running' && state.active !== null) {
        const party = state.active;
        const config = configs[party];
        if (!config) throw new Error(party);
        const view = viewFor(state, party);
        const legal = legalActions(state, party);
        const ctx = buildContext(view, config);
        const claim = marginClaim(ctx, legal);
        if (claim) {
          claims++;
          // Not once its aspiration has reached its floor (a claim then only wrecks a narrow zone).
          expect(ctx.progress).toBeLessThan(CONCESSION_DEADLINE);
          expect(claim.type).toBe('amend');
          expect(needed.has(party)).toBe(true);
          expect(state.round).toBeLessThan(scenario.protocol.rounds);
          const table = state.table?.package;
          if (!table || claim.type !== 'amend') throw new Error('a claim amends the text on the table');
          const before = previewPackage(state, party, table).points;
          const after = previewPackage(state, party, { ...table, [claim.issue]: claim.option }).points;
          const batna = effectiveBatna(state, party);
          expect(after).toBeGreaterThan(before);
          expect(after).toBeGreaterThan(batna);
          // Never a text that has already failed twice (issue 15: claims cycled through the same texts).
          const claimed = JSON.stringify({ ...table, [claim.issue]: claim.option }, Object.keys(table).sort());
          const failed = textHistory(view.log).filter(
            (t) => JSON.stringify(t.package, Object.keys(table).sort()) === claimed,
          ).length;
          expect(failed).toBeLessThan(2);
        }
        const r = apply(state, decide(view, legal, config));
        if (!r.ok) throw new Error(r.reason);
        state = r.state;
      }
    }
    // The rule is exercised on the flagship (if it never fires, this test says nothing).
    expect(claims).toBeGreaterThan(0);
  });
});
