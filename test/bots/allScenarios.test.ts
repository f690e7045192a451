/**
 * Bots play every shipped scenario to the end: one seeded all-adaptive game per scenario, every move
 * legal (the shared loop throws on a refused move), the game finished by the deadline or a deal.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignStrategies, botConfigs } from '../../src/bots/arena/playGame.ts';
import { initialState } from '../../src/engine/index.ts';
import { playOn } from '../support/botGame.ts';
import { loadScenario } from './support.ts';

const SCENARIOS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .map((f) => `scenarios/${f}`);

describe('bots play every shipped scenario', () => {
  it('finds all eleven', () => {
    expect(SCENARIOS).toHaveLength(11);
  });

  it.each(SCENARIOS)('%s: an all-adaptive game ends, with legal moves only', (file) => {
    const scenario = loadScenario(file);
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), 11, 'normal');
    let moves = 0;
    const end = playOn(initialState(scenario, {}, 11), configs, { onMove: () => moves++ });
    expect(end.status).toBe('finished');
    expect(end.outcome).not.toBeNull();
    expect(end.round).toBeLessThanOrEqual(scenario.protocol.rounds);
    expect(moves).toBeGreaterThan(scenario.parties.length);
  });
});
