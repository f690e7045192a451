/**
 * When the text on the table becomes an agreement, and what a formal vote decides: the agreement
 * rule itself is written once, in src/analysis/agreementRule.ts; this file hands it the table as the
 * game state stands (parties at the table, coalitions, stances).
 */
import { carries, voteTally, type AgreementTable, type VoteTally } from '../analysis/agreementRule.ts';
import { compile } from './compiled.ts';
import { partiesAtTable } from './queries.ts';
import type { GameState } from './types.ts';

/** The agreement rule's public inputs, as the state stands. */
export function agreementTable(state: GameState): AgreementTable {
  const c = compile(state.scenario);
  const { rule, threshold, required } = state.scenario.agreement;
  const seated = partiesAtTable(state).map((id) => {
    const p = c.partyById.get(id);
    return { id, influence: p?.influence ?? 0, veto: p?.veto ?? false };
  });
  return { rule, threshold, required, seated, coalitions: state.coalitions };
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
