/**
 * Does a confidential brief point at the issue its sheet makes most important? A trainee reads the
 * brief first; if it says "above all, X" while the sheet's points are mostly won or lost on Y, the
 * trainee is misled and the debrief cannot explain the score.
 *
 * How it reads a brief (a heuristic, tuned to warn only when the brief clearly contradicts the sheet):
 *  - a priority sentence is one that says "most important", "above all", "most of all", "matters
 *    most", "your/top/first/main/highest/overriding/absolute priority", "red line(s)" or
 *    "non-negotiable", unless a negation comes shortly before the phrase ("rather than a red line",
 *    "is not your priority");
 *  - the sentence names an issue when it contains the issue's title, its id written as words, or
 *    the label of one of its options (whole words, any case); it touches an issue when it also
 *    contains a distinctive word of those (four letters or more, not a common word, found in the
 *    names of at most a third of the issues), as in "assurances" for "Written assurances";
 *  - the sheet's top issues are those whose spread of points (best option minus worst) is within a
 *    tenth of the widest.
 * A warning fires when a priority sentence names some issue and neither the issues it names nor
 * those it touches include a top issue. Red lines often name two things at once ("a framework
 * based on assurances and an ombudsperson"): touching the top issue is enough. Sentences that
 * name no issue ("your red line is no deal at all") say nothing checkable.
 */
import type { Issue, Party, Scenario } from '../scenario/types.ts';
import { EPSILON } from './outcomeSpace.ts';
import { spread } from './stakes.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

const PRIORITY_PHRASES = [
  /\bmost important\b/i,
  /\babove all\b/i,
  /\bmost of all\b/i,
  /\bmatters? (?:the )?most\b/i,
  /\b(?:your|top|first|main|highest|overriding|absolute) priorit(?:y|ies)\b/i,
  /\bred lines?\b/i,
  /\bnon-negotiable\b/i,
];

/** A negation in the few words before a phrase turns the claim around. */
const NEGATED = /\b(?:not|never|no longer|rather than|nor|isn't|aren't)\b[^,;]{0,30}$/i;

/** An issue within this share of the widest spread counts as a top issue (points are coarse). */
const TOP_SHARE = 0.9;

const COMMON = new Set(
  'with from that this these those their your what which when where more less only also into over under than them they each every other some none must have will would could should about after before between while being been were does make made such very most much many'.split(
    ' ',
  ),
);

const normalise = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
const stem = (w: string) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);
const words = (text: string) => normalise(text).trim().split(' ').filter(Boolean);

function namesOf(issue: Issue): string[] {
  return [issue.title, issue.id.replace(/-/g, ' '), ...issue.options.map((o) => o.label)];
}

/** Distinctive word (stemmed) → issues whose names contain it. */
function distinctiveWords(issues: Issue[]): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const issue of issues)
    for (const name of namesOf(issue))
      for (const w of words(name)) {
        if (w.length < 4 || COMMON.has(w)) continue;
        const s = stem(w);
        byWord.set(s, (byWord.get(s) ?? new Set()).add(issue.id));
      }
  const limit = Math.max(1, Math.floor(issues.length / 3));
  for (const [w, set] of byWord) if (set.size > limit) byWord.delete(w);
  return byWord;
}

/** The sentences of a brief that state a priority (negated phrases skipped). */
export function prioritySentences(brief: string): string[] {
  return brief
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) =>
      PRIORITY_PHRASES.some((re) => {
        const m = re.exec(s);
        return m !== null && !NEGATED.test(s.slice(0, m.index));
      }),
    );
}

/**
 * Issues a sentence names: by title, id written as words or option label (`exact`), and by a
 * distinctive word of those (`loose`, which includes the exact ones).
 */
export function issuesMentioned(
  sentence: string,
  issues: Issue[],
  distinctive = distinctiveWords(issues),
): { exact: Set<string>; loose: Set<string> } {
  const text = normalise(sentence);
  const exact = new Set<string>();
  for (const issue of issues)
    if (namesOf(issue).some((n) => normalise(n).trim() !== '' && text.includes(normalise(n)))) exact.add(issue.id);
  const loose = new Set(exact);
  for (const w of words(sentence)) for (const id of distinctive.get(stem(w)) ?? []) loose.add(id);
  return { exact, loose };
}

function excerpt(s: string): string {
  return s.length <= 140 ? s : `${s.slice(0, 137)}...`;
}

function checkParty(
  party: Party,
  issues: Issue[],
  distinctive: Map<string, Set<string>>,
  say: Say,
): AuthoringWarning | null {
  const { t } = say;
  const spreads = new Map(issues.map((i) => [i.id, spread(party.sheet[i.id])]));
  const widest = Math.max(...spreads.values());
  const top = issues.filter((i) => spreads.get(i.id)! >= TOP_SHARE * widest - EPSILON);
  const isTop = (id: string) => top.some((i) => i.id === id);
  for (const sentence of prioritySentences(party.brief)) {
    const { exact, loose } = issuesMentioned(sentence, issues, distinctive);
    if (exact.size === 0 || [...loose].some(isTop)) continue;
    const mentioned = issues.filter((i) => exact.has(i.id));
    const named = mentioned
      .map((i) => t('authoring.briefIssue', { title: i.title, points: say.num(spreads.get(i.id)!) }))
      .join(', ');
    const best = say.or(top.map((i) => t('authoring.quoted', { text: i.title })));
    return {
      code: 'brief-contradicts-sheet',
      ids: [party.id, ...mentioned.map((i) => i.id)],
      moment: 'always',
      message: t('authoring.briefContradicts', {
        name: party.name,
        id: party.id,
        sentence: excerpt(sentence),
        named,
        widest: say.num(widest),
        best,
      }),
    };
  }
  return null;
}

export function briefWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const distinctive = distinctiveWords(scenario.issues);
  return scenario.parties
    .map((p) => checkParty(p, scenario.issues, distinctive, say))
    .filter((w): w is AuthoringWarning => w !== null);
}
