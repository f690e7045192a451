/**
 * Rates one move of a party against what was possible at that moment (the `Moment` before it):
 * - a proposal or amendment by the text it leaves: under the party's no-deal points (a blunder),
 *   off the frontier (by how much every party could have gained at once), and by what it conceded
 *   on the party's own most and least valued issues since its previous position;
 * - support for a text under the party's no-deal points (a blunder), or for one off the frontier;
 * - an objection to a text above its no-deal points when nothing that could carry gave it more;
 * - a walk-away while a package above its no-deal points could still carry;
 * - a pass by the better move it gave up (support that would close a deal, an objection to a text
 *   under its no-deal points, a text that could carry and gives it more), neutral only without one;
 * - evidence that argues against the party, or shown to a party that values nothing it argues for;
 * - a challenge by its outcome (exposed, contested, upheld);
 * - a tour-de-table statement naming a text under the party's no-deal points (a mistake: if tabled again and
 *   carried it binds the party below its BATNA), neutral otherwise (keeping acceptable texts to oneself is a tactic).
 * The scale's thresholds live in `ratingForLoss`, once.
 */
import { carries } from '../../analysis/agreementRule.ts';
import {
  agreementTable,
  carriesWithEveryone,
  isLegal,
  tabledTexts,
  type GameState,
  type Package,
  type PartyAction,
  type PartyId,
  type Scenario,
} from '../../engine/index.ts';
import { Moment, type Scored } from './moment.ts';
import { RATINGS, type BetterMove, type Rating, type RatedMove } from './types.ts';
import { formatList, matchLocale, type MessageKey } from '../../i18n/index.ts';
import { changedOptions, issueTitle, othersWords, partyRef, pts, say } from './words.ts';

/** The review's sentences in the language of the game `input` is a move of. */
const tOf = (input: MoveInput) => say(input.before.state.scenario);

/** Share of what was possible that a move gave up, to a rating (0: nothing lost). */
export function ratingForLoss(share: number): Rating {
  if (share <= 1e-9) return 'best';
  if (share <= 0.05) return 'good';
  if (share <= 0.15) return 'inaccuracy';
  if (share <= 0.3) return 'mistake';
  return 'blunder';
}

export interface MoveInput {
  index: number;
  before: Moment;
  after: GameState;
  action: PartyAction;
  /** The sentence the game's log wrote for the move. */
  text: string;
  /** The party's position before the move: the last text it tabled or supported (null: none yet). */
  previous: Package | null;
}

type Verdict = Pick<RatedMove, 'rating' | 'sentence' | 'better' | 'points' | 'stake'>;

export function rateMove(input: MoveInput): RatedMove {
  const verdict = judge(input);
  return { index: input.index, round: input.before.state.round, action: input.action, text: input.text, ...verdict };
}

function judge(input: MoveInput): Verdict {
  const { action, before: m } = input;
  const table = m.state.table;
  const t = tOf(input);
  switch (action.type) {
    case 'propose':
      return rateText(input, action.package);
    case 'amend':
      return table
        ? rateText(input, { ...table.package, [action.issue]: action.option })
        : neutral(t('review.amendmentNoTable'));
    case 'support':
      return table ? rateSupport(input, table.package) : neutral(t('review.supportNoTable'));
    case 'object':
      return table ? rateObjection(input, table.package) : neutral(t('review.objectionNoTable'));
    case 'call-vote':
      return table ? rateVote(input, table.package) : neutral(t('review.voteNoTable'));
    case 'walk-away':
      return rateWalkAway(input);
    case 'pass':
      return ratePass(input);
    case 'present-evidence':
      return rateEvidence(input, action.evidence, action.to);
    case 'challenge-evidence':
      return rateChallenge(input, action.evidence);
    case 'offer-coalition':
    case 'accept-coalition':
    case 'leave-coalition':
    case 'side-message':
      return neutral(t('review.talk'));
    case 'live-with':
      return rateStatement(input, action.versions);
  }
}

function rateStatement(input: MoveInput, versions: readonly number[]): Verdict {
  const texts = tabledTexts(input.before.state.log);
  const t = tOf(input);
  let worst: { version: number; own: number; d: number } | null = null;
  for (const v of versions) {
    const pkg = texts[v - 1]?.package;
    if (!pkg) continue;
    const { own, d } = standing(input, pkg);
    if (own < d - 1e-9 && (!worst || own < worst.own)) worst = { version: v, own, d };
  }
  if (!worst) return neutral(t('review.statedLiveable'));
  return {
    rating: 'mistake',
    sentence: t('review.statedUnderNoDeal', { version: worst.version, own: pts(worst.own), noDeal: pts(worst.d) }),
    better: null,
    points: worst.own,
    stake: worst.d - worst.own,
  };
}

/** Where a text leaves the moving party: everyone's points for it, its own, and its no-deal points. */
function standing(input: MoveInput, pkg: Package) {
  const m = input.before;
  const me = m.indexOf(input.action.party);
  const points = m.points(pkg);
  return { m, me, points, own: points[me]!, d: m.noDeal[me]! };
}

function neutral(sentence: string): Verdict {
  return { rating: 'good', sentence, better: null, points: null, stake: 0 };
}

/** Scale of the table's value: the seated parties' largest joint gain over no deal (else the party's own range). */
function valueScale(m: Moment, me: number): number {
  const space = m.space;
  if (space) {
    const best = m.analysis.refs(space, m.seated).maxJoint;
    const joint = best.index === null ? 0 : m.jointGain(best.points);
    if (joint > 1e-9) return joint;
    const ext = m.analysis.extremes;
    if (ext && ext.best[me]! - ext.worst[me]! > 1e-9) return ext.best[me]! - ext.worst[me]!;
  }
  return 1;
}

/** Only Track I parties table text: a Track II party's better move is never a text of its own. */
export function tables(scenario: Scenario, party: PartyId): boolean {
  return scenario.parties.find((p) => p.id === party)?.track !== 'II';
}

/** The sentence of a better text: tabling it (or staying to table it), a text or an amendment, won or lost points. */
const BETTER_TEXT = {
  tabling: {
    text: { kept: 'review.tablingTextKept', same: 'review.tablingTextSame', cost: 'review.tablingTextCost' },
    amend: { kept: 'review.tablingAmendKept', same: 'review.tablingAmendSame', cost: 'review.tablingAmendCost' },
  },
  staying: {
    text: { kept: 'review.stayingTextKept', same: 'review.stayingTextSame', cost: 'review.stayingTextCost' },
    amend: { kept: 'review.stayingAmendKept', same: 'review.stayingAmendSame', cost: 'review.stayingAmendCost' },
  },
} as const satisfies Record<string, Record<string, Record<string, MessageKey>>>;

/** Tabling `target` instead, against `baseline` points; null when the party may not table text. */
function betterMove(
  input: MoveInput,
  target: Scored,
  baseline: readonly number[],
  verb: 'tabling' | 'staying',
): BetterMove | null {
  const m = input.before;
  const party = input.action.party;
  if (!tables(m.state.scenario, party)) return null;
  const me = m.indexOf(party);
  const table = m.state.table;
  const diff = table
    ? m.state.scenario.issues.filter((i) => target.package[i.id] !== table.package[i.id]).map((i) => i.id)
    : [];
  const only = diff[0];
  const amendment: PartyAction | null =
    table && diff.length === 1 && only !== undefined
      ? { type: 'amend', party, issue: only, option: target.package[only] as string }
      : null;
  // A better move is one the party could make then: an amendment the protocol allows, else the whole text.
  const action: PartyAction =
    amendment && isLegal(m.state, amendment) ? amendment : { type: 'propose', party, package: target.package };
  if (!isLegal(m.state, action)) return null;
  const others = m.seated
    .filter((p) => p !== me)
    .map((p) => ({ party: m.domain.parties[p]!.id, points: target.points[p]! - baseline[p]! }));
  const from = action.type === 'amend' ? table!.package : basePackage(input);
  const sc = m.state.scenario;
  const gain = target.points[me]! - baseline[me]!;
  return {
    action,
    // A text better for the others only gives the party as much: never "0 points more for you".
    text: tOf(input)(
      BETTER_TEXT[verb][action.type === 'amend' ? 'amend' : 'text'][
        pts(gain) === 0 ? 'same' : gain > 0 ? 'kept' : 'cost'
      ],
      {
        changes: changedOptions(sc, target.package, from),
        gain: pts(Math.abs(gain)),
        others: othersWords(sc, others),
      },
    ),
    points: target.points[me]!,
    gain,
    others,
  };
}

/** The text a move is about, to describe a better one against. */
function basePackage(input: MoveInput): Package | null {
  const a = input.action;
  if (a.type === 'propose') return a.package;
  return input.before.state.table?.package ?? null;
}

/** Own stake per issue (spread of its sheet over the options on the table), most and least valued issues. */
function priorities(m: Moment, me: number): { stake: number[]; most: number; least: number } {
  const sheet = m.domain.parties[me]!.sheet;
  const stake = m.domain.issues.map((issue, i) => {
    const vals = issue.options.flatMap((o, k) => (o.available ? [sheet[i]![k]!] : []));
    return vals.length > 0 ? Math.max(...vals) - Math.min(...vals) : 0;
  });
  let most = 0;
  let least = 0;
  stake.forEach((s, i) => {
    if (s > stake[most]!) most = i;
    if (s < stake[least]!) least = i;
  });
  return { stake, most, least };
}

/** What the text conceded since the party's previous position, on its most and least valued issues. */
function concessions(input: MoveInput, pkg: Package, me: number): { sentence: string; badOrder: boolean } {
  const m = input.before;
  if (!input.previous) return { sentence: '', badOrder: false };
  const { stake, most, least } = priorities(m, me);
  if (most === least || stake[most]! <= stake[least]!) return { sentence: '', badOrder: false };
  const sheet = m.domain.parties[me]!.sheet;
  const now = m.choice(pkg);
  const was = m.choice(input.previous);
  const delta = (i: number) => sheet[i]![now[i]!]! - sheet[i]![was[i]!]!;
  const sc = m.state.scenario;
  const t = say(sc);
  const mostTitle = issueTitle(sc, m.domain.issues[most]!.id);
  const leastTitle = issueTitle(sc, m.domain.issues[least]!.id);
  const leastRow = sheet[least]!;
  const favouriteKept =
    leastRow[now[least]!]! >=
    Math.max(...m.domain.issues[least]!.options.flatMap((o, k) => (o.available ? [leastRow[k]!] : [])));
  if (delta(most) < 0 && favouriteKept)
    return {
      sentence: ` ${t('review.concededMost', { points: pts(-delta(most)), most: mostTitle, least: leastTitle })}`,
      badOrder: true,
    };
  if (delta(least) < 0 && delta(most) >= 0)
    return {
      sentence: ` ${t('review.concededLeast', { least: leastTitle, most: mostTitle })}`,
      badOrder: false,
    };
  return { sentence: '', badOrder: false };
}

const worse = (a: Rating, b: Rating): Rating => RATINGS[Math.max(RATINGS.indexOf(a), RATINGS.indexOf(b))]!;

/**
 * Red lines are never outweighed: a text that crosses the party's own red line is a blunder, one
 * that crosses another seated party's draws that party's objection at once (an inaccuracy at best).
 */
function redLineVerdict(input: MoveInput, pkg: Package, v: Verdict, what: string): Verdict {
  const t = tOf(input);
  const m = input.before;
  const crossed = m.redLinesCrossed(pkg);
  if (crossed.length === 0) return v;
  const sc = m.state.scenario;
  if (crossed.includes(input.action.party))
    return { ...v, rating: 'blunder', sentence: `${t('review.crossesOwnRedLine', { what })} ${v.sentence}` };
  const others = formatList(
    matchLocale([sc.language]),
    crossed.map((p) => partyRef(sc, p)),
  );
  return {
    ...v,
    rating: worse(v.rating, 'inaccuracy'),
    sentence: `${v.sentence} ${t('review.crossesRedLineOf', { parties: others, count: crossed.length })}`,
  };
}

function rateText(input: MoveInput, pkg: Package): Verdict {
  const verb = tOf(input)(input.action.type === 'amend' ? 'review.amendedText' : 'review.thisText');
  return redLineVerdict(input, pkg, rateTextPoints(input, pkg, verb), verb);
}

function rateTextPoints(input: MoveInput, pkg: Package, verb: string): Verdict {
  const { m, me, points, own, d } = standing(input, pkg);
  const t = tOf(input);
  if (!m.space)
    return { ...neutral(t('review.textGives', { what: verb, own: pts(own) })), points: own, stake: own - d };
  const dominator = m.bestDominatorFor(points, me);
  if (own < d - 1e-9) {
    const carriable = dominator ?? m.bestCarriableFor(me);
    return {
      rating: 'blunder',
      sentence: t('review.textUnderNoDeal', { what: verb, own: pts(own), noDeal: pts(d) }),
      better: carriable ? betterMove(input, carriable, points, 'tabling') : null,
      points: own,
      stake: d - own + (carriable ? Math.max(0, carriable.points[me]! - d) : 0),
    };
  }
  const { sentence: conceded, badOrder } = concessions(input, pkg, me);
  if (!dominator) {
    const nash = m.nash();
    const isNash = nash !== null && m.state.scenario.issues.every((i) => nash.package[i.id] === pkg[i.id]);
    const head = isNash
      ? t('review.textIsNash', { what: verb })
      : // The frontier searched is that of the texts crossing no seated party's red line: say so when one has any.
        t(m.redLineItems ? 'review.textOnFrontierWithinRedLines' : 'review.textOnFrontier', {
          what: verb,
          own: pts(own),
        });
    return {
      rating: badOrder && !isNash ? 'good' : 'best',
      sentence: head + conceded,
      better: null,
      points: own,
      stake: own - d,
    };
  }
  const lost = dominator.points.reduce((s, v, p) => (m.seated.includes(p) ? s + v - points[p]! : s), 0);
  const rating = ratingForLoss(Math.max(lost / valueScale(m, me), (dominator.points[me]! - own) / valueScale(m, me)));
  return {
    rating: rating === 'best' ? 'good' : rating,
    sentence: `${t('review.textOffFrontier', { what: verb, lost: pts(lost) })}${conceded}`,
    better: betterMove(input, dominator, points, 'tabling'),
    points: own,
    stake: lost,
  };
}

function rateSupport(input: MoveInput, pkg: Package): Verdict {
  return redLineVerdict(input, pkg, rateSupportPoints(input, pkg), tOf(input)('review.supportedText'));
}

function rateSupportPoints(input: MoveInput, pkg: Package): Verdict {
  const { m, me, points, own, d } = standing(input, pkg);
  const t = tOf(input);
  if (own < d - 1e-9) {
    const carriable = m.bestCarriableFor(me);
    return {
      rating: 'blunder',
      sentence: t('review.supportedUnderNoDeal', { own: pts(own), noDeal: pts(d) }),
      better: (carriable ? betterMove(input, carriable, points, 'tabling') : null) ?? {
        action: { type: 'object', party: input.action.party },
        text: t('review.objectingKeeps', { noDeal: pts(d) }),
        points: d,
        gain: d - own,
        others: [],
      },
      points: own,
      stake: d - own,
    };
  }
  const dominator = m.space ? m.bestDominatorFor(points, me) : null;
  if (!dominator)
    return {
      rating: m.space ? 'best' : 'good',
      // The frontier searched is that of the texts crossing no seated party's red line: say so when one has any.
      sentence: t(
        !m.space
          ? 'review.supportedAbove'
          : m.redLineItems
            ? 'review.supportedAboveFrontierWithinRedLines'
            : 'review.supportedAboveFrontier',
        { own: pts(own), above: pts(own - d) },
      ),
      better: null,
      points: own,
      stake: own - d,
    };
  return {
    rating: 'good',
    sentence: t('review.supportedDominated', { own: pts(own), above: pts(own - d) }),
    better: betterMove(input, dominator, points, 'tabling'),
    points: own,
    stake: dominator.points[me]! - own,
  };
}

function rateObjection(input: MoveInput, pkg: Package): Verdict {
  const { m, me, own, d } = standing(input, pkg);
  const t = tOf(input);
  if (own < d - 1e-9)
    return {
      rating: 'best',
      sentence: t('review.objectedUnderNoDeal', { own: pts(own), noDeal: pts(d) }),
      better: null,
      points: own,
      stake: d - own,
    };
  const carriable = m.bestCarriableFor(me);
  if (m.space && (!carriable || carriable.points[me]! <= own + 1e-9))
    return {
      rating: 'inaccuracy',
      sentence: t('review.objectedBest', { own: pts(own), above: pts(own - d) }),
      // Having supported it already, the party keeps its support by not objecting (a pass).
      better: {
        action: {
          type: m.state.table?.stances[input.action.party] === 'support' ? 'pass' : 'support',
          party: input.action.party,
        },
        text: t(
          m.state.table?.stances[input.action.party] === 'support'
            ? 'review.keepingSupportBacks'
            : 'review.supportingBacks',
          { above: pts(own - d) },
        ),
        points: own,
        gain: own - d,
        others: [],
      },
      points: own,
      stake: own - d,
    };
  return {
    rating: 'good',
    sentence: carriable
      ? t('review.objectedCarriable', { own: pts(own), best: pts(carriable.points[me]!) })
      : t('review.objected', { own: pts(own) }),
    better: null,
    points: own,
    stake: carriable ? carriable.points[me]! - own : 0,
  };
}

function rateVote(input: MoveInput, pkg: Package): Verdict {
  const m = input.before;
  const me = m.indexOf(input.action.party);
  const own = m.points(pkg)[me]!;
  const d = m.noDeal[me]!;
  const t = tOf(input);
  if (own < d - 1e-9)
    return {
      rating: 'blunder',
      sentence: t('review.voteUnderNoDeal', { own: pts(own), noDeal: pts(d) }),
      better: null,
      points: own,
      stake: d - own,
    };
  const carried = input.after.outcome?.kind === 'agreement';
  return {
    rating: carried ? 'best' : 'good',
    sentence: carried
      ? t('review.voteCarried', { own: pts(own), above: pts(own - d) })
      : t('review.voteFailed', { own: pts(own) }),
    better: null,
    points: own,
    stake: own - d,
  };
}

/** What a walk-away leaves the party, at worst, and what staying to object would have kept it at. */
interface Left {
  /** The party's points: its no-deal points, or the worst text the others could carry without it. */
  points: number;
  /** That text (null: no deal is the worst). */
  worst: Scored | null;
  /** Its points at worst had it stayed and objected (at most its no-deal points). */
  floor: number;
  /** The sentence saying so (empty when the walk-away keeps the no-deal points). */
  sentence: string;
}

/**
 * What a walk-away leaves the party: its no-deal points, unless a deal binds every party
 * (`agreement.binds: 'all'`) and those still seated could still carry one without it. Then the worst
 * text they could carry binds it, when it gives the party less than no deal does.
 */
function walkAwayLeaves(input: MoveInput, me: number): Left {
  const m = input.before;
  const d = m.noDeal[me]!;
  const after = input.after;
  const t = tOf(input);
  if (after.scenario.agreement.binds !== 'all' || after.status !== 'running' || !carriesWithEveryone(after))
    return { points: d, worst: null, floor: d, sentence: '' };
  const worst = new Moment(after).worstCarriableFor(me);
  if (!worst || worst.points[me]! >= d - 1e-9)
    return { points: d, worst: null, floor: d, sentence: ` ${t('review.walkedAwayStillBound')}` };
  const held = m.worstCarriableFor(me);
  const floor = Math.min(d, held ? held.points[me]! : d);
  const points = worst.points[me]!;
  return {
    points,
    worst,
    floor,
    sentence: ` ${
      floor > points + 1e-9
        ? t('review.walkedAwayBoundStayingHeld', { worst: pts(points), floor: pts(floor) })
        : t('review.walkedAwayBoundAsLittle', { worst: pts(points) })
    }`,
  };
}

/**
 * A walk-away, by what it leaves the party (`walkAwayLeaves`): a mistake while a text giving the party
 * more than its no-deal points could still carry (a blunder when the text on the table already did),
 * else by what staying to object would have kept it at, best when nothing.
 */
function rateWalkAway(input: MoveInput): Verdict {
  const m = input.before;
  const me = m.indexOf(input.action.party);
  const d = m.noDeal[me]!;
  const t = tOf(input);
  const left = walkAwayLeaves(input, me);
  const carriable = m.bestCarriableFor(me);
  if (!carriable) {
    const lost = left.floor - left.points;
    const rating = lost > 1e-9 ? ratingForLoss(lost / valueScale(m, me)) : m.space ? 'best' : 'good';
    return {
      rating: rating === 'best' && lost > 1e-9 ? 'good' : rating,
      sentence: t(m.space ? 'review.walkedAwayNothingBetter' : 'review.walkedAway', { noDeal: pts(d) }) + left.sentence,
      better: null,
      points: left.points,
      stake: Math.max(0, lost),
    };
  }
  const table = m.state.table;
  const tablePoints = table ? m.points(table.package)[me]! : null;
  const aboveOnTable = tablePoints !== null && tablePoints > d + 1e-9;
  return {
    rating: aboveOnTable ? 'blunder' : 'mistake',
    sentence:
      t(aboveOnTable ? 'review.walkedAwayCarriableOnTable' : 'review.walkedAwayCarriable', {
        noDeal: pts(d),
        best: pts(carriable.points[me]!),
        table: pts(tablePoints ?? 0),
      }) + left.sentence,
    // Counted from what the walk-away leaves: the worst text the others could carry, else no deal.
    better: betterMove(input, carriable, left.worst?.points ?? m.noDeal, 'staying'),
    points: left.points,
    stake: carriable.points[me]! - left.points,
  };
}

/**
 * A pass is rated by the move it gave up: backing the text when its support alone would close a
 * deal above the party's no-deal points (an inaccuracy); objecting to a text under them that it had
 * not objected to (an inaccuracy: silence lets it carry); tabling a text that could carry and gives
 * it more than the table does now (by the share of the table's value forgone, at worst a mistake: a
 * pass commits to nothing). Only when no better move existed is it neutral.
 */
function ratePass(input: MoveInput): Verdict {
  const m = input.before;
  const party = input.action.party;
  const table = m.state.table;
  const t = tOf(input);
  const me = m.indexOf(party);
  const d = m.noDeal[me]!;
  const own = table ? m.points(table.package)[me]! : null;
  const stance = table?.stances[party];
  if (table && own !== null && stance !== 'support') {
    if (
      own > d + 1e-9 &&
      carries(agreementTable(m.state), { ...table.stances, [party]: 'support' }) &&
      isLegal(m.state, { type: 'support', party })
    )
      return {
        rating: 'inaccuracy',
        sentence: t('review.passedDecisive', { own: pts(own), above: pts(own - d) }),
        better: {
          action: { type: 'support', party },
          text: t('review.supportingCloses', { own: pts(own) }),
          points: own,
          gain: own - d,
          others: [],
        },
        points: own,
        stake: own - d,
      };
    if (own < d - 1e-9 && stance !== 'object' && isLegal(m.state, { type: 'object', party }))
      return {
        rating: 'inaccuracy',
        sentence: t('review.passedUnderNoDealSilently', { own: pts(own), noDeal: pts(d) }),
        better: {
          action: { type: 'object', party },
          text: t('review.objectingRecords', { noDeal: pts(d) }),
          points: d,
          gain: d - own,
          others: [],
        },
        points: own,
        stake: d - own,
      };
  }
  // What the party has now: the text on the table if it is worth more than walking away, else no deal
  // (the better move's gain is counted from the same basis as the sentence's).
  const onTable = table && own !== null && own > d ? m.points(table.package) : null;
  const now = onTable ? own! : d;
  const carriable = stance === 'support' ? null : m.bestCarriableFor(me);
  const better =
    carriable && carriable.points[me]! > now + 1e-9
      ? betterMove(input, carriable, onTable ?? m.noDeal, 'tabling')
      : null;
  if (!carriable || !better) return { ...neutral(t(table ? 'review.passed' : 'review.passedNoText')), points: own };
  const gain = carriable.points[me]! - now;
  const rating = ratingForLoss(gain / valueScale(m, me));
  return {
    rating: rating === 'best' ? 'good' : rating === 'blunder' ? 'mistake' : rating,
    sentence: t(own !== null && own > d ? 'review.passedWhileCarriableTable' : 'review.passedWhileCarriableNoDeal', {
      best: pts(carriable.points[me]!),
      gain: pts(gain),
    }),
    better,
    points: own,
    stake: gain,
  };
}

/**
 * The party's points riding on what the evidence argues: for each option it argues for (against), the
 * party's points for it over (under) the mean of its issue's options, averaged with the arguments'
 * strengths as weights. In points, as every move's stake is (the best and worst moments rank by it);
 * positive when the evidence argues for what the party values.
 */
function evidencePoints(
  m: Moment,
  party: number,
  argues: readonly { issue: string; option: string; stance: string; strength: number }[],
): number {
  const sheet = m.domain.parties[party]!.sheet;
  let total = 0;
  let weight = 0;
  for (const a of argues) {
    const i = m.domain.issues.findIndex((x) => x.id === a.issue);
    const k = m.domain.issues[i]?.options.findIndex((o) => o.id === a.option) ?? -1;
    if (i < 0 || k < 0) continue;
    const row = sheet[i]!;
    const mean = row.reduce((x, y) => x + y, 0) / Math.max(1, row.length);
    total += (a.stance === 'for' ? 1 : -1) * a.strength * (row[k]! - mean);
    weight += a.strength;
  }
  return weight > 0 ? total / weight : 0;
}

/** True when the party's sheet gives none of the options the evidence argues for more than its worst option of that issue. */
function valuesNothingArguedFor(
  m: Moment,
  party: number,
  argues: readonly { issue: string; option: string; stance: string }[],
): boolean {
  const fors = argues.filter((a) => a.stance === 'for');
  if (fors.length === 0) return false;
  const sheet = m.domain.parties[party]!.sheet;
  return fors.every((a) => {
    const i = m.domain.issues.findIndex((x) => x.id === a.issue);
    const k = m.domain.issues[i]?.options.findIndex((o) => o.id === a.option) ?? -1;
    if (i < 0 || k < 0) return true;
    const row = sheet[i]!;
    return row[k]! <= Math.min(...row) + 1e-9;
  });
}

function rateEvidence(input: MoveInput, evidence: string, to: PartyId | 'all'): Verdict {
  const m = input.before;
  const sc = m.state.scenario;
  const ev = sc.evidence.find((e) => e.id === evidence);
  const t = say(sc);
  if (!ev) return neutral(t('review.evidencePresented'));
  const me = m.indexOf(input.action.party);
  const benefit = evidencePoints(m, me, ev.argues);
  if (benefit < 0)
    return {
      rating: 'mistake',
      sentence: t('review.evidenceAgainstYou', { evidence: ev.title }),
      better: null,
      points: null,
      stake: -benefit,
    };
  if (to !== 'all') {
    const q = m.indexOf(to);
    if (valuesNothingArguedFor(m, q, ev.argues)) {
      // Only an audience it may still be shown to (not one that has seen it already).
      const shownTo = (p: PartyId | 'all') =>
        isLegal(m.state, { type: 'present-evidence', party: input.action.party, evidence, to: p });
      const fits = m.seated
        .filter((p) => p !== me && p !== q && !valuesNothingArguedFor(m, p, ev.argues))
        .filter((p) => shownTo(m.domain.parties[p]!.id))
        .sort((a, b) => evidencePoints(m, b, ev.argues) - evidencePoints(m, a, ev.argues));
      const target = fits[0] === undefined ? 'all' : m.domain.parties[fits[0]]!.id;
      return {
        rating: 'inaccuracy',
        sentence: t('review.showedToIndifferent', { evidence: ev.title, party: partyRef(sc, to) }),
        better: shownTo(target)
          ? {
              action: { type: 'present-evidence', party: input.action.party, evidence, to: target },
              text:
                target === 'all' ? t('review.showingToTable') : t('review.showingTo', { party: partyRef(sc, target) }),
              points: 0,
              gain: 0,
              others: [],
            }
          : null,
        points: null,
        stake: benefit,
      };
    }
  }
  const strongPublic = to === 'all' && ev.rigour === 'strong' && benefit > 0;
  return {
    rating: strongPublic ? 'best' : 'good',
    sentence: strongPublic
      ? t('review.presentedStrong', { evidence: ev.title })
      : t(ev.rigour === 'weak' ? 'review.presentedWeak' : 'review.presented', { evidence: ev.title }),
    better: null,
    points: null,
    stake: benefit,
  };
}

function rateChallenge(input: MoveInput, evidence: string): Verdict {
  const m = input.before;
  const sc = m.state.scenario;
  const ev = sc.evidence.find((e) => e.id === evidence);
  const title = ev?.title ?? evidence;
  const t = say(sc);
  const outcome = input.after.presented[evidence]?.challenge?.outcome;
  if (outcome === 'exposed')
    return {
      rating: 'best',
      sentence: t('review.challengeExposed', { evidence: title }),
      better: null,
      points: null,
      // The points the exposed evidence argued against the party (none when it argued for it).
      stake: ev ? Math.max(0, -evidencePoints(m, m.indexOf(input.action.party), ev.argues)) : 0,
    };
  if (outcome === 'upheld')
    return {
      rating: 'mistake',
      sentence: t('review.challengeUpheld', { evidence: title }),
      better: null,
      points: null,
      // It cost credibility, not points.
      stake: 0,
    };
  return neutral(t('review.challengeContested', { evidence: title }));
}
