/**
 * What the instructor view shows of the outcome space, computed in a Web Worker
 * (instructorWorker.ts): its size, the Pareto frontier, the Nash and Kalai–Smorodinsky points, the
 * packages of maximum joint gain and the egalitarian package (each with every party's points), the
 * zone of agreement under the scenario's rule, and the authoring report's warnings. Pure: the unit
 * tests call it on Node.
 *
 * The moment analysed is play as it starts (round 1, after any round-1 event), the same moment the
 * authoring report's "start" warnings speak of. The figures are the analysis report's (one
 * computation, `analyseSpace` in analysis/report.ts); this adds the progress steps and lists every
 * package of maximum joint gain.
 */
import type { RunControl } from '../../analysis/index.ts';
import {
  analyseSpace,
  compileSpace,
  describePackage,
  domainFromScenario,
  frontierBudget,
} from '../../analysis/index.ts';
import type { AnalysisStep, PackageReport, Space } from '../../analysis/index.ts';
import { analysedMoments, authoringReport } from '../../authoring/index.ts';
import type { AuthoringWarning } from '../../authoring/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Scenario } from '../../scenario/types.ts';

/** At most this many packages of maximum joint gain are listed (ties are rare; more is noise). */
export const MAX_JOINT_LISTED = 5;

export interface ZoneReport {
  rule: 'unanimity' | 'majority' | 'weighted-majority';
  exists: boolean;
  /** Minimal winning coalitions (party ids), feasible first, each with its members' Nash package. */
  coalitions: { members: string[]; feasible: boolean; package: PackageReport | null }[];
}

export interface OutcomeAnalysis {
  packages: number;
  /** As the analysis report's (src/analysis/report.ts), `shortfallIgnoresLegitimacy` with it. */
  frontier: { size: number; exact: boolean; maxShortfall: number; shortfallIgnoresLegitimacy: boolean };
  nash: PackageReport | null;
  kalaiSmorodinsky: PackageReport | null;
  /** Every package with the largest sum of points (up to MAX_JOINT_LISTED). */
  maxJointGain: PackageReport[];
  egalitarian: PackageReport | null;
  zone: ZoneReport;
}

export interface InstructorAnalysis {
  /** The round analysed and the events already fired then. */
  moment: { round: number; fired: string[] };
  /** Null when the analysis refuses the outcome space (then `refused` says why). */
  outcome: OutcomeAnalysis | null;
  refused: string | null;
  warnings: AuthoringWarning[];
}

/**
 * Progress of the whole analysis: step k of n (1-based), which step (named on the page in the user's
 * language, protocolRefusals.steps), and the work done within it.
 */
export type InstructorProgress = (
  step: number,
  steps: number,
  label: InstructorStep,
  done: number,
  total: number,
) => void;

export const STEPS = ['space', 'frontier', 'bargaining', 'zone', 'warnings'] as const;
export type InstructorStep = (typeof STEPS)[number];

/** The packages of maximum joint gain: the frontier lists packages by decreasing sum, so the ties come first. */
function maxJointPackages(
  space: Space,
  frontier: ReturnType<typeof analyseSpace>['frontier'],
  best: number | null,
): PackageReport[] {
  if (best === null) return [];
  const P = space.nParties;
  const out: PackageReport[] = [];
  let bestSum = -Infinity;
  for (let k = 0; k < frontier.size && out.length < MAX_JOINT_LISTED; k++) {
    let sum = 0;
    for (let p = 0; p < P; p++) sum += frontier.points[k * P + p] as number;
    if (k === 0) bestSum = sum;
    if (sum < bestSum - 1e-9) break;
    const report = describePackage(space, frontier.indices[k] as number);
    if (report) out.push(report);
  }
  // An approximate frontier may have thinned the best package away: the search's own answer stands.
  if (out.length === 0 || !out.some((r) => r.index === best)) {
    const report = describePackage(space, best);
    if (report) out.unshift(report);
  }
  return out.slice(0, MAX_JOINT_LISTED);
}

export function instructorAnalysis(
  scenario: Scenario,
  onProgress?: InstructorProgress,
  signal?: { readonly aborted: boolean },
  /** The language of the authoring warnings: the instructor's. */
  locale: Locale = 'en',
): InstructorAnalysis {
  const n = STEPS.length;
  const step = (k: number): RunControl => ({
    signal,
    onProgress: (done, total) => onProgress?.(k + 1, n, STEPS[k] ?? 'space', done, total),
  });
  const { start } = analysedMoments(scenario);
  const moment = { round: start.round, fired: start.fired };
  let outcome: OutcomeAnalysis | null = null;
  let refused: string | null = null;
  try {
    onProgress?.(1, n, STEPS[0], 0, 1);
    const space = compileSpace(domainFromScenario(scenario, start.overrides));
    // Each step announces itself when the analysis starts it, then reports its own progress.
    const stepIndex: Record<AnalysisStep, number> = { frontier: 1, bargaining: 2, zone: 3 };
    const stepControl = (name: AnalysisStep): RunControl => {
      const k = stepIndex[name];
      onProgress?.(k + 1, n, STEPS[k] ?? 'space', 0, 1);
      return step(k);
    };
    // A huge space (many opposed parties) can have a frontier of millions: keep it to a budget; the
    // analysis then thins it and reports how far from exact it is (shown beside the size).
    const { report, frontier } = analyseSpace(space, {
      stepControl,
      ...frontierBudget(space.size),
    });
    outcome = {
      packages: report.packages,
      frontier: {
        size: frontier.size,
        exact: frontier.exact,
        maxShortfall: frontier.maxShortfall,
        shortfallIgnoresLegitimacy: frontier.shortfallIgnoresLegitimacy,
      },
      nash: report.nash,
      kalaiSmorodinsky: report.kalaiSmorodinsky,
      maxJointGain: maxJointPackages(space, frontier, report.maxJointGain?.index ?? null),
      egalitarian: report.egalitarian,
      zone: report.zone,
    };
  } catch (e) {
    // The analysis refuses outcome spaces it cannot handle exactly (RangeError): say so, never crash.
    if (!(e instanceof RangeError)) throw e;
    refused = e.message;
  }
  onProgress?.(5, n, STEPS[4], 0, 1);
  const warnings = authoringReport(scenario, { control: step(4), locale });
  return { moment, outcome, refused, warnings };
}
