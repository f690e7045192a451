/**
 * The tour de table (src/bots/tourDeTable.ts, statedLastShot.ts): from the round before the last each bot says,
 * honestly, which texts tabled so far it could live with; in the last round a bot re-tables an earlier text the
 * parties after it said they could live with when the table will not pass.
 */
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs, playGame } from '../../src/bots/arena/playGame.ts';
import { computerMove } from '../../src/bots/computerTurn.ts';
import { statements } from '../../src/engine/index.ts';
import {
  effectiveBatna,
  initialState,
  previewPackage,
  score,
  tabledTexts,
  type GameState,
  type PartyId,
} from '../../src/engine/index.ts';
import { crossesRedLine } from '../../src/scenario/redLines.ts';
import { harborcoLike } from '../support/negotiationGames.ts';
import { harborcoLastRound, loadScenario } from './support.ts';

/** The versions `party` could truly live with now: its engine score at or above its BATNA, within its red lines. */
function trulyLiveable(state: GameState, party: PartyId): number[] {
  const lines = state.scenario.parties.find((p) => p.id === party)?.redLines ?? [];
  return tabledTexts(state.log).flatMap(({ package: pkg }, k) => {
    const available = Object.entries(pkg).every(([i, o]) => state.optionAvailable[i]?.[o] === true);
    const fine =
      available &&
      !crossesRedLine(lines, pkg) &&
      previewPackage(state, party, pkg).points >= effectiveBatna(state, party);
    return fine ? [k + 1] : [];
  });
}

/** Plays an all-adaptive game, checking every statement against the truth at the moment it is made. */
function playChecked(scenario: ReturnType<typeof harborcoLike>, seed: number) {
  const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
  let state: GameState = initialState(scenario, {}, seed);
  const said: { round: number; party: PartyId; versions: number[]; truth: number[]; tabled: number }[] = [];
  while (state.status === 'running' && state.active) {
    const m = computerMove(state, configs)!;
    if (m.action.type === 'live-with')
      said.push({
        round: state.round,
        party: m.party,
        versions: m.action.versions,
        truth: trulyLiveable(state, m.party),
        tabled: state.textsTabled,
      });
    state = m.state;
  }
  return { state, said };
}

describe('the tour de table', () => {
  it('each bot says, from the round before the last, exactly the texts it could live with (Harborco-like 1–3)', () => {
    for (const seed of [1, 2, 3]) {
      const scenario = harborcoLike(seed);
      const { said } = playChecked(scenario, seed);
      const last = scenario.protocol.rounds;
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) {
        expect(s.round).toBeGreaterThanOrEqual(last - 1);
        expect(s.versions).toEqual(s.truth);
      }
      // A bot speaks again only when texts were tabled since its last word or its answer changed.
      const previous = new Map<PartyId, (typeof said)[number]>();
      for (const s of said) {
        const before = previous.get(s.party);
        if (before) expect(before.tabled !== s.tabled || before.versions.join() !== s.versions.join()).toBe(true);
        previous.set(s.party, s);
      }
    }
  });

  it('uses no talk move: bots speak where the protocol allows no talk at all', () => {
    const scenario = harborcoLike(2);
    scenario.protocol.talkActionsPerTurn = 0;
    const { said } = playChecked(scenario, 2);
    expect(said.length).toBeGreaterThan(0);
    for (const s of said) expect(s.versions).toEqual(s.truth);
  });

  it('on the flagships too, with their scoring rules and red lines (Safe Harbor, GDPR)', () => {
    for (const file of ['scenarios/safe-harbor-revocation.json', 'scenarios/gdpr-research-exemption.json']) {
      const { said } = playChecked(loadScenario(file), 3);
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) expect(s.versions).toEqual(s.truth);
    }
  });

  it('the log keeps each party’s latest word, for the texts tabled until then', () => {
    const game = playGame(harborcoLike(1), { seed: 1, strategies: ['adaptive'] });
    const words = statements(game.state.log);
    expect(words.size).toBeGreaterThan(0);
    for (const [party, word] of words) {
      const last = [...game.state.log].reverse().find((e) => e.kind === 'live-with' && e.party === party);
      expect(last?.action).toEqual({ type: 'live-with', party, versions: [...word.versions] });
      expect(word.tabled).toBeLessThanOrEqual(game.state.textsTabled);
    }
  });

  it('re-tables in the last round a text the parties after it said they could live with (Harborco-like 16)', () => {
    // Round 8: Alpha, first to move, finds that Delta refuses the table; Bravo, Charlie, Echo, Foxtrot and Golf said
    // they could live with text 28, which the rule carries with them and Alpha. It passes. Without the tour de
    // table Alpha backed the table and the game ended without a deal.
    const { state, moves, first } = harborcoLastRound(16);
    expect(first?.type).toBe('propose');
    expect(moves[0]?.reason).toMatch(/^tables text 28 again: .*said they could live with that text$/);
    expect(state.outcome?.kind).toBe('agreement');
    if (state.outcome?.kind === 'agreement' && first?.type === 'propose')
      expect(state.outcome.package).toEqual(first.package);
  });
});

describe('a table that will pass', () => {
  it('gives way to an earlier text more seated parties said they could live with (Harborco-like 6)', () => {
    // Round 8: the table would pass with one party under its BATNA; more of the seated parties said they could live
    // with text 28, which the rule carries. Alpha tables it again, and it passes with every party at or above its
    // BATNA (before, Alpha backed the table, which passed with that party under).
    const { state, moves, first } = harborcoLastRound(6);
    expect(first?.type).toBe('amend');
    expect(moves[0]?.reason).toMatch(/^tables text 28 again: /);
    expect(state.outcome?.kind).toBe('agreement');
    expect(Object.values(score(state).parties).every((p) => p.surplus >= 0)).toBe(true);
  });
});
