/**
 * Red lines that hold (Party.redLines, src/scenario/redLines.ts), checked two ways:
 *
 * - `red-line-undeclared`: a confidential brief states a red line in words ("red line", "never
 *   accept", "unthinkable", "non-negotiable", "could never agree", not negated as in "rather than a
 *   red line") and the sentence names options (by label, or by id written as words), none of which
 *   the party declares. A sentence may name several options at once ("an open interface under fifty
 *   state rules"): declaring one of them is enough, since the format declares single options. A
 *   sentence that names no option ("your red line is no deal at all") says nothing checkable.
 * - `red-line-outweighed`: a declared red line that the party's own points can outweigh: some package
 *   crossing it gives the party more than it gets without a deal (its BATNA plus the no-deal
 *   consequence), so gains elsewhere compensate it and the sheet contradicts the red line. Computed
 *   exactly by the analysis over every option that can be on the table (those events add included),
 *   with the scenario's scoring rules and legitimacy consequence as at the start.
 * - `red-lines-close-issue`: the parties every deal needs (those the rule cannot carry a text without: all
 *   under unanimity, the required ones, a veto) have red lines that together cover every option of an issue,
 *   so no text can ever pass, whatever the zone of agreement on the points says (a 40-game tournament of such
 *   a file agreed in none). The loader refuses one party declaring a whole issue; this is several.
 */
import { agreementTableOf, isWinning } from '../analysis/agreementRule.ts';
import { bestPoints } from '../analysis/extremes.ts';
import { disagreementPoints, domainFromScenario } from '../analysis/domain.ts';
import { compileSpace } from '../analysis/space.ts';
import type { Issue, Party, Scenario } from '../scenario/types.ts';
import { EPSILON } from './outcomeSpace.ts';
import { sayIn, type Say } from './say.ts';
import type { AuthoringWarning } from './warning.ts';

const RED_LINE_PHRASES = [
  /\bred lines?\b/i,
  /\bunthinkable\b/i,
  /\bnon-negotiable\b/i,
  /\b(?:never|not|cannot|can't|won't|will not|could never|would never) (?:ever )?(?:accept|agree to|live with|sign)\b/i,
];

/** A negation in the few words before a phrase turns the claim around ("rather than as a red line"). */
const NEGATED = /\b(?:not|no longer|rather than|nor|isn't|aren't)\b[^,;]{0,30}$/i;

const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w))
    .join(' ')} `;

/** The sentences (or clauses after a semicolon) of a brief that state a red line (negated phrases skipped). */
export function redLineSentences(brief: string): string[] {
  return brief
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) =>
      RED_LINE_PHRASES.some((re) => {
        const m = re.exec(s);
        if (m === null) return false;
        // "not accept" is itself a negation: only phrases that do not start with one are checked for it.
        return /^(?:not|never|cannot|can't|won't|will not|could never|would never)\b/i.test(m[0])
          ? true
          : !NEGATED.test(s.slice(0, m.index));
      }),
    );
}

/** The options (as issue/option) a sentence names by label or by id written as words. */
export function optionsNamed(sentence: string, issues: readonly Issue[]): { issue: string; option: string }[] {
  const text = normalise(sentence);
  const out: { issue: string; option: string }[] = [];
  for (const issue of issues)
    for (const o of issue.options) {
      const names = [o.label, o.id.replace(/-/g, ' ')].map(normalise).filter((n) => n.trim().length > 0);
      if (names.some((n) => text.includes(n))) out.push({ issue: issue.id, option: o.id });
    }
  return out;
}

const excerpt = (s: string): string => (s.length <= 140 ? s : `${s.slice(0, 137)}...`);

function label(scenario: Scenario, issue: string, option: string, { t }: Say): string {
  const i = scenario.issues.find((x) => x.id === issue);
  return t('authoring.optionRef', { label: i?.options.find((o) => o.id === option)?.label ?? option, issue, option });
}

function undeclared(scenario: Scenario, party: Party, say: Say): AuthoringWarning[] {
  const out: AuthoringWarning[] = [];
  const declared = (r: { issue: string; option: string }) =>
    party.redLines.some((d) => d.issue === r.issue && d.option === r.option);
  for (const sentence of redLineSentences(party.brief)) {
    const named = optionsNamed(sentence, scenario.issues);
    if (named.length === 0 || named.some(declared)) continue;
    const which = say.or(named.map((r) => label(scenario, r.issue, r.option, say)));
    out.push({
      code: 'red-line-undeclared',
      ids: [party.id, ...named.map((r) => `${r.issue}/${r.option}`)],
      moment: 'always',
      message: say.t('authoring.redLineUndeclared', {
        name: party.name,
        id: party.id,
        sentence: excerpt(sentence),
        options: which,
      }),
    });
  }
  return out;
}

function outweighed(scenario: Scenario, party: Party, p: number, say: Say): AuthoringWarning[] {
  const out: AuthoringWarning[] = [];
  for (const line of party.redLines) {
    const availability: Record<string, Record<string, boolean>> = {};
    for (const issue of scenario.issues)
      availability[issue.id] = Object.fromEntries(
        issue.options.map((o) => [o.id, issue.id !== line.issue || o.id === line.option]),
      );
    const domain = domainFromScenario(scenario, { availability, round: 1 });
    let best: number;
    try {
      best = bestPoints(compileSpace(domain), p);
    } catch (e) {
      if (e instanceof RangeError) continue; // the outcome space cannot be analysed: outcome-not-analysed says so
      throw e;
    }
    const without = disagreementPoints(domain, p);
    if (best <= without + EPSILON) continue;
    out.push({
      code: 'red-line-outweighed',
      ids: [party.id, `${line.issue}/${line.option}`],
      moment: 'start',
      message: say.t('authoring.redLineOutweighed', {
        name: party.name,
        id: party.id,
        option: label(scenario, line.issue, line.option, say),
        best: say.num(Math.round(best * 100) / 100),
        without: say.num(Math.round(without * 100) / 100),
      }),
    });
  }
  return out;
}

/** The parties every deal needs: with all the others backing a text and this one objecting, it cannot pass. */
function neededParties(scenario: Scenario): Party[] {
  const table = agreementTableOf(
    scenario.agreement,
    scenario.parties.map((p) => ({ id: p.id, influence: p.influence, veto: p.veto, atTable: true })),
    [],
  );
  const everyone = scenario.parties.map((p) => p.id);
  return scenario.parties.filter(
    (p) =>
      !isWinning(
        table,
        everyone.filter((id) => id !== p.id),
      ),
  );
}

function closedIssues(scenario: Scenario, say: Say): AuthoringWarning[] {
  const needed = neededParties(scenario);
  const out: AuthoringWarning[] = [];
  for (const issue of scenario.issues) {
    const barring = issue.options.map((o) =>
      needed.filter((p) => p.redLines.some((r) => r.issue === issue.id && r.option === o.id)),
    );
    // One party barring them all is the loader's error; several together, this warning.
    const parties = needed.filter((p) => barring.some((b) => b.includes(p)));
    if (barring.some((b) => b.length === 0) || parties.length < 2) continue;
    out.push({
      code: 'red-lines-close-issue',
      ids: [issue.id, ...parties.map((p) => p.id)],
      moment: 'always',
      message: say.t('authoring.redLinesCloseIssue', {
        issue: issue.title,
        id: issue.id,
        parties: say.and(parties.map((p) => p.name)),
        lines: issue.options
          .map((o, k) =>
            say.t('authoring.redLineOf', { option: o.label, parties: say.and(barring[k]!.map((p) => p.name)) }),
          )
          .join(say.t('authoring.semicolon')),
      }),
    });
  }
  return out;
}

export function redLineWarnings(scenario: Scenario, say: Say = sayIn()): AuthoringWarning[] {
  return [
    ...scenario.parties.flatMap((party, p) => [
      ...undeclared(scenario, party, say),
      ...outweighed(scenario, party, p, say),
    ]),
    ...closedIssues(scenario, say),
  ];
}
