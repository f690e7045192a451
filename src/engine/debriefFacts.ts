/**
 * What the debrief draws from a finished game beyond the scores: the lessons this table earned and
 * the real (historical) deal measured with this game's sheets.
 *
 * - A lesson with conditions (and a facilitator guide's debrief question) shows only when they hold on the outcome: `outcome` (agreement or no
 *   deal) and `when`, judged in the scoring rules' language (scenario/conditions.ts) on the agreed
 *   package at the round of agreement (no deal: no package, so conditions on it do not hold).
 * - The tour de table's facts (`tourDeTableFacts`): who had said it could live with the deal's text, and the
 *   texts every party at the table had named.
 * - The real deal's points come from the analysis' one definition of a party's points
 *   (`allPackagePoints`), on the game's domain as it ended (sheets and BATNAs after this game's
 *   events), so they sit on the same scale as the table's deal and the Nash point.
 */
import { allPackagePoints, disagreementPoints } from '../analysis/domain.ts';
import { holds } from '../scenario/conditions.ts';
import type { Condition, PartyId } from '../scenario/types.ts';
import { domainOf } from './gameDomain.ts';
import { conditionContext } from './queries.ts';
import { livingWith, saidNotLiveable, statements } from './statements.ts';
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

/** What the tour de table said of the deal and of the texts (the debrief's "tour de table" section). */
export interface TourDeTableFacts {
  /**
   * The deal's text (its version) and each party's latest word on it: named it, left it out (its word came after
   * the text was tabled and did not name it), or said nothing of it (no word since). Null: no deal.
   */
  deal: { version: number; named: PartyId[]; leftOut: PartyId[]; silent: PartyId[] } | null;
  /** The texts every party still at the table said, in its latest word, it could live with. */
  byEveryone: number[];
}

/** The tour de table's facts at the game's end; null when no party said which texts it could live with. */
export function tourDeTableFacts(state: GameState): TourDeTableFacts | null {
  const stated = statements(state.log);
  if (stated.size === 0) return null;
  const parties = state.scenario.parties.map((p) => p.id);
  const seated = parties.filter((p) => !state.left.includes(p));
  const versions = Array.from({ length: state.textsTabled }, (_, k) => k + 1);
  const byEveryone = versions.filter((v) => livingWith(stated, v, seated).length === seated.length);
  // A deal is the text on the table when it passed: the game ends with it still there.
  const version = state.outcome?.kind === 'agreement' ? (state.table?.version ?? null) : null;
  if (version === null) return { deal: null, byEveryone };
  const named = livingWith(stated, version, parties);
  const leftOut = parties.filter((p) => saidNotLiveable(stated, p, version));
  const silent = parties.filter((p) => !named.includes(p) && !leftOut.includes(p));
  return { deal: { version, named, leftOut, silent }, byEveryone };
}

/** A party's tour-de-table word on the deal's text: named it, left it out of a later word, or said nothing of it. */
export type DealWord = 'named' | 'left-out' | 'silent';

/** Each party's word on the deal's text (every party silent when nobody spoke); null when the game ended without a deal. */
export function dealWords(state: GameState): Record<PartyId, DealWord> | null {
  if (state.outcome?.kind !== 'agreement') return null;
  const deal = tourDeTableFacts(state)?.deal;
  return Object.fromEntries(
    state.scenario.parties.map((p): [PartyId, DealWord] => [
      p.id,
      deal?.named.includes(p.id) ? 'named' : deal?.leftOut.includes(p.id) ? 'left-out' : 'silent',
    ]),
  );
}
