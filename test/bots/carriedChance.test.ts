/**
 * Whether a text will be carried (src/bots/carriedChance.ts): the outvoted party does not counter, before the
 * last round, a table likely carried without it with a text less likely carried; in the last round a needed
 * party the table leaves exactly at its BATNA backs it rather than table a one-shot text.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { aboveChance, carriedChance, type RecentStands } from '../../src/bots/carriedChance.ts';
import { buildContext } from '../../src/bots/context.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { explainMove } from '../../src/bots/reason.ts';
import type { OpponentEstimate } from '../../src/bots/opponentModel.ts';
import { initialState, score, viewFor, type Action, type GameState } from '../../src/engine/index.ts';
import { harborcoLike } from '../support/negotiationGames.ts';

/** Plays an all-adaptive Harborco-like game, with each move (but the statements) and the mover's table points and BATNA. */
function play(seed: number) {
  const scenario = harborcoLike(seed);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  const moves: { round: number; party: string; action: Action; table: number | null; batna: number; reason: string }[] =
    [];
  while (state.status === 'running' && state.active) {
    const p = state.active;
    const ctx = buildContext(viewFor(state, p), configs[p]!);
    const m = computerMove(state, configs)!;
    const action = m.state.log.at(-1)?.action;
    // Main moves and talk; not a party's word in the tour de table.
    if (action && action.type !== 'live-with')
      moves.push({
        round: state.round,
        party: p,
        action,
        table: ctx.tablePoints,
        batna: ctx.board.batna,
        reason: explainMove(viewFor(state, p), action, configs[p]!),
      });
    state = m.state;
  }
  return { scenario, state, moves };
}

describe('the outvoted party and a table likely carried', () => {
  it('objects rather than counters, and the deal passes (Harborco-like 12, round 7)', () => {
    // Without `keepCarried` (endgame.ts's hook) Delta, which Alpha's round-7 text leaves at 44 (BATNA 63),
    // counters it, no text both required parties and four of the others take is found, and the game ends
    // with no deal.
    const { scenario, state, moves } = play(12);
    const delta = moves.find((m) => m.round === scenario.protocol.rounds - 1 && m.party === 'delta-party');
    expect(delta?.action.type).toBe('object');
    expect(delta!.table!).toBeLessThan(delta!.batna);
    expect(state.outcome?.kind).toBe('agreement');
  });
});

describe('a needed party at its BATNA in the last round', () => {
  it('backs the table rather than table a one-shot text, and the deal passes (Harborco-like 236)', () => {
    // Without `backedAtBatna` (endgame.ts's hook, and backedAtBatnaByAll.ts) Alpha, required and at its BATNA
    // (74 of 74), concedes on Issue 1 with a new text in the last round and the game ends with no deal. (Seed 56
    // until statedJointChoice.ts, seed 202 until statedLastShot.ts weighed a table by the parties' word: in both, Alpha,
    // first in the last round, now tables again a text the parties said they could live with, and it passes.)
    const { scenario, state, moves } = play(236);
    const alpha = moves.find((m) => m.round === scenario.protocol.rounds && m.party === 'alpha-party');
    expect(alpha?.action.type).toBe('support');
    expect(alpha!.table).toBe(alpha!.batna);
    // Its one-line reason says why: others must still back the text, so it does not claim to close the deal.
    expect(alpha!.reason).toMatch(/its BATNA exactly; in the last round/);
    expect(alpha!.reason).not.toMatch(/closes the deal/);
    expect(state.outcome?.kind).toBe('agreement');
    // The deal binds Alpha at its BATNA (no worse off than with no deal); one party the rule did without is under.
    expect(score(state).parties['alpha-party']?.surplus).toBeCloseTo(0);
  });
});

describe('the chances', () => {
  const flat = (party: string): OpponentEstimate => ({
    party,
    observations: 1,
    values: [[0, 1]],
    weights: [1],
    lowestSupported: null,
    highestRejected: null,
    lastOwn: null,
  });
  const est = (m: OpponentEstimate, c: number[]) => m.values[0]![c[0]!]!;
  const none: RecentStands = { backed: new Map(), refused: new Map() };

  it('a party takes a text it backed, not one it refused in the end game, and one far over its floor likelier than one under', () => {
    const floor = { party: 'b', model: flat('b'), floor: 0.6, slack: 0.1 };
    const stands: RecentStands = { backed: new Map([['b', [[0]]]]), refused: new Map([['c', [[1]]]]) };
    expect(aboveChance('b', floor, est, stands, [0])).toBeGreaterThan(0.95);
    expect(aboveChance('c', floor, est, stands, [1])).toBeLessThan(0.1);
    expect(aboveChance('b', floor, est, none, [1])).toBeGreaterThan(aboveChance('b', floor, est, none, [0]));
  });

  it('the rule carries a text with every combination of takers weighed', () => {
    const scenario = harborcoLike(12);
    const order = scenario.protocol.turnOrder;
    const me = order.at(-1)!;
    expect(scenario.agreement.required).not.toContain(me);
    const view = viewFor(initialState(scenario, {}, 12), me);
    const others = order.filter((p) => p !== me);
    const all = new Map(others.map((p) => [p, 1] as const));
    expect(carriedChance(view, me, all, true)).toBeCloseTo(1);
    // A required party that will not take it sinks it.
    expect(carriedChance(view, me, new Map([...all, ['bravo-party', 0]]), true)).toBeCloseTo(0);
    // One party the rule can do without may be left out, not two: of two even chances, 3 in 4.
    const [x, y] = others.filter((p) => !scenario.agreement.required.includes(p));
    const two = new Map([...all, [x!, 0.5], [y!, 0.5]]);
    expect(carriedChance(view, me, two, true)).toBeCloseTo(0.75);
    // Without the bot, every other party must take it.
    expect(carriedChance(view, me, two, false)).toBeCloseTo(0.25);
  });
});
