/**
 * The strategies' names, in the order the setup screen and the tournaments list them, apart from
 * their code (strategies/index.ts, whose registry holds one strategy per name in this order: the
 * compiler checks it there) so that the library page can list and check names without loading the
 * bots (issue 17). Saved games and the setup screen store strategies by name: never rename one.
 */
export const STRATEGIES = ['adaptive', 'boulware', 'linear', 'conceder', 'tit-for-tat', 'principled'] as const;

/** The strategies' names. */
export type StrategyName = (typeof STRATEGIES)[number];

export function isStrategyName(s: string): s is StrategyName {
  return (STRATEGIES as readonly string[]).includes(s);
}
