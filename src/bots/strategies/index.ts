/**
 * Every negotiation strategy a computer party can play, in the order the setup screen and the
 * tournaments list them. Add one line per strategy (its file composes parts, see strategy.ts).
 * Saved games and the setup screen store strategies by name: never rename one.
 */
import { adaptive } from './adaptive.ts';
import { boulware } from './boulware.ts';
import { conceder } from './conceder.ts';
import { linear } from './linear.ts';
import type { Strategy } from './strategy.ts';
import { titForTat } from './titForTat.ts';

const registry = [adaptive, boulware, linear, conceder, titForTat] as const;

/** The strategies' names. */
export type StrategyName = (typeof registry)[number]['name'];
export const STRATEGIES: readonly StrategyName[] = registry.map((s) => s.name);

export function isStrategyName(s: string): s is StrategyName {
  return (STRATEGIES as readonly string[]).includes(s);
}

/** The strategy of this name. */
export function strategyNamed(name: StrategyName): Strategy<StrategyName> {
  const found = registry.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown bot strategy "${String(name)}": use one of ${STRATEGIES.join(', ')}.`);
  return found;
}

export type { Strategy } from './strategy.ts';
