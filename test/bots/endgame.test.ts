/** The end game (src/bots/endgame.ts): in the last two rounds time-dependent bots converge. */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { isNeeded, textDead } from '../../src/bots/tableOutlook.ts';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { decide } from '../../src/bots/decide.ts';
import { carries } from '../../src/analysis/agreementRule.ts';
import { agreementTable, apply, initialState, legalActions, viewFor, type Action } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { harborcoLike, researchLike } from '../support/negotiationGames.ts';
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

describe('who the deal needs', () => {
  const viewOf = (scenario: Scenario) => viewFor(initialState(scenario, {}, 1), scenario.parties[0]!.id);

  it('under unanimity every party is needed; under n−1 of n only the required ones', () => {
    const unanimous = researchLike(1);
    expect(unanimous.agreement.rule).toBe('unanimity');
    for (const p of unanimous.parties) expect(isNeeded(viewOf(unanimous), p.id)).toBe(true);
    const harbor = harborcoLike(1);
    const required = new Set(harbor.agreement.required);
    for (const p of harbor.parties) expect(isNeeded(viewOf(harbor), p.id)).toBe(required.has(p.id));
  });

  it('unanimous tables converge in the end game: all-adaptive games on generated domains end on a deal', () => {
    // Before every party counted as needed under unanimity, nobody countered in the end game and 6 of
    // these 10 domains ended without a deal; measured since: 10 of 10, but three of those (domains 3, 4
    // and 6) passed by a last-turn vote over silent parties left 4 to 55 points under their BATNA (a
    // vote counts only votes cast). Since bots no longer call such votes (test/bots/voteRule.test.ts):
    // 7 of 10, every one a real agreement; 6 of 10 once margin claims stopped at a bot's floor
    // (marginClaim.ts, merged alongside). 7 of 10 once a bot settled for a text it estimates the table
    // would carry (no claim in the end game); 9 of 10 once, as a last resort under unanimity, a text a
    // party has just refused comes after those nobody refused (domain 3: Alpha kept tabling the text
    // Charlie had replaced twice, while the one package beating every BATNA was among its candidates).
    const deals = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(
      (s) => playGame(researchLike(s), { seed: s, strategies: ['adaptive'] }).state.outcome?.kind === 'agreement',
    ).length;
    expect(deals).toBeGreaterThanOrEqual(9);
  });
});

describe('a required party under its BATNA in the end game', () => {
  it('tables a text the rule can carry with the parties it estimates at or above their BATNA, rather than objecting', () => {
    // Harborco-like 16, round 7: every candidate text was under some party's floor (the least it had
    // backed), so Alpha (required) objected and the game ended without a deal; its aspiration for the
    // others falls to their estimated BATNA at the deadline.
    const scenario = harborcoLike(16);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 16, 'normal');
    const alpha = scenario.agreement.required[0]!;
    let state = initialState(scenario, {}, 16);
    let move: Action | null = null;
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const action = decide(viewFor(state, p), legalActions(state, p), configs[p]!);
      if (p === alpha && state.round === 7) move = action;
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    expect(move?.type === 'propose' || move?.type === 'amend', JSON.stringify(move)).toBe(true);
  });

  it('lets generated n−1-of-n tables with two required parties close with real support more often', () => {
    // Harborco-like 1–30, all-adaptive: 24 deals before, 6 of them carried by a last-turn vote over
    // parties that had not spoken (their supporters alone would not carry them), so 18 with real
    // support; 23 since (required parties table such texts, needed supporters of a blocked text do,
    // and no vote pre-empts the parties still to move), every one carried by its supporters.
    let real = 0;
    for (let s = 1; s <= 30; s++) {
      const g = playGame(harborcoLike(s), { seed: s, strategies: ['adaptive'] });
      const o = g.state.outcome;
      if (o?.kind !== 'agreement') continue;
      const stances = Object.fromEntries(o.supporters.map((p) => [p, 'support' as const]));
      expect(carries(agreementTable(g.state), stances), `seed ${s}: passed by silence`).toBe(true);
      real++;
    }
    expect(real).toBeGreaterThanOrEqual(22);
  });
});

describe('a dead text', () => {
  it('is one the objectors block whoever else backs it (n−1 of n: two objectors)', () => {
    const scenario = harborcoLike(3);
    const [a, b, c, d] = scenario.protocol.turnOrder as [string, string, string, string];
    const options = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]!.id]));
    const r = apply(initialState(scenario, {}, 1), { type: 'propose', party: a, package: options });
    if (!r.ok) throw new Error(r.reason);
    const view = viewFor(r.state, b);
    expect(textDead(view, {})).toBe(false);
    expect(textDead(view, { [c]: 'object' })).toBe(false);
    // With the bot itself not backing it, one other objector is enough.
    expect(textDead(view, { [c]: 'object' }, b)).toBe(true);
    expect(textDead(view, { [c]: 'object', [d]: 'object' })).toBe(true);
    // A required party's objection alone blocks it.
    expect(textDead(view, { [scenario.agreement.required[1]!]: 'object' })).toBe(true);
  });

  it('is countered: generated n−1-of-n tables no longer sit out the last rounds behind a blocked text', () => {
    // Harborco-like seed 3 was traced: three parties under their BATNA objected and everyone passed for the
    // last three rounds (no deal); once parties the deal does not need countered a dead text, a deal. Since the
    // outvoted party counters a round before the end game (outvotedEarly.ts), seed 3's end game churns to no
    // deal whatever the dead-text counters do; seed 4 depends on them (without them, counter.ts `dead` and
    // mainMove.ts `blockedText`, it ends with no deal).
    const g = playGame(harborcoLike(4), { seed: 4, strategies: ['adaptive'] });
    expect(g.state.outcome?.kind).toBe('agreement');
  });
});
