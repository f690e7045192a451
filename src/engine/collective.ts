/**
 * The collective part of the score (ScoreReport.collective): for an agreement, its efficiency (share
 * of the maximum joint gain, Pareto-efficient or not, distance to the frontier) and its fairness
 * (Nash product against the Nash point's, smallest gain against the egalitarian package's); for no
 * deal, what the zone of agreement offered. All figures come from src/analysis on the game's domain
 * (gameDomain.ts); gains are over each party's no-deal points (BATNA + no-deal consequence).
 */
import { disagreementPoints, packageOf, type Domain } from '../analysis/domain.ts';
import { choiceOfIndex, type Space } from '../analysis/space.ts';
import { formatList, type Translate } from '../i18n/index.ts';
import type { Package, PartyId } from '../scenario/types.ts';
import { clamp, tidy } from './draft.ts';
import type { DomainAnalysis } from './gameDomain.ts';
import { gameLocale, say } from './narrate.ts';
import type { CollectiveScore, GameState } from './types.ts';

/** A share as the whole percentage the sentences show. */
const percent = (share: number): number => Math.round(share * 100);

function describe(t: Translate, domain: Domain, pkg: Package): string {
  return domain.issues
    .map((issue) =>
      t('debrief.collective.choice', {
        issue: issue.title,
        option: issue.options.find((o) => o.id === pkg[issue.id])?.label ?? pkg[issue.id] ?? '',
      }),
    )
    .join(t('debrief.collective.choiceSeparator'));
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
  const t = say(state);
  const ref = (name: string) => t('log.party', { name });
  const names = (ps: number[]) => ({
    parties: formatList(
      gameLocale(state),
      ps.map((p) => ref(domain.parties[p]!.name)),
    ),
    count: ps.length,
  });
  const kind = dealPoints && dealPackage ? 'agreement' : 'no-deal';
  const space = analysis.space;
  const leavers = {
    parties: formatList(
      gameLocale(state),
      state.left.map((id) => ref(domain.parties.find((p) => p.id === id)?.name ?? id)),
    ),
    count: state.left.length,
  };
  const leftNote =
    state.left.length === 0
      ? []
      : [
          t(
            kind === 'no-deal'
              ? 'debrief.collective.leftNoDeal'
              : state.scenario.agreement.binds === 'all'
                ? 'debrief.collective.leftBindsAll'
                : 'debrief.collective.leftBindsStayers',
            leavers,
          ),
        ];
  if (!space) {
    return empty(kind, ids, [...leftNote, t('debrief.collective.notAnalysed')]);
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
      sentences.push(t('debrief.collective.noZone'));
    } else if (unanimity) {
      const gain = first.package!.points.reduce((s, x, p) => s + x - d[p]!, 0);
      sentences.push(
        t('debrief.collective.dealExisted', { package: describe(t, domain, coalitions[0]!.package), gain: tidy(gain) }),
      );
    } else {
      sentences.push(
        t('debrief.collective.coalitionCouldCarry', {
          ...names(first.members),
          package: describe(t, domain, coalitions[0]!.package),
        }),
      );
      if (feasible.length > 1)
        sentences.push(
          t('debrief.collective.feasibleCoalitions', { feasible: feasible.length, total: zone.coalitions.length }),
        );
    }
    if (maxJoint > 0) sentences.push(t('debrief.collective.bestForTable', { gain: tidy(maxJoint) }));
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
    const share = { gain: tidy(q.jointGain), max: tidy(maxJoint), share: percent(q.shareOfMaxJointGain) };
    efficiencyLines.push({
      label: t(
        q.shareOfMaxJointGain < 0 ? 'debrief.collective.shareLabelNegative' : 'debrief.collective.shareLabel',
        share,
      ),
      points: efficiency,
    });
    sentences.push(
      q.jointGain >= 0
        ? t('debrief.collective.created', share)
        : t('debrief.collective.belowNoDeal', { loss: tidy(-q.jointGain), max: tidy(maxJoint) }),
    );
  } else {
    sentences.push(t('debrief.collective.noJointGain'));
  }
  let dominatedBy: CollectiveScore['dominatedBy'] = null;
  if (q.paretoEfficient) {
    sentences.push(t('debrief.collective.pareto'));
  } else if (q.bestDominator) {
    const gains: Record<PartyId, number> = {};
    for (const p of everyone) gains[domain.parties[p]!.id] = tidy(q.bestDominator.gains[p]!);
    dominatedBy = { package: packageAt(space, q.bestDominator.index), gains };
    const total = everyone.reduce((s, p) => s + q.bestDominator!.gains[p]!, 0);
    const winners = everyone.filter((p) => q.bestDominator!.gains[p]! > 0);
    sentences.push(
      t('debrief.collective.valueLeft', {
        package: describe(t, domain, dominatedBy.package),
        total: tidy(total),
        gains: formatList(
          gameLocale(state),
          winners.map((p) =>
            t('debrief.collective.partyGain', {
              party: ref(domain.parties[p]!.name),
              gain: tidy(q.bestDominator!.gains[p]!),
            }),
          ),
        ),
      }),
    );
    if (q.distanceToFrontier > 0)
      sentences.push(t('debrief.collective.frontierDistance', { gain: tidy(q.distanceToFrontier) }));
  }
  let fairness: number | null = null;
  const fairnessLines = [];
  if (q.nashRatio === null) {
    sentences.push(t('debrief.collective.noNash'));
  } else {
    fairness = tidy(clamp(q.nashRatio * 100, 0, 100));
    fairnessLines.push({
      label: t('debrief.collective.nashLabel', { share: percent(q.nashRatio) }),
      points: fairness,
    });
    sentences.push(
      q.nashProduct > 0
        ? t('debrief.collective.nashReached', { share: percent(q.nashRatio) })
        : t('debrief.collective.nashZero'),
    );
  }
  const worstOff = everyone.filter((p) => dealPoints[p]! - d[p]! === q.minSurplus);
  const even = q.egalitarianMinSurplus;
  const worstKey =
    q.minSurplus >= 0
      ? even >= 0
        ? 'debrief.collective.worstGainedEvenGains'
        : 'debrief.collective.worstGainedEvenLoses'
      : even >= 0
        ? 'debrief.collective.worstLostEvenGains'
        : 'debrief.collective.worstLostEvenLoses';
  sentences.push(t(worstKey, { ...names(worstOff), gain: tidy(Math.abs(q.minSurplus)), even: tidy(Math.abs(even)) }));
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
