/**
 * Warnings about what the outcome space allows, at each analysed moment: no zone of agreement, a
 * party that no package tempts, one package best for all, a one-sided Nash point. A warning found
 * at both moments with the same wording is reported once, as holding at both.
 */
import type { RunControl } from '../analysis/control.ts';
import type { MessageKey, MessageValues } from '../i18n/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { analysedMoments, type AnalysedMoment } from './moments.ts';
import { EPSILON, outcomeFacts, type OutcomeFacts } from './outcomeSpace.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning, Moment, WarningCode } from './warning.ts';

/** A warning whose sentence still lacks its `when` (the moment it holds at). */
interface Draft {
  code: WarningCode;
  ids: string[];
  key: MessageKey;
  values: MessageValues;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function ruleInWords(f: OutcomeFacts, say: Say): string {
  const { rule, threshold, required } = f.domain.agreement;
  const names = required.map((p) => f.domain.parties[p]!.id);
  const share = say.pct(fmt(threshold * 100));
  const key = rule === 'unanimity' ? 'unanimity' : rule === 'majority' ? 'majority' : 'weighted';
  return names.length > 0
    ? say.t(`authoring.rule.${key}Required`, { share, required: say.and(names) })
    : say.t(`authoring.rule.${key}`, { share });
}

function draftsAt(f: OutcomeFacts, say: Say): Draft[] {
  const out: Draft[] = [];
  const parties = f.domain.parties;
  const n = (x: number) => say.num(fmt(x));
  if (!f.zone.exists) {
    out.push({
      code: 'no-zone-of-agreement',
      ids: [],
      key: 'authoring.noZoneOfAgreement',
      values: { rule: ruleInWords(f, say) },
    });
  }
  parties.forEach((p, q) => {
    if (f.best[q]! > f.disagreement[q]! + EPSILON) return;
    out.push({
      code: 'party-never-beats-batna',
      ids: [p.id],
      key: 'authoring.partyNeverBeatsBatna',
      values: { name: p.name, id: p.id, batna: n(f.disagreement[q]!), best: n(f.best[q]!) },
    });
  });
  const ideal = f.commonIdeal;
  if (ideal) {
    out.push({
      code: 'nothing-to-negotiate',
      ids: [],
      key: 'authoring.nothingToNegotiate',
      values: {
        ideal: say.semicolons(ideal.map((o) => say.t('authoring.idealChoice', { issue: o.issue, option: o.option }))),
      },
    });
  } else if (f.nash) {
    // (With a common ideal the Nash point is everyone's best: that warning says it all.)
    const nash = f.nash;
    parties.forEach((p, q) => {
      if (nash[q]! < f.best[q]! - EPSILON) return;
      out.push({
        code: 'one-sided-nash',
        ids: [p.id],
        key: 'authoring.oneSidedNash',
        values: { name: p.name, id: p.id, best: n(f.best[q]!) },
      });
    });
  }
  return out;
}

function phrase(moment: Moment, after: AnalysedMoment | null, say: Say): string {
  const named = after !== null && after.fired.length > 0;
  const values: MessageValues = named ? { events: say.and(after.fired) } : {};
  if (moment === 'start') return say.t('authoring.when.start');
  if (moment === 'after-events')
    return say.t(named ? 'authoring.when.afterNamedEvents' : 'authoring.when.afterEvents', values);
  return say.t(named ? 'authoring.when.bothNamedEvents' : 'authoring.when.both', values);
}

const keyOf = (d: Draft) => `${d.code}\u0000${d.ids.join(',')}\u0000${d.key}\u0000${JSON.stringify(d.values)}`;

export function outcomeWarnings(scenario: Scenario, control?: RunControl, say: Say = sayIn()): AuthoringWarning[] {
  const { start, afterEvents } = analysedMoments(scenario);
  const atStart = draftsAt(outcomeFacts(scenario, start, control), say);
  const atEnd = afterEvents ? draftsAt(outcomeFacts(scenario, afterEvents, control), say) : [];
  const endKeys = new Set(atEnd.map(keyOf));
  const startKeys = new Set(atStart.map(keyOf));
  const finish = (d: Draft, moment: Moment): AuthoringWarning => ({
    code: d.code,
    ids: d.ids,
    moment,
    message: say.t(d.key, { ...d.values, when: phrase(moment, afterEvents, say) }),
  });
  return [
    ...atStart.map((d) => finish(d, endKeys.has(keyOf(d)) ? 'both' : 'start')),
    ...atEnd.filter((d) => !startKeys.has(keyOf(d))).map((d) => finish(d, 'after-events')),
  ];
}
