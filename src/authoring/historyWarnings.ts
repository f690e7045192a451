/**
 * The real deal against the game's numbers: a scenario must not teach that the real negotiators
 * could never have agreed. For the package in `history`, on the domain after every round event
 * (the moment a late deal is agreed in):
 * - `real-deal-under-batna`: it gives a party that really accepted it less than that party's BATNA
 *   (plus the no-deal consequence);
 * - `real-deal-outside-rule`: the parties that accepted it could not carry it under the agreement
 *   rule (the analysis' `isWinning`, every party seated, the others objecting);
 * - `real-deal-crosses-red-line`: it crosses a red line declared by a party that accepted it. The game's
 *   red lines hold (the engine objects for the party), so the real deal could never pass at the table;
 *   before, the only sign was `real-deal-under-batna`, whose advice (raise its points there) then set off
 *   `red-line-outweighed`.
 */
import { agreementTableOf, isWinning } from '../analysis/agreementRule.ts';
import { allPackagePoints, disagreementPoints, domainFromScenario } from '../analysis/domain.ts';
import { crossedRedLines, redLineWords } from '../scenario/redLines.ts';
import type { Scenario } from '../scenario/types.ts';
import { analysedMoments } from './moments.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function historyWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const { t } = say;
  const history = scenario.history;
  if (history?.package == null) return [];
  const moments = analysedMoments(scenario);
  const moment = moments.afterEvents ?? moments.start;
  const domain = domainFromScenario(scenario, moment.overrides);
  const when = t(moments.afterEvents ? 'authoring.when.afterEvents' : 'authoring.when.start');
  const points = allPackagePoints(domain, history.package);
  const out: AuthoringWarning[] = [];
  for (const id of history.acceptedBy) {
    const declared = scenario.parties.find((p) => p.id === id);
    if (!declared) continue;
    for (const line of crossedRedLines(declared.redLines, history.package))
      out.push({
        code: 'real-deal-crosses-red-line',
        ids: [id, `${line.issue}/${line.option}`],
        moment: 'always',
        message: t('authoring.realDealCrossesRedLine', {
          date: history.date,
          name: declared.name,
          id,
          ...redLineWords(scenario.issues, line),
        }),
      });
  }
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
      message: t('authoring.realDealUnderBatna', {
        date: history.date,
        name: party.name,
        id,
        got: say.num(fmt(got)),
        floor: say.num(fmt(floor)),
        when,
      }),
    });
  }
  // Everyone at the table: the real deal was reached before anyone walked out.
  const table = agreementTableOf(
    scenario.agreement,
    scenario.parties.map((p) => ({ id: p.id, influence: p.influence, veto: p.veto, atTable: true })),
    [],
  );
  if (!isWinning(table, history.acceptedBy)) {
    const { rule, required } = scenario.agreement;
    const values = { accepted: say.and(history.acceptedBy), rule: t(`authoring.ruleName.${rule}`) };
    out.push({
      code: 'real-deal-outside-rule',
      ids: [...history.acceptedBy],
      moment: 'always',
      message:
        required.length > 0
          ? t('authoring.realDealOutsideRuleRequired', { ...values, required: say.and(required) })
          : t('authoring.realDealOutsideRule', values),
    });
  }
  return out;
}
