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
 *
 * And does a brief insist on an option its own sheet scores lowest on the issue (`brief-insists-on-lowest`)? The
 * trainee argues for what costs them points. Read only where the brief clearly tells the party itself to get the
 * option: "you must have/get/secure/obtain/keep/win", "you have to/need to …" with those verbs, "you insist on",
 * "Insist on" opening a clause, "you cannot do/live without", with an option's label (or id written as words)
 * beginning within three words after the phrase. Not "red line", which in the briefs names what a party refuses
 * (checked as `red-line-undeclared`); not another party's demands ("the university insists on open data"); not
 * "you need", which as often names what the others should give up ("you need them to drop open data").
 *
 * And does a brief offer to trade the issue its sheet makes most important (`brief-trades-top-issue`)? "You can
 * trade on X", "what you can trade: X", "you care little/less about X", "X matters little/less to you", "X costs you
 * little/nothing", "you can give way on X", with X an issue the clause names (as above, exactly) whose spread is
 * among the widest; the trainee gives away what the score is mostly made of. The spread here leaves out the
 * party's declared red-line options, which are never traded; the clause stops at "if", "provided", "as long as",
 * "so long as" and "unless", since a condition names what must be kept ("recognition, if the setting stays yours").
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

/** A brief's sentences (and lines), trimmed. */
const sentencesOf = (brief: string): string[] => brief.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim());

/** The sentences of a brief that state a priority (negated phrases skipped). */
export function prioritySentences(brief: string): string[] {
  return sentencesOf(brief).filter((s) =>
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

const INSISTS = [
  /\byou (?:must|have to|need to) (?:have|get|secure|obtain|keep|win)\b/i,
  /\byou (?:also |still )?insist on\b/i,
  /(?:^|[:;]\s*)insist on\b/i,
  /\byou (?:cannot|can't|could not|could never) (?:do|live) without\b/i,
];

/** How many words may stand between the phrase and the option's name ("a", "the full", "at least a"). */
const INSIST_GAP = 3;

/** The option a sentence insists on (the longest name beginning nearest after an insisting phrase), or null. */
export function optionInsistedOn(sentence: string, issues: Issue[]): { issue: Issue; option: string } | null {
  for (const re of INSISTS) {
    const m = re.exec(sentence);
    if (m === null) continue;
    const after = words(sentence.slice(m.index + m[0].length)).map(stem);
    for (let gap = 0; gap <= INSIST_GAP && gap < after.length; gap++) {
      const rest = ` ${after.slice(gap).join(' ')} `;
      let found: { issue: Issue; option: string; length: number } | null = null;
      for (const issue of issues)
        for (const o of issue.options)
          for (const name of [o.label, o.id.replace(/-/g, ' ')]) {
            const n = words(name).map(stem).join(' ');
            if (n !== '' && rest.startsWith(` ${n} `) && n.length > (found?.length ?? 0))
              found = { issue, option: o.id, length: n.length };
          }
      if (found) return { issue: found.issue, option: found.option };
    }
  }
  return null;
}

function insistsOnLowest(party: Party, issues: Issue[], say: Say): AuthoringWarning | null {
  for (const sentence of sentencesOf(party.brief)) {
    const insisted = optionInsistedOn(sentence, issues);
    if (insisted === null) continue;
    const { issue, option } = insisted;
    const row = party.sheet[issue.id] ?? {};
    const points = row[option] ?? 0;
    const values = issue.options.map((o) => row[o.id] ?? 0);
    const most = Math.max(...values);
    if (points > Math.min(...values) + EPSILON || most - points <= EPSILON) continue;
    const best = issue.options.filter((o) => (row[o.id] ?? 0) >= most - EPSILON);
    const ref = (id: string) =>
      say.t('authoring.optionRef', {
        label: issue.options.find((o) => o.id === id)?.label ?? id,
        issue: issue.id,
        option: id,
      });
    return {
      code: 'brief-insists-on-lowest',
      ids: [party.id, `${issue.id}/${option}`],
      moment: 'always',
      message: say.t('authoring.briefInsistsOnLowest', {
        name: party.name,
        id: party.id,
        sentence: excerpt(sentence),
        option: ref(option),
        issue: issue.title,
        points: say.num(points),
        most: say.num(most),
        best: say.or(best.map((o) => ref(o.id))),
      }),
    };
  }
  return null;
}

const TRADES = [
  /\byou (?:can|could) (?:also )?(?:trade|give way)(?: on)?\b/i,
  /\bwhat you can trade\b/i,
  /\byou care (?:little|less)\b/i,
  /\b(?:matters?|mean) (?:little|less) to you\b/i,
  /\bcosts? you (?:little|nothing)\b/i,
];

/** A condition ends what a trade clause offers: what follows names what must be kept. */
const CONDITION = /\b(?:if|provided|as long as|so long as|unless)\b/i;

/** The issues a brief's sentence offers to trade (named exactly in the clause after a trading phrase). */
export function issuesTraded(sentence: string, issues: Issue[]): Set<string> {
  const out = new Set<string>();
  for (const re of TRADES) {
    const m = re.exec(sentence);
    if (m === null) continue;
    // "X matters little to you": the issue comes before the phrase, in the same clause.
    const before =
      sentence
        .slice(0, m.index)
        .split(/[;:]|, and\b|\band\b/)
        .pop() ?? '';
    let after = sentence.slice(m.index + m[0].length);
    const c = CONDITION.exec(after);
    if (c) after = after.slice(0, c.index);
    const clause = /matter|mean|cost/.test(m[0]) ? `${before} ${after}` : after;
    for (const id of issuesMentioned(clause, issues).exact) out.add(id);
  }
  return out;
}

function tradesTopIssue(party: Party, issues: Issue[], say: Say): AuthoringWarning | null {
  const barred = (issue: string, option: string) =>
    party.redLines.some((r) => r.issue === issue && r.option === option);
  const spreadOf = (issue: Issue) => {
    const row = party.sheet[issue.id] ?? {};
    const values = issue.options.filter((o) => !barred(issue.id, o.id)).map((o) => row[o.id] ?? 0);
    return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
  };
  const spreads = new Map(issues.map((i) => [i.id, spreadOf(i)]));
  const widest = Math.max(...spreads.values());
  if (widest <= EPSILON) return null;
  const isTop = (id: string) => spreads.get(id)! >= TOP_SHARE * widest - EPSILON;
  if (issues.every((i) => isTop(i.id))) return null;
  for (const sentence of sentencesOf(party.brief)) {
    const traded = issuesTraded(sentence, issues);
    const issue = issues.find((i) => traded.has(i.id) && isTop(i.id));
    if (!issue) continue;
    const others = issues.filter((i) => !isTop(i.id));
    return {
      code: 'brief-trades-top-issue',
      ids: [party.id, issue.id],
      moment: 'always',
      message: say.t('authoring.briefTradesTopIssue', {
        name: party.name,
        id: party.id,
        sentence: excerpt(sentence),
        issue: issue.title,
        points: say.num(spreads.get(issue.id)!),
        others: say.or(
          others.map((i) => say.t('authoring.briefIssue', { title: i.title, points: say.num(spreads.get(i.id)!) })),
        ),
      }),
    };
  }
  return null;
}

export function briefWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  const distinctive = distinctiveWords(scenario.issues);
  return scenario.parties
    .flatMap((p) => [
      checkParty(p, scenario.issues, distinctive, say),
      insistsOnLowest(p, scenario.issues, say),
      tradesTopIssue(p, scenario.issues, say),
    ])
    .filter((w): w is AuthoringWarning => w !== null);
}
