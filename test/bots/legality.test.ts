/**
 * Bots never make an illegal move: whole games on random scenarios (every rule kind, events,
 * evidence, coalitions, protocols that forbid some actions), every strategy and difficulty. playGame
 * throws on the first action `apply` refuses, so finishing is the proof.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/arena/playGame.ts';
import { DIFFICULTIES, STRATEGIES } from '../../src/bots/types.ts';
import { randomScenario } from '../support/randomScenario.ts';

describe('bots make only legal moves', () => {
  for (const difficulty of DIFFICULTIES) {
    it(`on random scenarios (${difficulty})`, () => {
      for (let seed = 1; seed <= 24; seed++) {
        const scenario = randomScenario(seed * 7919 + DIFFICULTIES.indexOf(difficulty));
        const rotated = [
          ...STRATEGIES.slice(seed % STRATEGIES.length),
          ...STRATEGIES.slice(0, seed % STRATEGIES.length),
        ];
        const game = playGame(scenario, { seed, strategies: rotated, difficulty });
        expect(game.state.status).toBe('finished');
        for (const p of Object.values(game.report.parties)) expect(p.final >= 0 && p.final <= 100).toBe(true);
      }
    });
  }

  it('uses every kind of main move somewhere', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const game = playGame(randomScenario(seed * 31), { seed, strategies: [...STRATEGIES] });
      for (const a of game.log.actions) kinds.add(a.type);
    }
    for (const k of ['propose', 'support']) expect(kinds).toContain(k);
    expect([...kinds].some((k) => k === 'pass' || k === 'call-vote' || k === 'walk-away')).toBe(true);
    expect([...kinds].some((k) => k === 'amend' || k === 'object')).toBe(true);
    expect(
      [...kinds].some((k) => k === 'present-evidence' || k === 'offer-coalition' || k === 'challenge-evidence'),
    ).toBe(true);
  });
});
