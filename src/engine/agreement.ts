/**
 * When the text on the table becomes an agreement, and what a formal vote decides: the agreement
 * rule itself is written once, in src/analysis/agreementRule.ts; this file hands it the table as the
 * game state stands (parties at the table, coalitions, stances).
 */
import {
  agreementTableOf,
  carries,
  voteTally,
  type AgreementTable,
  type Stances,
  type VoteTally,
} from '../analysis/agreementRule.ts';
import { partiesWithRedLineIn } from '../scenario/redLines.ts';
import { partiesAtTable } from './queries.ts';
import type { GameState, Package } from './types.ts';

/**
 * The agreement rule's public inputs, as the state stands, for a text with its stances: by default the
 * one on the table; null for a text that crosses no seated party's red line (every member in its bloc).
 */
export function agreementTable(
  state: GameState,
  text: { package: Package; stances: Stances } | null = state.table,
): AgreementTable {
  const parties = state.scenario.parties.map((p) => ({
    id: p.id,
    influence: p.influence,
    veto: p.veto,
    atTable: !state.left.includes(p.id),
  }));
  // Members objecting to the text because it crosses their red line stand outside their bloc.
  const redLineObjectors = text
    ? partiesWithRedLineIn(state.scenario.parties, text.package).filter((p) => text.stances[p] === 'object')
    : [];
  return agreementTableOf(state.scenario.agreement, parties, state.coalitions, redLineObjectors);
}

/** True when the text on the table has the support the agreement rule requires. */
export function hasAgreement(state: GameState): boolean {
  return state.table !== null && carries(agreementTable(state), state.table.stances);
}

/** The result of a formal vote on the text on the table. */
export function voteResult(state: GameState): VoteTally {
  if (!state.table) return { passed: false, for: 0, against: 0, abstained: partiesAtTable(state).length };
  return voteTally(agreementTable(state), state.table.stances);
}

/** True when the parties at the table, all supporting, would carry a text (false: no deal is possible any more). */
export function carriesWithEveryone(state: GameState): boolean {
  const stances: Record<string, 'support'> = {};
  for (const p of state.scenario.parties) if (!state.left.includes(p.id)) stances[p.id] = 'support';
  return carries({ ...agreementTable(state), coalitions: [] }, stances);
}
