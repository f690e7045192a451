/**
 * Scores. For each party:
 * - points: with an agreement, `packagePoints` of src/analysis for the agreed package on the game's
 *   domain (gameDomain.ts: sheets as events changed them, BATNAs, options on the table, legitimacy
 *   as it stands, the round of agreement), so the engine and the analysis cannot disagree. It is
 *   the sheet, plus every scoring rule naming the party whose condition holds, plus the legitimacy
 *   consequence if the deal's legitimacy is under the threshold (no social licence). A party that
 *   walked away gets its BATNA when the deal binds only those who stayed, the deal's points when it
 *   binds every party (`agreement.binds`). Without a deal: BATNA + the agreement.noDeal consequence.
 * - outcome 0..100: where the points lie between the worst and best points possible for the party:
 *   the exact extremes over the packages on the table (src/analysis/extremes.ts), each compared with
 *   the BATNA and the no-deal points (and the points themselves, should the deal hold an option
 *   withdrawn since). When the outcome space cannot be analysed, safe bounds (`pointBounds`).
 * - surplus: points − BATNA.
 * - process 0..100: the mean of credibility, the rigour of the evidence it presented (weak 20,
 *   moderate 60, strong 100; exposed evidence counts 0; 50 when it presented none) and the mean trust
 *   the other parties hold in it.
 * - final: outcome and process mixed with scenario.scoring's weights (default 80/20).
 * Every figure comes with lines `{ label, points }` that sum to it. The report's `collective` part
 * (collective.ts) judges the outcome for the table as a whole.
 */
import { bindsParty } from '../analysis/agreementRule.ts';
import type { PackageBreakdown, Domain } from '../analysis/domain.ts';
import { packageBreakdown } from '../analysis/domain.ts';
import type { Translate } from '../i18n/index.ts';
import type { Package, Party, Rigour } from '../scenario/types.ts';
import { collectiveScore } from './collective.ts';
import { compile } from './compiled.ts';
import { clamp, tidy } from './draft.ts';
import { analysisOf, domainOf } from './gameDomain.ts';
import { say } from './narrate.ts';
import { effectiveBatna, pointsFor } from './queries.ts';
import type { GameState, PackagePreview, PartyScore, ScoreLine, ScoreReport } from './types.ts';

const RIGOUR_SCORE: Record<Rigour, number> = { weak: 20, moderate: 60, strong: 100 };
const sum = (lines: ScoreLine[]): number => tidy(lines.reduce((t, l) => t + l.points, 0));

/**
 * The explanation of party `p`'s points in a breakdown, line by line in the order packagePoints adds
 * them up: one line per issue, one per scoring rule that held, the legitimacy consequence.
 */
function breakdownLines(state: GameState, domain: Domain, b: PackageBreakdown, p: number): ScoreLine[] {
  const t = say(state);
  const party = domain.parties[p]!.id;
  const lines: ScoreLine[] = domain.issues.map((issue, i) => {
    const option = issue.options[b.choice[i]!];
    const label = option
      ? t('debrief.score.issue', { issue: issue.title, option: option.label })
      : t('debrief.score.issueNoOption', { issue: issue.title });
    return { label, points: tidy(b.sheet[p]![i]!) };
  });
  for (const r of b.rulesHeld) {
    const rule = domain.rules[r]!;
    for (const q of rule.parties) if (q === p) lines.push({ label: rule.description, points: rule.points });
  }
  const { threshold, consequence } = state.scenario.legitimacy;
  const lost = consequence?.points?.[party];
  if (b.consequenceApplies && lost !== undefined)
    lines.push({
      label: t('debrief.score.noSocialLicence', {
        legitimacy: tidy(b.legitimacy),
        threshold,
        consequence: consequence?.description ?? '',
      }),
      points: lost,
    });
  return lines;
}

/** Adds a rounding line when the tidied lines do not add up to the (tidied) total. */
function balanced(t: Translate, lines: ScoreLine[], total: number): ScoreLine[] {
  const gap = tidy(total - sum(lines));
  return gap === 0 ? lines : [...lines, { label: t('debrief.score.rounding'), points: gap }];
}

/**
 * A party's points for a package agreed in `round`, explained: its sheet, the scoring rules, the
 * social licence. The lines sum to `packagePoints` on the game's domain. Lenient, for previews of
 * half-made packages: an issue without a known option counts 0. An unknown party gets no lines.
 */
export function packageLines(state: GameState, party: string, pkg: Package, round: number): ScoreLine[] {
  const domain = domainOf(state, round);
  const p = domain.parties.findIndex((q) => q.id === party);
  if (p < 0) return [];
  const b = packageBreakdown(domain, pkg);
  return balanced(say(state), breakdownLines(state, domain, b, p), tidy(b.points[p]!));
}

/**
 * What `party` would get if `pkg` were agreed in `round` (default: now): its points and the lines
 * explaining them (`packageLines`). For the package builder's live preview, so `pkg` may be partial
 * (an issue without a known option counts 0). Only the party's own figures: show it to that party
 * alone. Throws on an id that is not a party of the scenario (a caller bug, as in viewFor).
 */
export function previewPackage(
  state: GameState,
  party: string,
  pkg: Package,
  round: number = state.round,
): PackagePreview {
  if (!compile(state.scenario).partyById.has(party))
    throw new Error(
      `previewPackage: unknown party "${party}" (this scenario's parties: ${compile(state.scenario).partyIds.join(', ')})`,
    );
  const lines = packageLines(state, party, pkg, round);
  return { points: sum(lines), lines };
}

function noDealLines(state: GameState, party: Party, withConsequence: boolean): ScoreLine[] {
  const t = say(state);
  const lines: ScoreLine[] = [
    {
      label: t('debrief.score.batna', { description: party.batna.description }),
      points: effectiveBatna(state, party.id),
    },
  ];
  const noDeal = state.scenario.agreement.noDeal;
  const extra = noDeal?.points?.[party.id];
  if (withConsequence && noDeal && extra !== undefined)
    lines.push({ label: t('debrief.score.noDeal', { description: noDeal.description }), points: extra });
  return lines;
}

/**
 * Safe lower and upper bounds of a party's points over every possible outcome (per issue the
 * extreme options, every rule, the consequence), for when the outcome space cannot be analysed.
 */
export function pointBounds(state: GameState, party: Party): { worst: number; best: number } {
  let lo = 0;
  let hi = 0;
  for (const issue of state.scenario.issues) {
    let mn = Infinity;
    let mx = -Infinity;
    for (const o of issue.options) {
      const v = pointsFor(state, party.id, issue.id, o.id);
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    lo += mn;
    hi += mx;
  }
  for (const rule of state.scenario.scoringRules) {
    if (!rule.parties.includes(party.id)) continue;
    if (rule.points < 0) lo += rule.points;
    else hi += rule.points;
  }
  const legit = state.scenario.legitimacy.consequence?.points?.[party.id] ?? 0;
  lo += Math.min(0, legit);
  hi += Math.max(0, legit);
  const batna = effectiveBatna(state, party.id);
  const noDeal = state.scenario.agreement.noDeal?.points?.[party.id] ?? 0;
  return { worst: tidy(Math.min(lo, batna, batna + noDeal)), best: tidy(Math.max(hi, batna, batna + noDeal)) };
}

function processLines(state: GameState, party: string): ScoreLine[] {
  const t = say(state);
  const credibility = state.credibility[party] ?? 0;
  const used: number[] = [];
  for (const id of Object.keys(state.presented)) {
    const p = state.presented[id];
    if (!p || p.by !== party) continue;
    const ev = compile(state.scenario).evidenceById.get(id);
    if (!ev) continue;
    used.push(p.challenge?.outcome === 'exposed' ? 0 : RIGOUR_SCORE[ev.rigour]);
  }
  const rigour = used.length === 0 ? 50 : used.reduce((a, b) => a + b, 0) / used.length;
  const others = compile(state.scenario).partyIds.filter((q) => q !== party);
  const trust =
    others.length === 0 ? 50 : others.reduce((t, q) => t + (state.trust[q]?.[party] ?? 50), 0) / others.length;
  const third = (v: number) => tidy(v / 3);
  return [
    { label: t('debrief.score.credibility', { value: tidy(credibility) }), points: third(credibility) },
    {
      label: used.length === 0 ? t('debrief.score.noEvidence') : t('debrief.score.rigour', { value: tidy(rigour) }),
      points: third(rigour),
    },
    { label: t('debrief.score.trust', { value: tidy(trust) }), points: third(trust) },
  ];
}

/** Whether an agreement binds this party (`bindsParty`, the agreement rule's file). */
export function bound(state: GameState, party: string): boolean {
  return bindsParty(state.scenario.agreement.binds, !state.left.includes(party));
}

/** The weights the final score mixes outcome and process with: the scenario's, or 80/20 where both are 0. */
function mixingWeights(given: { outcome: number; process: number }): { outcome: number; process: number } {
  return given.outcome + given.process > 0 ? given : { outcome: 80, process: 20 };
}

/**
 * The share in percent (to one decimal) that outcome and process each take of the final score, as `score` mixes
 * them: in proportion to the scenario's weights, which need not add up to 100 (each is 0–100), so the debriefs do
 * not write weights of 60 and 60 as "60% outcome + 60% process" for a score mixed half and half.
 */
export function finalScoreShares(given: { outcome: number; process: number }): { outcome: number; process: number } {
  const w = mixingWeights(given);
  const outcome = Math.round((w.outcome * 1000) / (w.outcome + w.process)) / 10;
  return { outcome, process: Math.round((100 - outcome) * 10) / 10 };
}

export function score(state: GameState): ScoreReport {
  const t = say(state);
  const weights = mixingWeights(state.scenario.scoring);
  const wSum = weights.outcome + weights.process;
  const outcome = state.outcome;
  // Conditions on "the round of agreement" are read at that round (or where the game stands).
  const analysis = analysisOf(state, outcome?.round ?? state.round);
  const domain = analysis.domain;
  const agreed = outcome?.kind === 'agreement' ? packageBreakdown(domain, outcome.package) : null;
  const extremes = analysis.extremes;
  const parties: Record<string, PartyScore> = {};
  state.scenario.parties.forEach((party, p) => {
    let lines: ScoreLine[];
    let points: number;
    if (agreed && bound(state, party.id)) {
      points = tidy(agreed.points[p]!);
      lines = balanced(t, breakdownLines(state, domain, agreed, p), points);
    } else {
      lines = noDealLines(state, party, outcome?.kind !== 'agreement');
      points = sum(lines);
    }
    const batna = effectiveBatna(state, party.id);
    const noDeal = batna + (state.scenario.agreement.noDeal?.points?.[party.id] ?? 0);
    const bounds = extremes ? { worst: extremes.worst[p]!, best: extremes.best[p]! } : pointBounds(state, party);
    const worst = tidy(Math.min(bounds.worst, batna, noDeal, points));
    const best = tidy(Math.max(bounds.best, batna, noDeal, points));
    const normalised = best > worst ? tidy(clamp(((points - worst) / (best - worst)) * 100, 0, 100)) : 50;
    const pLines = processLines(state, party.id);
    const process = clamp(sum(pLines), 0, 100);
    const finalLines: ScoreLine[] = [
      {
        label: t('debrief.score.outcome', { value: normalised, weight: tidy((weights.outcome * 100) / wSum) }),
        points: tidy((normalised * weights.outcome) / wSum),
      },
      {
        label: t('debrief.score.process', { value: process, weight: tidy((weights.process * 100) / wSum) }),
        points: tidy((process * weights.process) / wSum),
      },
    ];
    parties[party.id] = {
      party: party.id,
      points,
      lines,
      batna,
      surplus: tidy(points - batna),
      worst,
      best,
      outcome: normalised,
      process,
      processLines: pLines,
      final: clamp(sum(finalLines), 0, 100),
      finalLines,
    };
  });
  // The table is judged over every party at what it really gets: a party that walked away from a deal
  // that binds only those who stayed is counted at its BATNA.
  const collective = collectiveScore(
    state,
    analysis,
    agreed ? state.scenario.parties.map((p) => parties[p.id]!.points) : null,
    outcome?.kind === 'agreement' ? outcome.package : null,
  );
  return { provisional: state.status === 'running', outcome, weights, parties, collective };
}
