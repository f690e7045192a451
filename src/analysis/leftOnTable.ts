/**
 * "What was left on the table", in words a trainee understands: the nearest package that leaves
 * every party at least as well off and some better (fewest issues changed), issue by issue, and the
 * trades (logrolls) that the parties' different priorities made possible.
 */
import type { RunControl } from './control.ts';
import { findDominating, nearestDominating, type Dominator } from './deal.ts';
import type { Domain } from './domain.ts';
import { choiceOfIndex, indexOfChoice, pointsOfIndex, type Space } from './space.ts';
import { DEFAULT_LOCALE, formatList, translator, type Locale, type Translate } from '../i18n/index.ts';

export interface IssueChange {
  issue: number;
  issueId: string;
  issueTitle: string;
  from: { id: string; label: string };
  to: { id: string; label: string };
}

export interface Logroll {
  /** [the party that gains on the first issue, the party that gains on the second] */
  parties: [number, number];
  issues: [number, number];
  changes: IssueChange[];
  /** Change of points for every party if both changes are made. */
  gains: number[];
  sentence: string;
}

export interface LeftOnTable {
  dealPoints: number[];
  efficient: boolean;
  nearest: (Dominator & { changes: IssueChange[] }) | null;
  /** The dominating package with the largest total gain. */
  largest: (Dominator & { changes: IssueChange[] }) | null;
  logrolls: Logroll[];
  sentences: string[];
}

export interface PriorityLogroll {
  parties: [number, number];
  /** Party 0 cares more about issues[0], party 1 about issues[1]. */
  issues: [number, number];
  /** Product of the two priority differences (points): larger means a more valuable trade. */
  strength: number;
  sentence: string;
}

/** The words of one language for this module's sentences. */
interface Words {
  locale: Locale;
  t: Translate;
}
const wordsFor = (locale: Locale): Words => ({ locale, t: translator(locale) });

export function issueChanges(domain: Domain, from: number[], to: number[]): IssueChange[] {
  return domain.issues.flatMap((issue, i) => {
    if (from[i] === to[i]) return [];
    const a = issue.options[from[i]!]!;
    const b = issue.options[to[i]!]!;
    return [
      {
        issue: i,
        issueId: issue.id,
        issueTitle: issue.title,
        from: { id: a.id, label: a.label },
        to: { id: b.id, label: b.label },
      },
    ];
  });
}

function gainWords(w: Words, domain: Domain, gains: number[]): string {
  const up = gains.flatMap((g, p) =>
    g > 0 ? [w.t('analysis.gain', { party: domain.parties[p]!.name, gain: g })] : [],
  );
  const same = gains.filter((g) => g === 0).length;
  const list = formatList(w.locale, up);
  return same > 0 ? w.t('analysis.gainsOthersSame', { gains: list, count: same }) : list;
}

function changeWords(w: Words, changes: IssueChange[]): string {
  return changes
    .map((c) => w.t('analysis.change', { issue: c.issueTitle, from: c.from.label, to: c.to.label }))
    .join(w.t('analysis.changeSeparator'));
}

/** Pairs of issue changes that help two parties who each give way on what matters less to them. */
export function dealLogrolls(space: Space, dealIndex: number, limit = 5, locale: Locale = DEFAULT_LOCALE): Logroll[] {
  const w = wordsFor(locale);
  const domain = space.domain;
  const P = space.nParties;
  const base = [...pointsOfIndex(space, dealIndex)];
  const choice = choiceOfIndex(space, dealIndex);
  const delta = (changes: [number, number][]): number[] | null => {
    const c = [...choice];
    for (const [i, o] of changes) c[i] = o;
    const idx = indexOfChoice(space, c);
    if (idx === null) return null;
    const pts = pointsOfIndex(space, idx);
    return base.map((b, p) => pts[p]! - b);
  };
  const found: Logroll[] = [];
  const nI = domain.issues.length;
  for (let i = 0; i < nI; i++)
    for (let j = i + 1; j < nI; j++) {
      let best: Logroll | null = null;
      let bestScore = 0;
      for (const oi of space.available[i]!) {
        if (oi === choice[i]) continue;
        const gi = delta([[i, oi]]);
        if (!gi) continue;
        for (const oj of space.available[j]!) {
          if (oj === choice[j]) continue;
          const gj = delta([[j, oj]]);
          const g = delta([
            [i, oi],
            [j, oj],
          ]);
          if (!gj || !g) continue;
          for (let p = 0; p < P; p++)
            for (let q = 0; q < P; q++) {
              if (p === q) continue;
              // p gains on i and gives way on j, q the reverse, and both come out ahead.
              if (!(gi[p]! > 0 && gi[q]! < 0 && gj[q]! > 0 && gj[p]! < 0 && g[p]! > 0 && g[q]! > 0)) continue;
              const score = Math.min(g[p]!, g[q]!);
              if (score <= bestScore) continue;
              bestScore = score;
              const to = [...choice];
              to[i] = oi;
              to[j] = oj;
              const changes = issueChanges(domain, choice, to);
              const np = domain.parties[p]!.name;
              const nq = domain.parties[q]!.name;
              const losers = g.flatMap((x, k) =>
                x < 0 ? [w.t('analysis.gain', { party: domain.parties[k]!.name, gain: x })] : [],
              );
              const words = {
                p: np,
                q: nq,
                givenIssue: domain.issues[j]!.title,
                givenOption: changes[1]?.to.label ?? '',
                takenIssue: domain.issues[i]!.title,
                takenOption: changes[0]?.to.label ?? '',
                gainP: g[p]!,
                gainQ: g[q]!,
              };
              best = {
                parties: [p, q],
                issues: [i, j],
                changes,
                gains: g,
                sentence:
                  losers.length > 0
                    ? w.t('analysis.logrollLosers', { ...words, losers: formatList(locale, losers) })
                    : w.t('analysis.logroll', words),
              };
            }
        }
      }
      if (best) found.push(best);
    }
  return found
    .sort(
      (a, b) =>
        Math.min(b.gains[b.parties[0]]!, b.gains[b.parties[1]]!) -
        Math.min(a.gains[a.parties[0]]!, a.gains[a.parties[1]]!),
    )
    .slice(0, limit);
}

export function leftOnTable(
  space: Space,
  dealIndex: number,
  control?: RunControl,
  locale: Locale = DEFAULT_LOCALE,
): LeftOnTable {
  const w = wordsFor(locale);
  const domain = space.domain;
  const dealPoints = [...pointsOfIndex(space, dealIndex)];
  const dealChoice = choiceOfIndex(space, dealIndex);
  const withChanges = (d: Dominator | null) =>
    d ? { ...d, changes: issueChanges(domain, dealChoice, choiceOfIndex(space, d.index)) } : null;
  const nearest = withChanges(nearestDominating(space, dealIndex, control));
  const largest = withChanges(findDominating(space, dealPoints, undefined, control));
  const logrolls = dealLogrolls(space, dealIndex, undefined, locale);
  const sentences: string[] = [];
  if (!nearest) sentences.push(w.t('analysis.nothingLeft'));
  else {
    sentences.push(
      w.t('analysis.changing', {
        count: nearest.changes.length,
        changes: changeWords(w, nearest.changes),
        gains: gainWords(w, domain, nearest.gains),
      }),
    );
    if (largest && largest.index !== nearest.index) {
      const total = largest.gains.reduce((a, b) => a + b, 0);
      sentences.push(
        w.t('analysis.mostTogether', {
          total,
          changes: changeWords(w, largest.changes),
          gains: gainWords(w, domain, largest.gains),
        }),
      );
    }
  }
  for (const l of logrolls) sentences.push(l.sentence);
  return { dealPoints, efficient: nearest === null, nearest, largest, logrolls, sentences };
}

/**
 * Logroll opportunities of the scenario (no deal needed): pairs of parties and issues where one
 * party's stake (range of its sheet points over the options on the table) is larger on the first
 * issue and the other's on the second, and they want different options on both.
 */
export function priorityLogrolls(space: Space, limit = 8, locale: Locale = DEFAULT_LOCALE): PriorityLogroll[] {
  const t = translator(locale);
  const domain = space.domain;
  const stake = domain.parties.map((party) =>
    space.available.map((opts, i) => {
      const v = opts.map((o) => party.sheet[i]![o]!);
      return Math.max(...v) - Math.min(...v);
    }),
  );
  const favourite = domain.parties.map((party) =>
    space.available.map((opts, i) =>
      opts.reduce((best, o) => (party.sheet[i]![o]! > party.sheet[i]![best]! ? o : best), opts[0]!),
    ),
  );
  const out: PriorityLogroll[] = [];
  const P = domain.parties.length;
  const nI = domain.issues.length;
  for (let p = 0; p < P; p++)
    for (let q = 0; q < P; q++) {
      if (p === q) continue;
      for (let i = 0; i < nI; i++)
        for (let j = 0; j < nI; j++) {
          if (i === j) continue;
          const a = stake[p]![i]! - stake[p]![j]!;
          const b = stake[q]![j]! - stake[q]![i]!;
          if (a <= 0 || b <= 0) continue;
          if (favourite[p]![i] === favourite[q]![i] || favourite[p]![j] === favourite[q]![j]) continue;
          const np = domain.parties[p]!.name;
          const nq = domain.parties[q]!.name;
          const ti = domain.issues[i]!.title;
          const tj = domain.issues[j]!.title;
          out.push({
            parties: [p, q],
            issues: [i, j],
            strength: a * b,
            sentence: t('analysis.priority', { p: np, q: nq, more: ti, less: tj }),
          });
        }
    }
  // each unordered trade once (p,i,q,j) ≡ (q,j,p,i)
  const seen = new Set<string>();
  return out
    .sort((x, y) => y.strength - x.strength)
    .filter((l) => {
      const key = [`${l.parties[0]}:${l.issues[0]}`, `${l.parties[1]}:${l.issues[1]}`].sort().join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
