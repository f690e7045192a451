/**
 * heldConcession.ts: in the round before the last, a needed adaptive party that moves again in the last round
 * with carriers after it keeps the second tier's concession for then. Safe Harbor's default-mix tournament,
 * mixed 1 (adaptive Commission, required, first to move; boulware US Commerce, required), seed 6: before the
 * rule, the Commission amended in round 7 surveillance limits to written assurances (44 to it, BATNA 38) rather
 * than re-table its presidential-order text (92), and the written-assurances text passed in round 7, as in 65 of
 * the mix's 100 games (in the other 35 the Commission re-tabled the presidential-order text in round 8 and it
 * passed). With the rule it re-tables that text in round 7 and it passes there in all 100.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { choiceOf, ownPoints } from '../../src/bots/board.ts';
import { buildContext } from '../../src/bots/context.ts';
import { movesAgainWithCarriers } from '../../src/bots/heldConcession.ts';
import { apply, viewFor } from '../../src/engine/index.ts';
import { loadScenario, mixGame } from './support.ts';

const scenario = loadScenario('scenarios/safe-harbor-revocation.json');
const SEED = 6;
const { strategies, configs, mainMoveOf } = mixGame(scenario, 'mixed 1', SEED);

describe('the concession kept for the last round', () => {
  it('is not made in the round before the last by a needed first mover: it re-tables its better text', () => {
    expect(configs.commission?.strategy).toBe('adaptive');
    expect(configs['us-commerce']?.strategy).toBe('boulware');
    const { state, move } = mainMoveOf('commission', 7);
    expect(viewFor(state, 'commission').rounds).toBe(8);
    const r = apply(state, move);
    if (!r.ok) throw new Error(r.reason);
    const board = buildContext(viewFor(state, 'commission'), configs.commission!).board;
    const tabled = ownPoints(board, choiceOf(board, r.state.table!.package)!);
    // Written assurances would have left it 44; its presidential-order text is worth 92 to it.
    expect(tabled).toBeGreaterThanOrEqual(90);
    expect(r.state.table!.package['surveillance-limits']).toBe('presidential-order');
  });

  it('so the deal passes on the text worth 92 to the Commission rather than 44', () => {
    const game = playGame(scenario, { seed: SEED, strategies: strategies, difficulty: 'normal' });
    expect(game.state.outcome?.kind).toBe('agreement');
    expect(game.report.parties.commission!.points).toBe(92);
  });

  it('keeps it only in the round before the last, when the bot moves again with carriers after it', () => {
    const { state: seventh } = mainMoveOf('commission', 7);
    expect(movesAgainWithCarriers(buildContext(viewFor(seventh, 'commission'), configs.commission!))).toBe(true);
    const { state: sixth } = mainMoveOf('commission', 6);
    expect(movesAgainWithCarriers(buildContext(viewFor(sixth, 'commission'), configs.commission!))).toBe(false);
  });
});
