/**
 * Every negotiation strategy a computer party can play, in the order the setup screen and the
 * tournaments list them. Add one line per strategy (its file composes parts, see strategy.ts) and
 * its name to strategyNames.ts (the compiler checks that both list the same names in the same order).
 * Saved games and the setup screen store strategies by name: never rename one.
 */
import { adaptive } from './adaptive.ts';
import { boulware } from './boulware.ts';
import { conceder } from './conceder.ts';
import { linear } from './linear.ts';
import { principled } from './principled.ts';
import type { Strategy } from './strategy.ts';
import { titForTat } from './titForTat.ts';
import { STRATEGIES, isStrategyName } from '../strategyNames.ts';
import type { StrategyName } from '../strategyNames.ts';

const registry = [adaptive, boulware, linear, conceder, titForTat, principled] as const;

/** The registry's names in its order, as a type: it must be strategyNames.ts's list exactly. */
type NamesOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] extends { name: infer N } ? N : never };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<NamesOf<typeof registry>, [...typeof STRATEGIES]> = true;
void sameNames;

export { STRATEGIES, isStrategyName };
export type { StrategyName };

/** The strategies that default tournaments mix: every one not on trial. */
export const TOURNAMENT_STRATEGIES: readonly StrategyName[] = registry
  .filter((s) => !('trial' in s))
  .map((s) => s.name);

/** The strategy of this name. */
export function strategyNamed(name: StrategyName): Strategy<StrategyName> {
  const found = registry.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown bot strategy "${String(name)}": use one of ${STRATEGIES.join(', ')}.`);
  return found;
}

export type { Strategy } from './strategy.ts';
