/**
 * Fair to whoever moves first (issue 15): where every party can block a text, a bot backs a carriable
 * text that gives it its fair share (src/bots/fairShare.ts) instead of amending it away for its
 * aspiration. Generated domain 9 with the second party opening: that party amended away the Nash
 * package in round 5 and the deal closed a point above every BATNA (Nash share 4%).
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics } from '../../src/bots/arena/gameMetrics.ts';
import { playGame } from '../../src/bots/arena/playGame.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { researchLike } from '../support/negotiationGames.ts';

function rotated(scenario: Scenario, k: number): Scenario {
  const order = scenario.protocol.turnOrder;
  return { ...scenario, protocol: { ...scenario.protocol, turnOrder: [...order.slice(k), ...order.slice(0, k)] } };
}

describe('fair share where every party can block', () => {
  it('closes generated domain 9 at the Nash package whoever opens', () => {
    const scenario = researchLike(9, 8);
    for (let k = 0; k < scenario.protocol.turnOrder.length; k++) {
      const game = playGame(rotated(scenario, k), { seed: 9, strategies: ['adaptive'] });
      expect(game.state.outcome?.kind, `opener ${k}`).toBe('agreement');
      expect(gameMetrics(game.state).nashRatio ?? 0, `opener ${k}`).toBeGreaterThan(0.9);
    }
  });
});
