/** The one-click defaults: one person plays a party, the computer plays the others. */
import type { PartyId, Scenario } from '../engine/index.ts';
import type { Controller } from '../store/types.ts';
import type { StrategyName } from '../bots/types.ts';
import { t } from './uiLocale.ts';

/**
 * The role "Play now" offers first: a party that can use every kind of move, which in practice
 * means one holding evidence it can present from the start (a party without any never sees
 * "present evidence"). Among those, the first in the file; with no evidence at all, the first party.
 */
export function defaultRole(scenario: Scenario): PartyId {
  const holders = new Set(scenario.evidence.filter((e) => e.available).map((e) => e.holder));
  return (scenario.parties.find((p) => holders.has(p.id)) ?? scenario.parties[0])?.id ?? '';
}

/**
 * Who plays whom: the first `humans` parties are people (or, with `role`, that party alone), the
 * computer plays the others with the first strategy.
 */
export function defaultControllers(
  scenario: Scenario,
  strategies: readonly StrategyName[],
  humans = 1,
  role: PartyId | null = null,
): Record<PartyId, Controller> {
  const out: Record<PartyId, Controller> = {};
  scenario.parties.forEach((p, i) => {
    out[p.id] = (role === null ? i < humans : p.id === role)
      ? { kind: 'human', name: t('uiSetup.player', { n: role === null ? i + 1 : 1 }) }
      : { kind: 'computer', strategy: strategies[0] ?? 'adaptive', difficulty: 'normal' };
  });
  return out;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
