/**
 * The last-chance text under unanimity (src/bots/nearestCarried.ts, hooked into `rankConverging` in
 * src/bots/endgame.ts). The fixture is a generated research-like domain (researchLike(27)): four parties,
 * two issues, unanimity, and a single package (the first option of each issue) beating every BATNA.
 * In the all-adaptive game with seed 27, the Party 1 bot's first end-game turn (round 7) finds the table
 * under its BATNA and no text clearing every estimated floor. It used to table the long shot the
 * others' backing rated highest (option 3 on issue 1: two parties under their BATNAs, no deal); it now
 * tables the text least short of the floors (the worst-off party's shortfall first), the only package in
 * the zone, and the table agrees on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs, playGame } from '../../src/bots/arena/playGame.ts';
import { packageOf } from '../../src/bots/board.ts';
import { buildContext } from '../../src/bots/context.ts';
import { estimatedFloors, partyStands, rankConverging } from '../../src/bots/endgame.ts';
import { nearestCarried, shortfallOf } from '../../src/bots/nearestCarried.ts';
import { estimate } from '../../src/bots/opponentModel.ts';
import { legalActions, viewFor, type GameState, type LegalAction, type PartyView } from '../../src/engine/index.ts';
import type { BotConfig } from '../../src/bots/types.ts';
import { loadScenario } from './support.ts';

const FIXTURE = 'test/fixtures/bots/narrow-zone-last-chance.json';
const SEED = 27;
/** The only package beating every party's BATNA. */
const ZONE = { 'issue-1': 'option-1-1', 'issue-2': 'option-2-1' };

/**
 * The game as it stood at the Party 1 bot's first end-game turn (round 7), saved from the all-adaptive
 * game with seed 27: that game now agrees in round 6 (fairShare.ts: a carriable text giving a party its
 * fair share is backed earlier), so the turn is kept as a saved state.
 */
const TURN = 'test/fixtures/bots/narrow-zone-last-chance-round7.json';

function turnOf(party: string, round: number): { view: PartyView; legal: LegalAction[]; config: BotConfig } {
  const scenario = loadScenario(FIXTURE);
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), SEED, 'normal');
  const state = JSON.parse(readFileSync(TURN, 'utf8')) as GameState;
  if (state.active !== party || state.round !== round) throw new Error(`no turn of ${party} in round ${round}`);
  return { view: viewFor(state, party), legal: legalActions(state, party), config: configs[party]! };
}

describe('the last-chance text under unanimity is the one nearest to being carried', () => {
  it("orders not-refused texts first, then by the worst-off party's shortfall, then the total, then value", () => {
    const c = (k: number) => [k];
    const shortfalls = [
      { worst: 0.3, total: 0.3 },
      { worst: 0.2, total: 0.6 },
      { worst: 0.2, total: 0.4 },
      { worst: 0.2, total: 0.4 },
      { worst: 0, total: 0 },
    ];
    const order = nearestCarried(
      [
        { c: c(0), value: 9, refused: 0 },
        { c: c(1), value: 1, refused: 0 },
        { c: c(2), value: 2, refused: 0 },
        { c: c(3), value: 3, refused: 0 },
        { c: c(4), value: 5, refused: 1 },
      ],
      (x) => shortfalls[x[0] ?? 0]!,
    ).map((x) => x.c[0]);
    expect(order).toEqual([3, 2, 1, 0, 4]);
  });

  it('tables the only package in the zone where the long shot the backing rated highest left two parties under', () => {
    const { view, legal, config } = turnOf('alpha-party', 7);
    const ctx = buildContext(view, config);
    // The table leaves it under its BATNA and no candidate clears every estimated floor.
    expect(ctx.tablePoints).not.toBeNull();
    expect(ctx.tablePoints!).toBeLessThanOrEqual(ctx.board.batna);
    const ranked = rankConverging(ctx, legal);
    expect(ranked.length).toBeGreaterThan(1);
    const first = ranked[0]!;
    expect(packageOf(ctx.board, first.c)).toEqual(ZONE);
    // It is the candidate least short of the floors (on the bot's own model: the bot reads its view only).
    const present = view.parties.filter((p) => p.atTable && p.id !== view.party).map((p) => p.id);
    const floors = estimatedFloors(ctx, partyStands(ctx), present);
    const worst = (c: number[]) => shortfallOf(floors, estimate, c).worst;
    for (const other of ranked) expect(worst(first.c)).toBeLessThanOrEqual(worst(other.c));
    // And not the one the backing alone rates highest.
    const byValue = ranked.slice().sort((a, b) => b.value - a.value)[0]!;
    expect(packageOf(ctx.board, byValue.c)).not.toEqual(ZONE);
  });

  it('lets the all-adaptive table agree on it (it ended without a deal)', () => {
    const game = playGame(loadScenario(FIXTURE), { seed: SEED, strategies: ['adaptive'] });
    expect(game.state.outcome?.kind).toBe('agreement');
    expect(game.state.table?.package).toEqual(ZONE);
  });
});
