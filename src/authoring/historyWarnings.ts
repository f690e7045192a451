/**
 * The real deal against the game's numbers: a scenario must not teach that the real negotiators
 * could never have agreed. For the package in `history`, on the domain after every round event
 * (the moment a late deal is agreed in):
 * - `real-deal-under-batna`: it gives a party that really accepted it less than that party's BATNA
 *   (plus the no-deal consequence);
 * - `real-deal-outside-rule`: the parties that accepted it could not carry it under the agreement
 *   rule (the analysis' `isWinning`, every party seated, the others objecting).
 */
import { agreementTableOf, isWinning } from '../analysis/agreementRule.ts';
import { allPackagePoints, disagreementPoints, domainFromScenario } from '../analysis/domain.ts';
import { joinList } from '../scenario/joinList.ts';
import type { Scenario } from '../scenario/types.ts';
import { analysedMoments } from './moments.ts';
import type { AuthoringWarning } from './warning.ts';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function historyWarnings(scenario: Scenario): AuthoringWarning[] {
  const history = scenario.history;
  if (history?.package == null) return [];
  const moments = analysedMoments(scenario);
  const moment = moments.afterEvents ?? moments.start;
  const domain = domainFromScenario(scenario, moment.overrides);
  const when = moments.afterEvents ? 'once the round events have fired' : 'as play starts';
  const points = allPackagePoints(domain, history.package);
  const out: AuthoringWarning[] = [];
  for (const id of history.acceptedBy) {
    const q = domain.parties.findIndex((p) => p.id === id);
    const party = domain.parties[q];
    if (!party) continue;
    const got = points[q] ?? 0;
    const floor = disagreementPoints(domain, q);
    if (got >= floor) continue;
    out.push({
      code: 'real-deal-under-batna',
      ids: [id],
      moment: moments.afterEvents ? 'after-events' : 'start',
      message: `The real deal (${history.date}) gives ${party.name} (${id}), which accepted it, ${fmt(got)} points, under its no-deal result of ${fmt(floor)} ${when}: the game teaches that it could never have agreed. Raise its points for the options of the real deal, or lower its BATNA.`,
    });
  }
  // Everyone at the table: the real deal was reached before anyone walked out.
  const table = agreementTableOf(
    scenario.agreement,
    scenario.parties.map((p) => ({ id: p.id, influence: p.influence, veto: p.veto, atTable: true })),
    [],
  );
  if (!isWinning(table, history.acceptedBy)) {
    out.push({
      code: 'real-deal-outside-rule',
      ids: [...history.acceptedBy],
      moment: 'always',
      message: `The parties that accepted the real deal (${joinList(history.acceptedBy)}) could not carry it under the scenario's agreement rule (${scenario.agreement.rule}${scenario.agreement.required.length > 0 ? `, ${joinList(scenario.agreement.required)} required` : ''}) against everyone else: make the rule what really decided, or list every party that accepted it.`,
    });
  }
  return out;
}
