/**
 * One analysis of a domain, as plain data for the command line, the debrief and the authoring
 * report: outcome-space size, frontier, reference points with every party's points, zone of
 * agreement and logroll opportunities.
 */
import type { RunControl } from './control.ts';
import { kalaiSmorodinsky, type ReferencePoint } from './bargaining.ts';
import { referencePoints } from './deal.ts';
import { disagreementPoints, type Domain } from './domain.ts';
import { paretoFrontier, type Frontier } from './frontier.ts';
import { priorityLogrolls, type PriorityLogroll } from './leftOnTable.ts';
import { choiceOfIndex, compileSpace, pointsOfIndex, type Space } from './space.ts';
import { zoneOfAgreement, type Zopa } from './zopa.ts';

export interface PackageReport {
  index: number;
  options: { issueId: string; issueTitle: string; optionId: string; label: string }[];
  points: { partyId: string; name: string; points: number; disagreement: number }[];
}

export interface AnalysisReport {
  packages: number;
  /**
   * `shortfallIgnoresLegitimacy`: the approximation's bound leaves out the social licence (frontier.ts): a package
   * left out may keep it where the one listed near it does not, and differ by its consequence as well.
   */
  frontier: { size: number; exact: boolean; maxShortfall: number; shortfallIgnoresLegitimacy: boolean } | null;
  nash: PackageReport | null;
  kalaiSmorodinsky: PackageReport | null;
  maxJointGain: PackageReport | null;
  egalitarian: PackageReport | null;
  zone: {
    rule: Zopa['rule'];
    exists: boolean;
    coalitions: { members: string[]; feasible: boolean; package: PackageReport | null }[];
  };
  logrolls: PriorityLogroll[];
}

export function describePackage(space: Space, index: number | null): PackageReport | null {
  if (index === null) return null;
  const domain = space.domain;
  const choice = choiceOfIndex(space, index);
  const pts = [...pointsOfIndex(space, index)];
  return {
    index,
    options: domain.issues.map((issue, i) => {
      const o = issue.options[choice[i]!]!;
      return { issueId: issue.id, issueTitle: issue.title, optionId: o.id, label: o.label };
    }),
    points: domain.parties.map((p, k) => ({
      partyId: p.id,
      name: p.name,
      points: pts[k]!,
      disagreement: disagreementPoints(domain, k),
    })),
  };
}

/** The steps of an analysis, in order (each may report its progress separately). */
export type AnalysisStep = 'frontier' | 'bargaining' | 'zone';

/** Above this many packages an outcome space is large: its frontier is kept to LARGE_FRONTIER_BUDGET. */
export const LARGE_SPACE = 2_000_000;
/**
 * The frontier's budget for large spaces: beyond it the analysis thins it to an ε-approximation.
 * 200,000 keeps 10^7-package scenarios exact (issue 17: 8^8 packages, 6 parties, a frontier of
 * 37,142 in about 0.6 s on one core; 20,000 made it approximate) and bounds the memory.
 */
export const LARGE_FRONTIER_BUDGET = 200_000;
/**
 * The frontier budget of a space of `packages`: the same wherever a scenario is analysed (the instructor view,
 * the debrief's chart, the command line), or their figures for one file differ (the command line, with the
 * default 2,000,000, ran for over ten minutes on 8 parties × 12 issues × 8 options, silently).
 */
export function frontierBudget(packages: number): { maxFrontier?: number } {
  return packages > LARGE_SPACE ? { maxFrontier: LARGE_FRONTIER_BUDGET } : {};
}

export interface AnalyseOptions extends RunControl {
  /** Frontier budget (see frontier.ts): beyond it the frontier is an ε-approximation. */
  maxFrontier?: number;
  /** The run control of each step (progress, cancelling); default: these options for every step. */
  stepControl?: (step: AnalysisStep) => RunControl;
}

/** The analysis report and the frontier it summarises (for callers that list its packages). */
export interface SpaceAnalysis {
  report: AnalysisReport;
  frontier: Frontier;
}

/** The one analysis of an outcome space: the CLI, the debrief, the authoring report and the instructor view read it. */
export function analyseSpace(space: Space, options: AnalyseOptions = {}): SpaceAnalysis {
  const control = options.stepControl ?? (() => options);
  const frontier = paretoFrontier(space, {
    ...control('frontier'),
    ...(options.maxFrontier !== undefined ? { maxFrontier: options.maxFrontier } : {}),
  });
  const refs = referencePoints(space, control('bargaining'));
  const ks = kalaiSmorodinsky(space, undefined, control('bargaining'));
  const zone = zoneOfAgreement(space, control('zone'));
  const d = (r: ReferencePoint) => describePackage(space, r.index);
  const domain = space.domain;
  const report: AnalysisReport = {
    packages: space.size,
    frontier: {
      size: frontier.size,
      exact: frontier.exact,
      maxShortfall: frontier.maxShortfall,
      shortfallIgnoresLegitimacy: frontier.shortfallIgnoresLegitimacy,
    },
    nash: d(refs.nash),
    kalaiSmorodinsky: d(ks),
    maxJointGain: d(refs.maxJoint),
    egalitarian: d(refs.egalitarian),
    zone: {
      rule: zone.rule,
      exists: zone.exists,
      coalitions: zone.coalitions.map((c) => ({
        members: c.members.map((p) => domain.parties[p]!.id),
        feasible: c.feasible,
        package: c.package ? d(c.package) : null,
      })),
    },
    logrolls: priorityLogrolls(space),
  };
  return { report, frontier };
}

export function analyseDomain(domain: Domain, options: AnalyseOptions = {}): AnalysisReport {
  return analyseSpace(compileSpace(domain), options).report;
}
