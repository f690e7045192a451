/**
 * A party's game summed up: its three best and three worst moments, the value it claimed and the
 * table created against the table's Nash point, its concession curve by round, and the logrolls it
 * never offered.
 */
import { priorityLogrolls } from '../../analysis/leftOnTable.ts';
import { score } from '../../engine/index.ts';
import type { Package, PartyId } from '../../engine/index.ts';
import type { Moment } from './moment.ts';
import { tables } from './rateMove.ts';
import {
  RATINGS,
  type MissedLogroll,
  type PartyReview,
  type Rating,
  type RatedMove,
  type ValueSummary,
} from './types.ts';
import { changedOptions, othersWords, partyRef, pts, say } from './words.ts';

/** What the replay gathered for one party. */
export interface PartyTrack {
  moves: RatedMove[];
  /** Each text it tabled or supported, when, and its own points for it then. */
  positions: { round: number; package: Package; points: number }[];
  /** The texts it tabled (proposals, and texts as its amendments left them). */
  authored: Package[];
}

/** Missed logrolls listed per party, at most. */
const MISSED_LOGROLLS = 2;

const rank = (r: Rating) => RATINGS.indexOf(r);

export function summarise(end: Moment, party: PartyId, name: string, track: PartyTrack): PartyReview {
  const counts = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  for (const m of track.moves) counts[m.rating]++;
  const weighed = track.moves.filter((m) => m.stake > 0 || m.rating !== 'good');
  const best = weighed
    .filter((m) => rank(m.rating) <= rank('good'))
    .sort((a, b) => rank(a.rating) - rank(b.rating) || b.stake - a.stake || a.index - b.index)
    .slice(0, 3);
  const worst = weighed
    .filter((m) => rank(m.rating) > rank('good'))
    .sort((a, b) => rank(b.rating) - rank(a.rating) || b.stake - a.stake || a.index - b.index)
    .slice(0, 3);
  const me = end.indexOf(party);
  const ext = end.analysis.extremes;
  return {
    party,
    name,
    moves: track.moves,
    missedLogrolls: missedLogrolls(end, party, track),
    counts,
    best,
    worst,
    value: valueSummary(end, party),
    curve: {
      points: curve(end, track),
      noDeal: end.noDeal[me]!,
      best: ext ? ext.best[me]! : Math.max(end.noDeal[me]!, ...track.positions.map((p) => p.points)),
    },
  };
}

function curve(end: Moment, track: PartyTrack): { round: number; points: number | null }[] {
  const rounds = Math.max(1, end.state.round);
  const out: { round: number; points: number | null }[] = [];
  let k = 0;
  let last: number | null = null;
  for (let round = 1; round <= rounds; round++) {
    while (k < track.positions.length && track.positions[k]!.round <= round) last = track.positions[k++]!.points;
    out.push({ round, points: last });
  }
  return out;
}

function valueSummary(end: Moment, party: PartyId): ValueSummary {
  const me = end.indexOf(party);
  const o = end.state.outcome;
  const nash = end.nash();
  const nashClaimed = nash ? nash.points[me]! - end.noDeal[me]! : null;
  const nashCreated = nash ? end.jointGain(nash.points) : null;
  const t = say(end.state.scenario);
  const nashWords = ` ${
    nash && nashClaimed !== null && nashCreated !== null
      ? t('review.nashWould', { claimed: pts(nashClaimed), created: pts(nashCreated) })
      : t('review.noNash')
  }`;
  if (o?.kind !== 'agreement')
    return {
      agreement: false,
      claimed: 0,
      nashClaimed,
      created: 0,
      nashCreated,
      sentence: `${t('review.valueNoDeal')}${nashWords}`,
    };
  const points = end.points(o.package);
  // The party's own points as the engine scores the outcome (a deal may or may not bind one that left).
  const own = score(end.state).parties[party]?.points ?? points[me]!;
  const claimed = own - end.noDeal[me]!;
  const created = end.jointGain(points);
  return {
    agreement: true,
    claimed,
    nashClaimed,
    created,
    nashCreated,
    sentence: `${t('review.valueDeal', { claimed: pts(claimed), created: pts(created) })}${nashWords}`,
  };
}

function missedLogrolls(end: Moment, party: PartyId, track: PartyTrack): MissedLogroll[] {
  const space = end.space;
  // Only Track I parties table text: a Track II party has no trade of its own to offer.
  if (!space || end.state.left.includes(party) || !tables(end.state.scenario, party)) return [];
  const me = end.indexOf(party);
  const sc = end.state.scenario;
  const outcome = end.state.outcome;
  const base: Package | null =
    outcome?.kind === 'agreement'
      ? outcome.package
      : (end.state.table?.package ?? track.authored[track.authored.length - 1] ?? null);
  if (!base) return [];
  const basePoints = end.points(base);
  const favourite = (p: number, i: number) => {
    const row = end.domain.parties[p]!.sheet[i]!;
    return space.available[i]!.reduce((b, o) => (row[o]! > row[b]! ? o : b), space.available[i]![0]!);
  };
  const out: MissedLogroll[] = [];
  for (const l of priorityLogrolls(space, 20)) {
    const k = l.parties.indexOf(me);
    if (k < 0) continue;
    const q = l.parties[1 - k]!;
    if (!end.seated.includes(q)) continue;
    const keep = l.issues[k]!;
    const give = l.issues[1 - k]!;
    const keepIssue = end.domain.issues[keep]!;
    const giveIssue = end.domain.issues[give]!;
    const keepOption = keepIssue.options[favourite(me, keep)]!.id;
    const giveOption = giveIssue.options[favourite(q, give)]!.id;
    if (track.authored.some((t) => t[keepIssue.id] === keepOption && t[giveIssue.id] === giveOption)) continue;
    const traded: Package = { ...base, [keepIssue.id]: keepOption, [giveIssue.id]: giveOption };
    const points = end.points(traded);
    const gain = points[me]! - basePoints[me]!;
    if (gain <= 1e-9 || points[q]! <= basePoints[q]! + 1e-9) continue;
    const others = end.seated
      .filter((p) => p !== me)
      .map((p) => ({ party: end.domain.parties[p]!.id, points: points[p]! - basePoints[p]! }));
    const qName = partyRef(sc, end.domain.parties[q]!.id);
    const t = say(sc);
    out.push({
      with: end.domain.parties[q]!.id,
      keep: keepIssue.id,
      give: giveIssue.id,
      sentence: t('review.missedTrade', { party: qName, keep: keepIssue.title, give: giveIssue.title }),
      better: {
        action: { type: 'propose', party, package: traded },
        text: t(outcome?.kind === 'agreement' ? 'review.proposingOnDeal' : 'review.proposingOnText', {
          changes: changedOptions(sc, traded, base),
          gain: pts(gain),
          others: othersWords(sc, others),
        }),
        points: points[me]!,
        gain,
        others,
      },
    });
    if (out.length >= MISSED_LOGROLLS) break;
  }
  return out;
}
