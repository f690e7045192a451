/**
 * A party's own scoring beyond its sheet (`PartyView.ownScoring`: scoring rules, the social-licence
 * consequence, the no-deal consequence) in words a trainee reads in seconds, e.g.
 * "+10 if Legal basis is Broad consent or Research exemption". Issue titles, option labels, party
 * names and evidence titles, never ids. Pure (no DOM), so it is unit-tested in Node; the brief
 * and the room's private panel lay it out (ownScoringList.ts).
 *
 * It reads only the viewer's own view: another party's rules never reach it.
 */
import type { PartyView } from '../engine/index.ts';
import type { Condition } from '../scenario/types.ts';
import { joinList } from '../scenario/joinList.ts';

/** How ids read in words. */
export interface ScenarioNames {
  issue(id: string): string;
  option(issue: string, option: string): string;
  party(id: string): string;
  /** The evidence's title when the viewer knows it (presented to all, or known to them), else null. */
  evidence(id: string): string | null;
}

/** Names from a party's view: every issue and option (also those an event adds later), the parties, the evidence it knows. */
export function namesFromView(view: PartyView): ScenarioNames {
  const evidence = new Map<string, string>();
  for (const e of view.evidence) evidence.set(e.id, e.title);
  for (const e of view.knownEvidence) evidence.set(e.id, e.title);
  return {
    issue: (id) => view.issues.find((i) => i.id === id)?.title ?? id,
    option: (issue, option) =>
      view.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option,
    party: (id) => view.parties.find((p) => p.id === id)?.name ?? id,
    evidence: (id) => evidence.get(id) ?? null,
  };
}

/** Points with their sign, a real minus sign for negatives: "+10", "−15", "±0". */
export function signedPoints(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

type Comparison = { atLeast?: number; atMost?: number };

function legitimacyInWords(c: Comparison, negated: boolean): string {
  const subject = "the deal's public legitimacy is";
  const { atLeast: lo, atMost: hi } = c;
  if (lo === undefined && hi === undefined) return negated ? 'never' : 'always';
  if (!negated) {
    if (lo !== undefined && hi !== undefined) return `${subject} between ${lo} and ${hi}`;
    return lo !== undefined ? `${subject} at least ${lo}` : `${subject} at most ${hi ?? ''}`;
  }
  if (lo !== undefined && hi !== undefined) return `${subject} under ${lo} or over ${hi}`;
  return lo !== undefined ? `${subject} under ${lo}` : `${subject} over ${hi ?? ''}`;
}

/** Rounds are whole numbers, so "not at most 7" reads "round 8 or later". */
function roundInWords(c: Comparison, negated: boolean): string {
  const lo = c.atLeast === undefined ? undefined : Math.ceil(c.atLeast);
  const hi = c.atMost === undefined ? undefined : Math.floor(c.atMost);
  const subject = 'the deal is agreed in round';
  if (lo === undefined && hi === undefined) return negated ? 'never' : 'always';
  if (!negated) {
    if (lo !== undefined && hi !== undefined) return lo === hi ? `${subject} ${lo}` : `${subject} ${lo} to ${hi}`;
    return lo !== undefined ? `${subject} ${lo} or later` : `${subject} ${hi ?? ''} or earlier`;
  }
  if (lo !== undefined && hi !== undefined) return `${subject} ${lo - 1} or earlier, or in round ${hi + 1} or later`;
  return lo !== undefined ? `${subject} ${lo - 1} or earlier` : `${subject} ${(hi ?? 0) + 1} or later`;
}

const isCompound = (c: Condition) => ('all' in c && c.all.length > 1) || ('any' in c && c.any.length > 1);

/**
 * `any` of picks on one issue read as one pick: "Legal basis is A or B" (not "Legal basis is A or
 * Legal basis is B"). Other conditions keep their place.
 */
function mergePicks(items: Condition[]): Condition[] {
  const out: Condition[] = [];
  for (const c of items) {
    const options = 'is' in c ? [c.is] : 'oneOf' in c ? c.oneOf : null;
    const prev = options && 'issue' in c ? out.findIndex((o) => 'issue' in o && o.issue === c.issue) : -1;
    const target = prev >= 0 ? out[prev] : undefined;
    if (options && target && 'issue' in target) {
      const before = 'is' in target ? [target.is] : target.oneOf;
      out[prev] = { issue: target.issue, oneOf: [...before, ...options.filter((o) => !before.includes(o))] };
    } else {
      out.push(c);
    }
  }
  return out;
}

/**
 * A condition in plain words, e.g. "Legal basis is Broad consent or Research exemption and
 * Safeguards is not Codes of conduct". Negations are pushed inwards (De Morgan) so no sentence
 * says "not (…)"; a compound inside a compound is put in parentheses.
 */
export function conditionInWords(c: Condition, names: ScenarioNames, negated = false): string {
  const part = (x: Condition) =>
    isCompound(x) ? `(${conditionInWords(x, names, negated)})` : conditionInWords(x, names, negated);
  if ('all' in c) return joinList(c.all.map(part), negated ? 'or' : 'and');
  if ('any' in c) return joinList(mergePicks(c.any).map(part), negated ? 'and' : 'or');
  if ('not' in c) return conditionInWords(c.not, names, !negated);
  if ('is' in c) return `${names.issue(c.issue)} is ${negated ? 'not ' : ''}${names.option(c.issue, c.is)}`;
  if ('oneOf' in c) {
    const labels = c.oneOf.map((o) => names.option(c.issue, o));
    const title = names.issue(c.issue);
    if (!negated) return `${title} is ${joinList(labels, 'or')}`;
    if (labels.length === 1) return `${title} is not ${labels[0] ?? ''}`;
    return labels.length === 2
      ? `${title} is neither ${labels[0] ?? ''} nor ${labels[1] ?? ''}`
      : `${title} is none of ${joinList(labels, 'and')}`;
  }
  if ('legitimacy' in c) return legitimacyInWords(c.legitimacy, negated);
  if ('round' in c) return roundInWords(c.round, negated);
  if ('evidencePresented' in c) {
    const title = names.evidence(c.evidencePresented);
    const what = title ? `“${title}”` : 'a piece of evidence you have not seen yet';
    return `${what} ${negated ? 'has not been' : 'has been'} presented`;
  }
  const who = names.party(c.partyLeft);
  return negated ? `${who} is still at the table` : `${who} has walked away`;
}

/** One line of the brief: what and how many points (`head`), and the scenario's reason (`detail`, may be ''). */
export interface ScoringLineText {
  head: string;
  detail: string;
}

export interface OwnScoringText {
  /** One per scoring rule that names the viewer, in scenario order. */
  rules: ScoringLineText[];
  /** What a deal without a social licence costs the viewer. */
  legitimacy: ScoringLineText;
  /** What the deadline without a deal brings the viewer (no figures that events change: the BATNA is shown beside it). */
  noDeal: ScoringLineText;
}

/** The viewer's own scoring rules and consequences, in words. */
export function ownScoringInWords(view: PartyView): OwnScoringText {
  const names = namesFromView(view);
  const { rules, legitimacy, noDeal } = view.ownScoring;
  const t = legitimacy.threshold;
  return {
    rules: rules.map((r) => ({
      head: `${signedPoints(r.points)} if ${conditionInWords(r.when, names)}`,
      detail: r.description,
    })),
    legitimacy:
      legitimacy.consequenceDescription !== null
        ? {
            head: `${signedPoints(legitimacy.consequence)} if the deal's public legitimacy is under ${t} (no social licence)`,
            detail: legitimacy.consequenceDescription,
          }
        : {
            head: `A deal whose public legitimacy is under ${t} has no social licence; that costs you no points`,
            detail: '',
          },
    noDeal: noDeal
      ? {
          head: `${signedPoints(noDeal.points)} on top of your BATNA if there is no deal after round ${view.rounds}`,
          detail: noDeal.description,
        }
      : { head: `No deal after round ${view.rounds}: you get your BATNA, nothing more`, detail: '' },
  };
}

/** A line as one sentence: "head: detail." */
export function lineText(l: ScoringLineText): string {
  return l.detail === '' ? `${l.head}.` : `${l.head}: ${l.detail}`;
}
