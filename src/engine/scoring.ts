/**
 * Scores. For each party:
 * - points: with an agreement, its sheet (as events changed it) for the agreed package, plus every
 *   scenario scoring rule naming it whose condition holds (context: the agreed package, its
 *   legitimacy, the round of agreement), plus the legitimacy consequence if the deal's legitimacy is
 *   under the scenario's threshold (no social licence). A party that walked away gets its BATNA.
 *   Without a deal: BATNA + the agreement.noDeal consequence.
 * - outcome 0..100: where the points lie between the worst and best points possible for the party.
 *   The bounds are safe, not exact: per issue the lowest/highest option on its sheet (every option,
 *   since events may add some), plus every negative/positive rule naming it, plus the legitimacy
 *   consequence if negative/positive, against its BATNA with and without the no-deal consequence.
 *   (src/analysis may later provide exact extremes.)
 * - surplus: points − BATNA.
 * - process 0..100: the mean of credibility, the rigour of the evidence it presented (weak 20,
 *   moderate 60, strong 100; exposed evidence counts 0; 50 when it presented none) and the mean trust
 *   the other parties hold in it.
 * - final: outcome and process mixed with scenario.scoring's weights (default 80/20).
 * Every figure comes with lines `{ label, points }` that sum to it.
 */
import { holds } from '../scenario/conditions.ts';
import type { Package, Party, Rigour } from '../scenario/types.ts';
import { compile } from './compiled.ts';
import { clamp, tidy } from './draft.ts';
import { conditionContext, effectiveBatna, pointsFor } from './queries.ts';
import type { GameState, PartyScore, ScoreLine, ScoreReport } from './types.ts';

const RIGOUR_SCORE: Record<Rigour, number> = { weak: 20, moderate: 60, strong: 100 };
const sum = (lines: ScoreLine[]): number => tidy(lines.reduce((t, l) => t + l.points, 0));

/** A party's points for a package agreed in `round`: its sheet, the scoring rules, the social licence. */
export function packageLines(state: GameState, party: string, pkg: Package, round: number): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const issue of state.scenario.issues) {
    const option = pkg[issue.id];
    const label = issue.options.find((o) => o.id === option)?.label ?? String(option);
    lines.push({ label: `${issue.title}: ${label}`, points: tidy(pointsFor(state, party, issue.id, option ?? '')) });
  }
  const ctx = conditionContext(state, pkg, round);
  for (const rule of state.scenario.scoringRules)
    if (rule.parties.includes(party) && holds(rule.when, ctx)) lines.push({ label: rule.description, points: rule.points });
  const { threshold, consequence } = state.scenario.legitimacy;
  const legit = ctx.legitimacy ?? 50;
  const lost = consequence?.points?.[party];
  if (legit < threshold && lost !== undefined)
    lines.push({ label: `No social licence (public legitimacy ${tidy(legit)} under ${threshold}): ${consequence?.description ?? ''}`, points: lost });
  return lines;
}

function noDealLines(state: GameState, party: Party, withConsequence: boolean): ScoreLine[] {
  const lines: ScoreLine[] = [{ label: `BATNA: ${party.batna.description}`, points: effectiveBatna(state, party.id) }];
  const noDeal = state.scenario.agreement.noDeal;
  const extra = noDeal?.points?.[party.id];
  if (withConsequence && noDeal && extra !== undefined) lines.push({ label: `No deal: ${noDeal.description}`, points: extra });
  return lines;
}

/** Safe lower and upper bounds of a party's points over every possible outcome. */
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
  const trust = others.length === 0 ? 50 : others.reduce((t, q) => t + (state.trust[q]?.[party] ?? 50), 0) / others.length;
  const third = (v: number) => tidy(v / 3);
  return [
    { label: `Credibility ${tidy(credibility)}/100 (a third)`, points: third(credibility) },
    {
      label: used.length === 0 ? 'Evidence: none presented, neutral 50/100 (a third)' : `Rigour of the evidence presented ${tidy(rigour)}/100 (a third)`,
      points: third(rigour),
    },
    { label: `Trust the others hold in you ${tidy(trust)}/100 (a third)`, points: third(trust) },
  ];
}

export function score(state: GameState): ScoreReport {
  const weightsGiven = state.scenario.scoring;
  const total = weightsGiven.outcome + weightsGiven.process;
  const weights = total > 0 ? weightsGiven : { outcome: 80, process: 20 };
  const wSum = weights.outcome + weights.process;
  const outcome = state.outcome;
  const parties: Record<string, PartyScore> = {};
  for (const party of state.scenario.parties) {
    let lines: ScoreLine[];
    if (outcome?.kind === 'agreement' && !state.left.includes(party.id)) lines = packageLines(state, party.id, outcome.package, outcome.round);
    else lines = noDealLines(state, party, outcome?.kind !== 'agreement');
    const points = sum(lines);
    const batna = effectiveBatna(state, party.id);
    const { worst, best } = pointBounds(state, party);
    const normalised = best > worst ? tidy(clamp(((points - worst) / (best - worst)) * 100, 0, 100)) : 50;
    const pLines = processLines(state, party.id);
    const process = clamp(sum(pLines), 0, 100);
    const finalLines: ScoreLine[] = [
      { label: `Outcome ${normalised}/100 × ${tidy((weights.outcome * 100) / wSum)}%`, points: tidy((normalised * weights.outcome) / wSum) },
      { label: `Process ${process}/100 × ${tidy((weights.process * 100) / wSum)}%`, points: tidy((process * weights.process) / wSum) },
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
  }
  return { provisional: state.status === 'running', outcome, weights, parties };
}
