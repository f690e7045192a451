/**
 * How many distinct packages a table could honestly agree on (issue 15's variety target): the
 * packages the agreement rule can carry (their supporters, the parties they leave at or above their
 * disagreement point, form a winning coalition, as `bestFeasibleJoint` counts them), that leave every
 * party at or above its BATNA, and whose joint gain reaches `share` (default 90%) of the best carriable
 * joint gain. Where fewer than the target's 30 exist, ≥ 30 distinct good deals is impossible; the bench
 * then measures how many of these the games reach. Judged at the start of the game, by the analysis (the judge's view).
 */
import { choiceOfIndex, disagreementVector, enumerateOutcomes } from '../../analysis/index.ts';
import { bestFeasibleJoint, isWinningCoalition, seatedParties } from '../../analysis/zopa.ts';
import { analysisOf } from '../../engine/gameDomain.ts';
import { initialState } from '../../engine/index.ts';
import type { Package } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { Space } from '../../analysis/space.ts';

export interface GoodPackages {
  /** Keys (`packageKey`) of the good packages; null when the outcome space is too large to enumerate. */
  keys: Set<string> | null;
  /** Packages the rule can carry (every coalition's, good or not); null as above. */
  carriable: number | null;
  /**
   * The best joint gain (above the BATNAs) of a carriable package leaving every party at or above its
   * BATNA, over the best carriable joint gain; null when no such package exists or the space is too large.
   */
  everyoneShare: number | null;
}

/** A package as a key independent of property order: the options in the scenario's issue order. */
export function packageKey(scenario: Scenario, pkg: Package): string {
  return scenario.issues.map((i) => pkg[i.id] ?? '').join('|');
}

export function goodPackages(scenario: Scenario, share = 0.9, seed = 1): GoodPackages {
  const space = analysisOf(initialState(scenario, {}, seed), 1).space;
  return space ? goodPackagesIn(space, share) : { keys: null, carriable: null, everyoneShare: null };
}

/** `goodPackages` in a given outcome space (e.g. a game's end situation, after events moved the BATNAs). */
export function goodPackagesIn(space: Space, share = 0.9): GoodPackages {
  const best = bestFeasibleJoint(space);
  if (best === null) return { keys: null, carriable: null, everyoneShare: null };
  const P = space.nParties;
  const d = disagreementVector(space);
  const seated = seatedParties(space);
  const dSum = d.reduce((s, v) => s + v, 0);
  const bar = dSum + share * (best - dSum);
  const keys = new Set<string>();
  let carriable = 0;
  let bestEveryone = -Infinity;
  const members: number[] = [];
  enumerateOutcomes(space, (first, count, pts) => {
    for (let r = 0; r < count; r++) {
      let sum = 0;
      let everyone = true;
      members.length = 0;
      for (let p = 0; p < P; p++) {
        const v = pts[r * P + p] as number;
        sum += v;
        if (v >= (d[p] as number) && seated.includes(p)) members.push(p);
        if (v < (d[p] as number)) everyone = false;
      }
      if (!isWinningCoalition(space, members)) continue;
      carriable++;
      if (everyone && sum > bestEveryone) bestEveryone = sum;
      if (!everyone || sum < bar - 1e-9) continue;
      const choice = choiceOfIndex(space, first + r);
      keys.add(space.domain.issues.map((issue, i) => issue.options[choice[i] ?? 0]?.id ?? '').join('|'));
    }
  });
  const room = best - dSum;
  const everyoneShare = bestEveryone === -Infinity ? null : room > 0 ? (bestEveryone - dSum) / room : 1;
  return { keys, carriable, everyoneShare };
}
