/**
 * What the outcome space allows at one moment, reduced to the facts the authoring report needs:
 * the zone of agreement under the scenario's rule, each party's best package against what it gets
 * without a deal, whether one package is everyone's best, and whether the Nash point is one party's
 * best. All exact, by the analysis' branch and bound (fast even on very large outcome spaces).
 */
import type { RunControl } from '../analysis/control.ts';
import { disagreementVector, maxJointGain, nashPoint } from '../analysis/bargaining.ts';
import { domainFromScenario, type Domain } from '../analysis/domain.ts';
import { search } from '../analysis/search.ts';
import { choiceOfIndex, compileSpace, type Space } from '../analysis/space.ts';
import { zoneOfAgreement, type Zopa } from '../analysis/zopa.ts';
import type { Scenario } from '../scenario/types.ts';
import type { AnalysedMoment } from './moments.ts';

/** Points closer than this are equal (sheets hold small decimals at most). */
export const EPSILON = 1e-9;

export interface OutcomeFacts {
  domain: Domain;
  zone: Zopa;
  /** Per party (scenario order): its best points over every package on the table. */
  best: number[];
  /** Per party: BATNA plus the no-deal consequence. */
  disagreement: number[];
  /** A package that is every party's best, as option labels by issue title (null: none). */
  commonIdeal: { issue: string; option: string }[] | null;
  /** The Nash point's points per party (null when no package beats every BATNA). */
  nash: number[] | null;
}

function bestFor(space: Space, q: number, control?: RunControl): number {
  const w = new Float64Array(space.nParties);
  w[q] = 1;
  return search(space, { linear: [w], leaf: (pts) => pts[q]!, bound: (ub) => ub[q]! }, control).value;
}

export function outcomeFacts(scenario: Scenario, moment: AnalysedMoment, control?: RunControl): OutcomeFacts {
  const domain = domainFromScenario(scenario, moment.overrides);
  const space = compileSpace(domain);
  const best = domain.parties.map((_, q) => bestFor(space, q, control));
  const joint = maxJointGain(space, undefined, control);
  // The package of maximum joint gain gives everyone its best exactly when the sums agree.
  const everyonesBest = joint.index !== null && joint.points.every((x, p) => x >= best[p]! - EPSILON);
  const nash = nashPoint(space, undefined, control);
  return {
    domain,
    zone: zoneOfAgreement(space, control),
    best,
    disagreement: disagreementVector(space),
    commonIdeal:
      everyonesBest && joint.index !== null
        ? choiceOfIndex(space, joint.index).map((k, i) => ({
            issue: domain.issues[i]!.title,
            option: domain.issues[i]!.options[k]!.label,
          }))
        : null,
    nash: nash.index === null ? null : nash.points,
  };
}
