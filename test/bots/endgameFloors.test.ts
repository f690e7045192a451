/**
 * The end game's reading of the others (src/bots/endgame.ts, src/bots/statedInterests.ts): a party that
 * has backed no text is not counted as backing any, and what parties argued in public moves their estimates.
 * Traced on all-adaptive Safe Harbor, seed 1: in round 7 the text on the table is blocked (the Commission,
 * the Parliament, the data-protection authorities and the privacy activists object) and Commerce, required,
 * converges. It used to amend the surveillance limits (a text only the Parliament and the activists, who had
 * backed nothing, could have carried: they were counted as backing anything); it now takes the redress
 * they argued for, and the table closes on a deal.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { compileBoard } from '../../src/bots/board.ts';
import { buildContext } from '../../src/bots/context.ts';
import { opponentModels } from '../../src/bots/opponentModel.ts';
import { decide } from '../../src/bots/decide.ts';
import { estimatedFloors, partyStands } from '../../src/bots/endgame.ts';
import { statedLeaning, statedLeanings } from '../../src/bots/statedInterests.ts';
import { apply, initialState, viewFor } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';
import { loadScenario, safeHarborTurn, safeHarborTurnAfterCommissionObjects } from './support.ts';

const SAFE_HARBOR = 'scenarios/safe-harbor-revocation.json';
const turnOf = safeHarborTurn;
const afterCommissionObjects = safeHarborTurnAfterCommissionObjects;

describe('the end game reads the parties that backed nothing', () => {
  it('gives a party that never backed a text a floor with no slack (it was left out, so counted as backing anything)', () => {
    const { view, config } = turnOf(1, 'us-commerce', 7);
    const ctx = buildContext(view, config);
    const present = view.parties.filter((p) => p.atTable && p.id !== view.party).map((p) => p.id);
    const stands = partyStands(ctx);
    const neverBacked = present.filter((p) => !stands.some(([q, s]) => q === p && s.backed.length > 0));
    expect(neverBacked).toEqual(expect.arrayContaining(['european-parliament', 'privacy-activists']));
    const floors = estimatedFloors(ctx, stands, present);
    for (const p of neverBacked) {
      const f = floors.find((x) => x.party === p);
      expect(f, p).toBeDefined();
      expect(f?.slack).toBe(0);
    }
  });

  it('reads what a party argued in public as its leaning: the activists argued for the review court and against FTC-only redress', () => {
    const { view, config } = turnOf(1, 'us-commerce', 7);
    const ctx = buildContext(view, config);
    const leanings = statedLeanings(ctx.board, view);
    const table = ctx.table!;
    const redress = ctx.board.issueIds.indexOf('redress');
    const withOption = (option: string) => {
      const c = table.slice();
      c[redress] = ctx.board.options[redress]!.indexOf(option);
      return c;
    };
    expect(statedLeaning(leanings, 'privacy-activists', withOption('review-court'))).toBeGreaterThan(
      statedLeaning(leanings, 'privacy-activists', withOption('ftc-only')),
    );
    // A party that presented nothing states nothing.
    const silent = ctx.board.others.find((p) => !leanings.has(p));
    if (silent) expect(statedLeaning(leanings, silent, table)).toBe(0);
  });

  it('makes Commerce, required, converge on the redress the objectors argued for rather than on surveillance limits', () => {
    const { view, legal, config } = afterCommissionObjects(1, 'us-commerce', 7);
    const action = decide(view, legal, config);
    // With the silent parties' flat models out of the pull (silentPull.ts) it tables that redress with the
    // suspension clause (before: the one-issue amendment to review-court alone).
    expect(action).toMatchObject({
      type: 'propose',
      package: { 'surveillance-limits': 'no-commitment', redress: 'review-court', review: 'suspension-clause' },
    });
  });

  it('lets all-adaptive Safe Harbor tables close on a deal far more often', () => {
    // Seeds 1–10: 4 deals before (the Commission backing a blocked text in the last round), 9 with these
    // rules, 10 once the adaptive bot also reads a party amending its own text as a concession.
    const scenario = loadScenario(SAFE_HARBOR);
    const deals = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter(
      (s) => playGame(scenario, { seed: s, strategies: ['adaptive'] }).state.outcome?.kind === 'agreement',
    ).length;
    expect(deals).toBeGreaterThanOrEqual(9);
  });
});

describe("the adaptive bot's opponent model", () => {
  it('reads a party amending the text it backs as conceding on it, not refusing it', () => {
    // A proposes, then amends its own text toward the others: read as a refusal, the first text set
    // A's estimated threshold (highestRejected) above the very texts A was backing (Safe Harbor, Commerce).
    const scenario = harborcoLike(3);
    const [a, b] = scenario.protocol.turnOrder as [string, string];
    const first = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]!.id]));
    const issue = scenario.issues[0]!;
    let state = initialState(scenario, {}, 1);
    const step = (action: Parameters<typeof apply>[1]) => {
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    };
    step({ type: 'propose', party: a, package: first });
    step({ type: 'pass', party: b });
    while (state.active !== a) step({ type: 'pass', party: state.active! });
    step({ type: 'amend', party: a, issue: issue.id, option: issue.options[1]!.id });
    const view = viewFor(state, b);
    const board = compileBoard(view, 1);
    const modelOf = (concessions: boolean) =>
      opponentModels(board, view, view.log, 'normal', concessions).find((m) => m.party === a)!;
    expect(modelOf(false).highestRejected).not.toBeNull();
    expect(modelOf(true).highestRejected).toBeNull();
  });
});
