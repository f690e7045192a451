/** The one-click defaults: the first party is played by a person, the computer plays the others. */
import type { PartyId, Scenario } from '../engine/index.ts';
import type { Controller } from '../store/types.ts';

export function defaultControllers(scenario: Scenario, strategies: string[], humans = 1): Record<PartyId, Controller> {
  const out: Record<PartyId, Controller> = {};
  scenario.parties.forEach((p, i) => {
    out[p.id] =
      i < humans
        ? { kind: 'human', name: `Player ${i + 1}` }
        : { kind: 'computer', strategy: strategies[0] ?? 'balanced', difficulty: 'normal' };
  });
  return out;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
