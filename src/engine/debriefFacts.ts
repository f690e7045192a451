/**
 * What the debrief draws from a finished game beyond the scores: the lessons this table earned and
 * the real (historical) deal measured with this game's sheets.
 *
 * - A lesson with conditions (and a facilitator guide's debrief question) shows only when they hold on the outcome: `outcome` (agreement or no
 *   deal) and `when`, judged in the scoring rules' language (scenario/conditions.ts) on the agreed
 *   package at the round of agreement (no deal: no package, so conditions on it do not hold).
 * - The real deal's points come from the analysis' one definition of a party's points
 *   (`allPackagePoints`), on the game's domain as it ended (sheets and BATNAs after this game's
 *   events), so they sit on the same scale as the table's deal and the Nash point.
 */
import { allPackagePoints, disagreementPoints } from '../analysis/domain.ts';
import { holds } from '../scenario/conditions.ts';
import type { Condition, PartyId } from '../scenario/types.ts';
import { domainOf } from './gameDomain.ts';
import { conditionContext } from './queries.ts';
import type { GameState } from './types.ts';

/** Something the debrief shows only when the table did so: a conditioned lesson, a guide's question. */
export interface KeyedToTable {
  outcome?: 'agreement' | 'no-deal' | null;
  when?: Condition | null;
}

/** The items that apply to this game's end, in their order (see the module's comment for the rule). */
export function keyedToTable<T extends KeyedToTable>(state: GameState, items: readonly T[]): T[] {
  const outcome = state.outcome;
  const agreed = outcome?.kind === 'agreement' ? outcome.package : null;
  const ctx = conditionContext(state, agreed, outcome?.round ?? state.round);
  return items.filter((l) => {
    if (l.outcome === 'agreement' && agreed === null) return false;
    if (l.outcome === 'no-deal' && (outcome === null || agreed !== null)) return false;
    return l.when === null || l.when === undefined || holds(l.when, ctx);
  });
}

/** The texts of the lessons this table earned, in the scenario's order. */
export function lessonsFor(state: GameState): string[] {
  return keyedToTable(state, state.scenario.debrief.lessons).map((l) => l.text);
}

export interface HistoryPoints {
  party: PartyId;
  /** The party's points for the real package, in this game. */
  points: number;
  /** Its no-deal result in this game (BATNA and no-deal consequence). */
  batna: number;
  /** True when the party really accepted the deal. */
  accepted: boolean;
}

/**
 * Every party's points for the package really agreed, as this game ended; null when history had no
 * deal (or the scenario gives none) or the package uses an option this game no longer knows.
 */
export function historyPoints(state: GameState): HistoryPoints[] | null {
  const history = state.scenario.history;
  if (history?.package == null) return null;
  const domain = domainOf(state, state.outcome?.round ?? state.round);
  let points: number[];
  try {
    points = allPackagePoints(domain, history.package);
  } catch {
    return null;
  }
  return domain.parties.map((p, i) => ({
    party: p.id,
    points: Math.round((points[i] ?? 0) * 10) / 10,
    batna: Math.round(disagreementPoints(domain, i) * 10) / 10,
    accepted: history.acceptedBy.includes(p.id),
  }));
}
