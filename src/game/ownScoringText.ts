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
import { formatFigure, formatList, formatNumber, t } from './uiLocale.ts';

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

/** `names` with every name set apart by `mark` (a screen marks the game's words in its sentences: gameLanguage.ts). */
export function markedNames(names: ScenarioNames, mark: (text: string) => string): ScenarioNames {
  return {
    issue: (id) => mark(names.issue(id)),
    option: (issue, option) => mark(names.option(issue, option)),
    party: (id) => names.party(id),
    evidence: (id) => {
      const title = names.evidence(id);
      return title === null ? null : mark(title);
    },
  };
}

/**
 * Points with their sign, a real minus sign for negatives: "+10", "−15", "±0"; the figure as the screens' language
 * writes a number (a French brief read "+2.5" where a scenario's points are fractional).
 */
export function signedPoints(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : n < 0 ? formatFigure(n) : '±0';
}

type Comparison = { atLeast?: number; atMost?: number };

function legitimacyInWords(c: Comparison, negated: boolean): string {
  const { atLeast: lo, atMost: hi } = c;
  if (lo === undefined && hi === undefined) return t(negated ? 'uiBrief.scoring.never' : 'uiBrief.scoring.always');
  if (!negated) {
    if (lo !== undefined && hi !== undefined) return t('uiBrief.scoring.legitimacyBetween', { lo, hi });
    return lo !== undefined
      ? t('uiBrief.scoring.legitimacyAtLeast', { lo })
      : t('uiBrief.scoring.legitimacyAtMost', { hi: hi ?? '' });
  }
  if (lo !== undefined && hi !== undefined) return t('uiBrief.scoring.legitimacyOutside', { lo, hi });
  return lo !== undefined
    ? t('uiBrief.scoring.legitimacyUnder', { lo })
    : t('uiBrief.scoring.legitimacyOver', { hi: hi ?? '' });
}

/** Rounds are whole numbers, so "not at most 7" reads "round 8 or later". */
function roundInWords(c: Comparison, negated: boolean): string {
  const lo = c.atLeast === undefined ? undefined : Math.ceil(c.atLeast);
  const hi = c.atMost === undefined ? undefined : Math.floor(c.atMost);
  if (lo === undefined && hi === undefined) return t(negated ? 'uiBrief.scoring.never' : 'uiBrief.scoring.always');
  if (!negated) {
    if (lo !== undefined && hi !== undefined)
      return lo === hi ? t('uiBrief.scoring.roundIs', { lo }) : t('uiBrief.scoring.roundBetween', { lo, hi });
    return lo !== undefined
      ? t('uiBrief.scoring.roundOrLater', { lo })
      : t('uiBrief.scoring.roundOrEarlier', { hi: hi ?? '' });
  }
  if (lo !== undefined && hi !== undefined) return t('uiBrief.scoring.roundOutside', { before: lo - 1, after: hi + 1 });
  return lo !== undefined
    ? t('uiBrief.scoring.roundOrEarlier', { hi: lo - 1 })
    : t('uiBrief.scoring.roundOrLater', { lo: (hi ?? 0) + 1 });
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
  if ('all' in c) return formatList(c.all.map(part), negated ? 'disjunction' : 'conjunction');
  if ('any' in c) return formatList(mergePicks(c.any).map(part), negated ? 'conjunction' : 'disjunction');
  if ('not' in c) return conditionInWords(c.not, names, !negated);
  if ('is' in c)
    return t(negated ? 'uiBrief.scoring.isNot' : 'uiBrief.scoring.is', {
      issue: names.issue(c.issue),
      option: names.option(c.issue, c.is),
    });
  if ('oneOf' in c) {
    const labels = c.oneOf.map((o) => names.option(c.issue, o));
    const title = names.issue(c.issue);
    if (!negated) return t('uiBrief.scoring.isOneOf', { issue: title, options: formatList(labels, 'disjunction') });
    if (labels.length === 1) return t('uiBrief.scoring.isNot', { issue: title, option: labels[0] ?? '' });
    return labels.length === 2
      ? t('uiBrief.scoring.isNeither', { issue: title, first: labels[0] ?? '', second: labels[1] ?? '' })
      : t('uiBrief.scoring.isNoneOf', { issue: title, options: formatList(labels) });
  }
  if ('legitimacy' in c) return legitimacyInWords(c.legitimacy, negated);
  if ('round' in c) return roundInWords(c.round, negated);
  if ('evidencePresented' in c) {
    const title = names.evidence(c.evidencePresented);
    const what = title ? t('uiBrief.scoring.quoted', { title }) : t('uiBrief.scoring.unseenEvidence');
    return t(negated ? 'uiBrief.scoring.notPresented' : 'uiBrief.scoring.presented', { what });
  }
  const party = names.party(c.partyLeft);
  return t(negated ? 'uiBrief.scoring.stillAtTable' : 'uiBrief.scoring.walkedAway', { party });
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

/**
 * The viewer's own scoring rules and consequences, in words: from its view, or (a printed brief, before any game)
 * from the scenario's own scoring for the party (`ownScoringFor`) with the names said.
 */
export function ownScoringInWords(view: PartyView, names?: ScenarioNames): OwnScoringText;
export function ownScoringInWords(view: Pick<PartyView, 'ownScoring' | 'rounds'>, names: ScenarioNames): OwnScoringText;
export function ownScoringInWords(
  view: Pick<PartyView, 'ownScoring' | 'rounds'>,
  names: ScenarioNames = namesFromView(view as PartyView),
): OwnScoringText {
  const { rules, legitimacy, noDeal } = view.ownScoring;
  const threshold = legitimacy.threshold;
  return {
    rules: rules.map((r) => ({
      head: t('uiBrief.scoring.rule', { points: signedPoints(r.points), condition: conditionInWords(r.when, names) }),
      detail: r.description,
    })),
    legitimacy:
      legitimacy.consequenceDescription !== null
        ? {
            head: t('uiBrief.scoring.noLicence', { points: signedPoints(legitimacy.consequence), threshold }),
            detail: legitimacy.consequenceDescription,
          }
        : {
            head: t('uiBrief.scoring.noLicenceFree', { threshold }),
            detail: '',
          },
    noDeal: noDeal
      ? {
          head: t('uiBrief.scoring.noDeal', { points: signedPoints(noDeal.points), rounds: view.rounds }),
          detail: noDeal.description,
        }
      : { head: t('uiBrief.scoring.noDealBatna', { rounds: view.rounds }), detail: '' },
  };
}

/** A line as one sentence: "head: detail." */
export function lineText(l: ScoringLineText): string {
  return l.detail === ''
    ? t('uiBrief.scoring.lineAlone', { head: l.head })
    : t('uiBrief.scoring.lineWithDetail', { head: l.head, detail: l.detail });
}
