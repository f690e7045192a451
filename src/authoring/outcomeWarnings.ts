/**
 * Warnings about what the outcome space allows, at each analysed moment: no zone of agreement, a
 * party that no package tempts, one package best for all, a one-sided Nash point. A warning found
 * at both moments with the same wording is reported once, as holding at both.
 */
import type { RunControl } from '../analysis/control.ts';
import type { Scenario } from '../scenario/types.ts';
import { analysedMoments, type AnalysedMoment } from './moments.ts';
import { EPSILON, outcomeFacts, type OutcomeFacts } from './outcomeSpace.ts';
import type { AuthoringWarning, Moment, WarningCode } from './warning.ts';
import { joinList } from '../scenario/joinList.ts';

/** A warning whose message still has a `{when}` slot for the moment. */
interface Draft {
  code: WarningCode;
  ids: string[];
  template: string;
}

const WHEN = '{when}';
const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function ruleInWords(f: OutcomeFacts): string {
  const { rule, threshold, required } = f.domain.agreement;
  const names = required.map((p) => f.domain.parties[p]!.id);
  const base =
    rule === 'unanimity'
      ? 'under unanimity'
      : `under the ${rule} rule (more than ${fmt(threshold * 100)}% of ${rule === 'majority' ? 'the parties' : 'the influence'})`;
  return names.length > 0 ? `${base} with ${joinList(names)} required` : base;
}

function draftsAt(f: OutcomeFacts): Draft[] {
  const out: Draft[] = [];
  const parties = f.domain.parties;
  if (!f.zone.exists) {
    out.push({
      code: 'no-zone-of-agreement',
      ids: [],
      template:
        `No package beats the BATNA of every member of a coalition that can carry a deal ${ruleInWords(f)}, ${WHEN}: ` +
        'no agreement is rational, so the table will end without a deal. Lower some BATNAs (or the no-deal consequence), ' +
        'or give the parties that must agree more points for options they could share.',
    });
  }
  parties.forEach((p, q) => {
    if (f.best[q]! > f.disagreement[q]! + EPSILON) return;
    out.push({
      code: 'party-never-beats-batna',
      ids: [p.id],
      template:
        `${p.name} (${p.id}) can do no better than without a deal (${fmt(f.disagreement[q]!)} points) with any package ${WHEN}: ` +
        `its best package gives it ${fmt(f.best[q]!)}. It has no reason to agree. Lower its BATNA, or raise its points ` +
        'for the options it cares about.',
    });
  });
  const ideal = f.commonIdeal;
  if (ideal) {
    out.push({
      code: 'nothing-to-negotiate',
      ids: [],
      template:
        `One package is the best possible for every party ${WHEN} (${ideal.map((o) => `${o.issue}: ${o.option}`).join('; ')}): ` +
        'there is nothing to negotiate. Make the parties want different options on some issues, so that each must give ' +
        'something to get something.',
    });
  } else if (f.nash) {
    // (With a common ideal the Nash point is everyone's best: that warning says it all.)
    const nash = f.nash;
    parties.forEach((p, q) => {
      if (nash[q]! < f.best[q]! - EPSILON) return;
      out.push({
        code: 'one-sided-nash',
        ids: [p.id],
        template:
          `The Nash bargaining point gives ${p.name} (${p.id}) its best possible points (${fmt(f.best[q]!)}) ${WHEN}: the fair ` +
          `bargain asks nothing of it and every concession of the others. Give the other parties more points for the options ` +
          `${p.name} wants least, or raise their BATNAs, so that ${p.name} has something to give.`,
      });
    });
  }
  return out;
}

function phrase(moment: Moment, after: AnalysedMoment | null): string {
  const events = after && after.fired.length > 0 ? ` (${joinList(after.fired)})` : '';
  if (moment === 'start') return 'as play starts';
  if (moment === 'after-events') return `once the round events${events} have fired`;
  return `as play starts and still once the round events${events} have fired`;
}

const keyOf = (d: Draft) => `${d.code}\u0000${d.ids.join(',')}\u0000${d.template}`;

export function outcomeWarnings(scenario: Scenario, control?: RunControl): AuthoringWarning[] {
  const { start, afterEvents } = analysedMoments(scenario);
  const atStart = draftsAt(outcomeFacts(scenario, start, control));
  const atEnd = afterEvents ? draftsAt(outcomeFacts(scenario, afterEvents, control)) : [];
  const endKeys = new Set(atEnd.map(keyOf));
  const startKeys = new Set(atStart.map(keyOf));
  const finish = (d: Draft, moment: Moment): AuthoringWarning => ({
    code: d.code,
    ids: d.ids,
    moment,
    message: d.template.replace(WHEN, phrase(moment, afterEvents)),
  });
  return [
    ...atStart.map((d) => finish(d, endKeys.has(keyOf(d)) ? 'both' : 'start')),
    ...atEnd.filter((d) => !startKeys.has(keyOf(d))).map((d) => finish(d, 'after-events')),
  ];
}
