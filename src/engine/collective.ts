/**
 * The collective part of the score (ScoreReport.collective): for an agreement, its efficiency (share
 * of the maximum joint gain, Pareto-efficient or not, distance to the frontier) and its fairness
 * (Nash product against the Nash point's, smallest gain against the egalitarian package's); for no
 * deal, what the zone of agreement offered. All figures come from src/analysis on the game's domain
 * (gameDomain.ts); gains are over each party's no-deal points (BATNA + no-deal consequence).
 */
import { disagreementPoints, packageOf, type Domain } from '../analysis/domain.ts';
import { choiceOfIndex, type Space } from '../analysis/space.ts';
import { joinList } from '../scenario/joinList.ts';
import type { Package, PartyId } from '../scenario/types.ts';
import { clamp, tidy } from './draft.ts';
import type { DomainAnalysis } from './gameDomain.ts';
import type { CollectiveScore, GameState } from './types.ts';

const fmt = (x: number): string => String(tidy(x));
const percent = (share: number): string => `${Math.round(share * 100)}%`;

function describe(domain: Domain, pkg: Package): string {
  return domain.issues
    .map((issue) => `${issue.title}: ${issue.options.find((o) => o.id === pkg[issue.id])?.label ?? pkg[issue.id]}`)
    .join('; ');
}

function packageAt(space: Space, index: number): Package {
  return packageOf(space.domain, choiceOfIndex(space, index));
}

function empty(kind: CollectiveScore['kind'], parties: PartyId[], sentences: string[]): CollectiveScore {
  return {
    kind,
    parties,
    analysed: false,
    efficiency: null,
    efficiencyLines: [],
    fairness: null,
    fairnessLines: [],
    jointGain: null,
    maxJointGain: null,
    paretoEfficient: null,
    dominatedBy: null,
    distanceToFrontier: null,
    nashRatio: null,
    minSurplus: null,
    egalitarianMinSurplus: null,
    zone: null,
    sentences,
  };
}

/**
 * @param dealPoints every party's points for the agreed package (by party index), or null for no deal
 * @param dealPackage the agreed package, or null
 */
export function collectiveScore(
  state: GameState,
  analysis: DomainAnalysis,
  dealPoints: number[] | null,
  dealPackage: Package | null,
): CollectiveScore {
  const domain = analysis.domain;
  // Every party is judged, those who walked away included (at what they really get: see score.ts).
  const seated = domain.parties.flatMap((p, i) => (state.left.includes(p.id) ? [] : [i]));
  const everyone = domain.parties.map((_, i) => i);
  const ids = domain.parties.map((p) => p.id);
  const names = (ps: number[]) => joinList(ps.map((p) => domain.parties[p]!.name));
  const kind = dealPoints && dealPackage ? 'agreement' : 'no-deal';
  const space = analysis.space;
  const leavers = joinList(state.left.map((id) => domain.parties.find((p) => p.id === id)?.name ?? id));
  const leftNote =
    state.left.length === 0
      ? []
      : kind === 'no-deal'
        ? [`Every party counts here, including ${leavers}, who walked away.`]
        : state.scenario.agreement.binds === 'all'
          ? [`Every party counts here: ${leavers} walked away but the deal binds every party, so they get its points.`]
          : [
              `Every party counts here: ${leavers} walked away and, as the deal binds only those who stayed, keep${state.left.length === 1 ? 's' : ''} ${state.left.length === 1 ? 'its' : 'their'} BATNA.`,
            ];
  if (!space) {
    return empty(kind, ids, [
      ...leftNote,
      'The outcome space could not be analysed as the game ended (no option left on some issue, or rules coupling too many issues).',
    ]);
  }
  const d = domain.parties.map((_, p) => disagreementPoints(domain, p));
  const refs = analysis.refs(space, everyone);
  const maxJoint = refs.maxJoint.value - everyone.reduce((s, p) => s + d[p]!, 0);

  if (kind === 'no-deal' || !dealPoints || !dealPackage) {
    const zone = analysis.zone(space);
    const feasible = zone.coalitions.filter(
      (c) => c.feasible && c.package?.index !== null && c.package?.index !== undefined,
    );
    const coalitions = feasible.map((c) => ({
      members: c.members.map((p) => domain.parties[p]!.id),
      package: packageAt(space, c.package!.index!),
    }));
    const sentences = [...leftNote];
    const first = feasible[0];
    const unanimity = first !== undefined && first.members.length === seated.length;
    if (!first) {
      sentences.push(
        'No zone of agreement: no package gave every party needed to carry a deal more than it got without one (its BATNA and the no-deal consequence), so ending without a deal cost nothing anyone could have had.',
      );
    } else if (unanimity) {
      const gain = first.package!.points.reduce((s, x, p) => s + x - d[p]!, 0);
      sentences.push(
        `A deal existed that gave every party more than it got without one (its BATNA and the no-deal consequence): for instance the Nash bargaining point, ${describe(domain, coalitions[0]!.package)}, which would have added ${fmt(gain)} points in total.`,
      );
    } else {
      sentences.push(
        `A deal existed: ${names(first.members)} could have carried one under the agreement rule that gave each of them more than it got without a deal, for instance ${describe(domain, coalitions[0]!.package)}.`,
      );
      if (feasible.length > 1)
        sentences.push(
          `${feasible.length} of the ${zone.coalitions.length} smallest coalitions able to carry a deal had such a package.`,
        );
    }
    if (maxJoint > 0)
      sentences.push(
        `The best package for the table as a whole would have added ${fmt(maxJoint)} points in total over no deal.`,
      );
    return {
      ...empty('no-deal', ids, sentences),
      analysed: true,
      jointGain: 0,
      maxJointGain: tidy(maxJoint),
      zone: { exists: zone.exists, coalitions },
    };
  }

  const q = analysis.assess(space, dealPoints, everyone);
  const sentences = [...leftNote];
  let efficiency: number | null = null;
  const efficiencyLines = [];
  if (q.shareOfMaxJointGain !== null) {
    efficiency = tidy(clamp(q.shareOfMaxJointGain * 100, 0, 100));
    const counted = q.shareOfMaxJointGain < 0 ? ', counted as 0' : '';
    efficiencyLines.push({
      label: `Share of the maximum joint gain: ${fmt(q.jointGain)} of ${fmt(maxJoint)} points over no deal (${percent(q.shareOfMaxJointGain)}${counted})`,
      points: efficiency,
    });
    sentences.push(
      q.jointGain >= 0
        ? `The deal created ${fmt(q.jointGain)} of the ${fmt(maxJoint)} points of joint gain that the best package could add over no deal (${percent(q.shareOfMaxJointGain)}).`
        : `Together the parties ended ${fmt(-q.jointGain)} points below what no deal would have given them, when the best package could have added ${fmt(maxJoint)}.`,
    );
  } else {
    sentences.push('No package could add joint gain over no deal, so efficiency is not measured.');
  }
  let dominatedBy: CollectiveScore['dominatedBy'] = null;
  if (q.paretoEfficient) {
    sentences.push(
      'No other package would have left every party at least as well off and one better: the deal is Pareto-efficient.',
    );
  } else if (q.bestDominator) {
    const gains: Record<PartyId, number> = {};
    for (const p of everyone) gains[domain.parties[p]!.id] = tidy(q.bestDominator.gains[p]!);
    dominatedBy = { package: packageAt(space, q.bestDominator.index), gains };
    const total = everyone.reduce((s, p) => s + q.bestDominator!.gains[p]!, 0);
    const winners = everyone.filter((p) => q.bestDominator!.gains[p]! > 0);
    sentences.push(
      `Value was left on the table: ${describe(domain, dominatedBy.package)} would have left every party at least as well off and given ${fmt(total)} more points in total (${joinList(winners.map((p) => `${domain.parties[p]!.name} +${fmt(q.bestDominator!.gains[p]!)}`))}).`,
    );
    if (q.distanceToFrontier > 0)
      sentences.push(`Every party could have gained at least ${fmt(q.distanceToFrontier)} points at once.`);
  }
  let fairness: number | null = null;
  const fairnessLines = [];
  if (q.nashRatio === null) {
    sentences.push(
      'No package gave every party more than no deal, so there is no Nash bargaining point to measure fairness against.',
    );
  } else {
    fairness = tidy(clamp(q.nashRatio * 100, 0, 100));
    fairnessLines.push({
      label: `Nash product: ${percent(q.nashRatio)} of the Nash bargaining point's`,
      points: fairness,
    });
    sentences.push(
      q.nashProduct > 0
        ? `The product of the parties' gains over no deal reaches ${percent(q.nashRatio)} of the Nash bargaining point's (100% is the Nash point itself: efficient and balanced).`
        : 'Not every party gained over no deal, so the deal scores 0 on the Nash product.',
    );
  }
  const worstOff = everyone.filter((p) => dealPoints[p]! - d[p]! === q.minSurplus);
  const gained = (x: number) => (x >= 0 ? `gained ${fmt(x)} points` : `lost ${fmt(-x)} points`);
  const even = q.egalitarianMinSurplus;
  sentences.push(
    `The worst-off party (${names(worstOff)}) ${gained(q.minSurplus)} against no deal; ${
      even >= 0
        ? `the most even package would have given every party at least ${fmt(even)}`
        : `even the most even package would have left one party ${fmt(-even)} points worse off than no deal`
    }.`,
  );
  return {
    kind: 'agreement',
    parties: ids,
    analysed: true,
    efficiency,
    efficiencyLines,
    fairness,
    fairnessLines,
    jointGain: tidy(q.jointGain),
    maxJointGain: tidy(maxJoint),
    paretoEfficient: q.paretoEfficient,
    dominatedBy,
    distanceToFrontier: tidy(q.distanceToFrontier),
    nashRatio: q.nashRatio,
    minSurplus: tidy(q.minSurplus),
    egalitarianMinSurplus: tidy(q.egalitarianMinSurplus),
    zone: null,
    sentences,
  };
}
