/**
 * The game as src/analysis sees it: a `Domain` built from the state (sheets as events changed them,
 * BATNAs, the options on the table, public legitimacy as it stands, evidence presented, walk-outs,
 * the round), so that scoring uses the analysis' one definition of a party's points
 * (`packageBreakdown` / `packagePoints`) and its exact searches.
 *
 * Two caches, neither stored in the state (which stays plain JSON):
 * - per scenario, the last domain built, reused while the state parts it reads are the same
 *   objects (apply copies only what it changes, so this hits on most moves: views stay cheap);
 * - per scenario, a small least-recently-used map from the content of those parts to the domain
 *   and what was computed on it (space, extremes, reference points, zone of agreement, the best
 *   carriable joint gain, assessments of deals), so the
 *   games of a tournament that end in the same circumstances share the work.
 */
import { pointExtremes, type PointExtremes } from '../analysis/extremes.ts';
import { domainFromScenario, type Domain, type DomainOverrides } from '../analysis/domain.ts';
import { assessPoints, referencePoints, type DealQuality, type ReferencePoints } from '../analysis/deal.ts';
import { compileSpace, type Space } from '../analysis/space.ts';
import { bestFeasibleJoint, zoneOfAgreement, type Zopa } from '../analysis/zopa.ts';
import type { Scenario } from '../scenario/types.ts';
import { effectiveBatna, effectiveSheet } from './queries.ts';
import type { GameState } from './types.ts';

/** The analysis of one domain, computed lazily. */
export class DomainAnalysis {
  readonly domain: Domain;
  #space: Space | null | undefined;
  #extremes: PointExtremes | null | undefined;
  #refs = new Map<string, ReferencePoints>();
  #zone: Zopa | undefined;
  #feasibleJoint: number | null | undefined;
  #assessments = new Map<string, DealQuality>();

  constructor(domain: Domain) {
    this.domain = domain;
  }

  /**
   * The compiled outcome space, or null when exact analysis is impossible (an issue with no option
   * left on the table, or scoring rules coupling more issues than the analysis supports).
   */
  get space(): Space | null {
    if (this.#space === undefined) {
      try {
        this.#space = compileSpace(this.domain);
      } catch {
        this.#space = null;
      }
    }
    return this.#space;
  }

  /** Every party's exact worst and best points over the packages on the table (null: no space). */
  get extremes(): PointExtremes | null {
    if (this.#extremes === undefined) this.#extremes = this.space ? pointExtremes(this.space) : null;
    return this.#extremes;
  }

  /** Nash point, maximum joint gain and egalitarian package for these parties (space required). */
  refs(space: Space, parties: number[]): ReferencePoints {
    const key = parties.join(',');
    let r = this.#refs.get(key);
    if (!r) {
      r = referencePoints(space, undefined, parties);
      this.#refs.set(key, r);
    }
    return r;
  }

  zone(space: Space): Zopa {
    this.#zone ??= zoneOfAgreement(space);
    return this.#zone;
  }

  /** The best joint gain a deal the agreement rule could carry reaches (see `bestFeasibleJoint`). */
  feasibleJoint(space: Space): number | null {
    if (this.#feasibleJoint === undefined) this.#feasibleJoint = bestFeasibleJoint(space);
    return this.#feasibleJoint;
  }

  /**
   * How good a deal giving these points is for these parties (`assessPoints` against `refs`): the
   * score report's collective part and the bots' tournament metrics read the same assessment.
   */
  assess(space: Space, points: readonly number[], parties: number[]): DealQuality {
    const key = `${parties.join(',')}|${points.join(',')}`;
    let q = this.#assessments.get(key);
    if (!q) {
      q = assessPoints(space, points, parties, this.refs(space, parties));
      this.#assessments.set(key, q);
    }
    return q;
  }
}

/** The parts of a state a domain depends on, plus the round conditions look at. */
export function partsOf(state: GameState, round: number): unknown[] {
  return [
    state.sheetChanges,
    state.batnaChanges,
    state.optionAvailable,
    state.legitimacy,
    state.presented,
    state.left,
    round,
  ];
}

/** True when two `partsOf` lists hold the very same objects (apply replaces a part whenever it changes). */
export function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * Entries kept per scenario. A game's views enter about 26 domains on the way (each presentation, round
 * and walk-out makes one), so 64 kept barely two games: a 200-game Safe Harbor tournament computed 128
 * zones of agreement for its game ends; with 512 (about 20 games' worth), 41 (CPU per game −5%, about
 * 17 MB more per thread).
 */
const MAX_ENTRIES = 512;

interface ScenarioCache {
  last: { parts: unknown[]; entry: DomainAnalysis } | null;
  byContent: Map<string, DomainAnalysis>;
}

const caches = new WeakMap<Scenario, ScenarioCache>();

function build(state: GameState, round: number): Domain {
  const sheets: DomainOverrides['sheets'] = {};
  for (const party of Object.keys(state.sheetChanges)) sheets[party] = effectiveSheet(state, party);
  const batnas: DomainOverrides['batnas'] = {};
  for (const party of Object.keys(state.batnaChanges)) batnas[party] = effectiveBatna(state, party);
  return domainFromScenario(state.scenario, {
    sheets,
    batnas,
    availability: state.optionAvailable,
    legitimacyTable: state.legitimacy,
    round,
    evidencePresented: Object.keys(state.presented),
    partyLeft: [...state.left],
  });
}

/**
 * The analysis of the game as it stands, with conditions on "the round of agreement" evaluated at
 * `round`. Cached (see the file comment); never mutate what it returns.
 */
export function analysisOf(state: GameState, round: number): DomainAnalysis {
  let cache = caches.get(state.scenario);
  if (!cache) {
    cache = { last: null, byContent: new Map() };
    caches.set(state.scenario, cache);
  }
  const parts = partsOf(state, round);
  const last = cache.last;
  if (last && sameParts(last.parts, parts)) return last.entry;
  const key = JSON.stringify([
    state.sheetChanges,
    state.batnaChanges,
    state.optionAvailable,
    state.legitimacy,
    Object.keys(state.presented),
    state.left,
    round,
  ]);
  let entry = cache.byContent.get(key);
  if (entry)
    cache.byContent.delete(key); // re-inserted below: most recently used last
  else entry = new DomainAnalysis(build(state, round));
  cache.byContent.set(key, entry);
  if (cache.byContent.size > MAX_ENTRIES) {
    const oldest = cache.byContent.keys().next().value;
    if (oldest !== undefined) cache.byContent.delete(oldest);
  }
  cache.last = { parts, entry };
  return entry;
}

/** The domain of the game as it stands (cached, see `analysisOf`). */
export function domainOf(state: GameState, round: number): Domain {
  return analysisOf(state, round).domain;
}
