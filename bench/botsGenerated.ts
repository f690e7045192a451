/**
 * The issue 15 figures of `npm run bench -- bots` on generated negotiations (test/support/negotiationGames.ts)
 * and the variety count on the flagships, each with its target (ok/MISS).
 */
import { nashPoint } from '../src/analysis/bargaining.ts';
import { analysisOf } from '../src/engine/gameDomain.ts';
import { carries } from '../src/analysis/agreementRule.ts';
import { agreementTable, initialState } from '../src/engine/index.ts';
import { gameMetrics } from '../src/bots/arena/gameMetrics.ts';
import { goodPackages, goodPackagesIn } from '../src/bots/arena/goodPackages.ts';
import { playGame } from '../src/bots/arena/playGame.ts';
import { varietyOf } from '../src/bots/arena/variety.ts';
import type { Difficulty } from '../src/bots/types.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { harborcoLike, researchLike } from '../test/support/negotiationGames.ts';

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export interface Played {
  /** The analysis' zone of agreement: some coalition the rule accepts carries a package beating its members' BATNAs. */
  zone: boolean;
  /** Some package beats every party's BATNA (the Nash point over every party exists). */
  everyoneZone: boolean;
  passed: boolean;
  /** Passed by a formal vote its supporters alone would not carry: the abstentions did (a pass by silence). */
  bySilence: boolean;
  everyoneAboveBatna: boolean;
  /** Parties a passed deal leaves under their BATNA (those who walked away count only where it binds them). */
  boundUnder: number;
  feasibleShare: number | null;
  nashRatio: number | null;
  walkedAway: number;
  /** goodPackages' `everyoneShare` at the game's end: the best all-BATNA package's joint gain over the best carriable. */
  everyoneShare: number | null;
}

/** One all-adaptive game; the zone of agreement is judged at the start (walk-outs can close it later). */
export function playAdaptive(scenario: Scenario, seed: number): Played {
  const start = analysisOf(initialState(scenario, {}, seed), 1);
  const space = start.space;
  const zone = space !== null && start.zone(space).exists;
  const everyoneZone = space !== null && nashPoint(space).index !== null;
  const game = playGame(scenario, { seed, strategies: ['adaptive'] });
  const m = gameMetrics(game.state);
  const outcome = game.state.outcome;
  const passed = outcome?.kind === 'agreement';
  // Judged where the joint-gain share is (gameMetrics): the game's end situation, after events moved BATNAs.
  const endSpace = analysisOf(game.state, outcome?.round ?? game.state.round).space;
  const supporters = Object.fromEntries((passed ? outcome.supporters : []).map((p) => [p, 'support' as const]));
  return {
    zone,
    everyoneZone,
    passed,
    bySilence: passed && !carries(agreementTable(game.state), supporters),
    everyoneAboveBatna: passed && Object.values(game.report.parties).every((s) => s.surplus >= 0),
    boundUnder: passed ? Object.values(game.report.parties).filter((s) => s.surplus < 0).length : 0,
    feasibleShare: passed ? m.shareOfFeasibleJointGain : null,
    nashRatio: passed ? (m.nashRatio ?? 0) : 0,
    walkedAway: game.state.left.length,
    everyoneShare: endSpace ? goodPackagesIn(endSpace).everyoneShare : null,
  };
}

export interface AgreementFigures {
  games: number;
  withZone: number;
  /** Games where some package beats every party's BATNA. */
  withEveryoneZone: number;
  /** Among games with a zone of agreement: a deal the rule passes / every party at or above its BATNA. */
  passed: number | null;
  /** Among games with a zone: a deal passed by a vote that its supporters alone would not carry (diagnostic). */
  bySilence: number | null;
  everyone: number | null;
  /**
   * Mean joint gain of deals / the best carriable joint gain, over the games with a zone of agreement at the start
   * (as every target here): a deal in a game without one is judged against a best carriable of a point or two left
   * after a walk-out, and one such deal at 1567% lifted the median random tables' held-out line by 2.2 points.
   */
  share: number | null;
  /**
   * The same mean over every game with a zone, a game without a deal counting 0 (diagnostic): `share` alone
   * falls when more deals close at less than the mean (the humanitarian lab's tour de table: 87% of deals at
   * 92% -> 97% at 87%, while this rose from 80% to 84%).
   */
  shareOverZone: number | null;
  /** The highest mean joint-gain share the games allow while the everyone-at-or-above-BATNA target holds. */
  shareCeiling: number;
  /**
   * Among deals leaving every party at or above its BATNA, the mean of each one's joint gain over the best such
   * package's (diagnostic): how well tables that keep everyone above find the best package doing so, where
   * that package sits far below the best carriable (the autonomous-vehicle data: 68.7% of it).
   */
  everyoneDealsVsBest: number | null;
  walkOuts: number;
}

/** The everyone-at-or-above-BATNA target: that share of the games with a zone. */
const EVERYONE_TARGET = 0.5;
/** The joint-gain target: that share of the best carriable joint gain (of `shareCeiling` where it is lower). */
const SHARE_TARGET = 0.9;

/**
 * The highest mean joint-gain share (of the best carriable) a set of games allows while ≥ half of those
 * with a zone end on a deal leaving every party at or above its BATNA: the games whose best such package
 * comes nearest the best carriable take it, every other game the best carriable itself. Where the only
 * all-BATNA packages are far from the coalition's best (Safe Harbor: 0.31, so the ceiling is 0.66; the
 * autonomous-vehicle data, 0.78: 0.89), both targets cannot hold as written, and the joint-gain target is
 * read as 90% of this ceiling: the nearest version of it that the everyone target leaves possible.
 */
export function jointGainCeiling(games: Pick<Played, 'zone' | 'everyoneZone' | 'everyoneShare'>[]): number {
  const zone = games.filter((g) => g.zone);
  if (zone.length === 0) return 1;
  // Only where the everyone target is judged: some package beats every BATNA (the library's rows say n/a
  // otherwise, and a package leaving a party exactly at its BATNA is no reason to lower the bar).
  const shares = zone
    .flatMap((g) => (g.everyoneShare === null || !g.everyoneZone ? [] : [g.everyoneShare]))
    .sort((a, b) => b - a);
  const k = Math.min(shares.length, Math.ceil(EVERYONE_TARGET * zone.length));
  const taken = shares.slice(0, k).reduce((a, b) => a + b, 0);
  return (taken + zone.length - k) / zone.length;
}

export function agreementFiguresOf(games: Played[]): AgreementFigures {
  const withZone = games.filter((g) => g.zone);
  const rate = (f: (g: Played) => boolean) =>
    withZone.length === 0 ? null : withZone.filter(f).length / withZone.length;
  return {
    games: games.length,
    withZone: withZone.length,
    withEveryoneZone: games.filter((g) => g.everyoneZone).length,
    passed: rate((g) => g.passed),
    bySilence: rate((g) => g.bySilence),
    everyone: rate((g) => g.everyoneAboveBatna),
    share: mean(withZone.flatMap((g) => (g.feasibleShare === null ? [] : [g.feasibleShare]))),
    shareOverZone: withZone.length === 0 ? null : mean(withZone.map((g) => g.feasibleShare ?? 0)),
    shareCeiling: jointGainCeiling(games),
    everyoneDealsVsBest: mean(
      games.flatMap((g) =>
        g.everyoneAboveBatna && g.feasibleShare !== null && g.everyoneShare !== null && g.everyoneShare > 0
          ? [g.feasibleShare / g.everyoneShare]
          : [],
      ),
    ),
    walkOuts: games.filter((g) => g.walkedAway > 0).length / Math.max(1, games.length),
  };
}

/**
 * The targets: a passing deal in ≥ 90% of games with a zone, everyone at or above its BATNA in ≥ 50%, ≥ 90%
 * of the best carriable joint gain (of `jointGainCeiling` where the everyone target leaves less).
 */
export const meets = {
  passed: (f: AgreementFigures) => (f.passed ?? 0) >= 0.9,
  everyone: (f: AgreementFigures) => (f.everyone ?? 0) >= EVERYONE_TARGET,
  share: (f: AgreementFigures) => (f.share ?? 0) >= shareTarget(f) - 1e-9,
};

/** The joint-gain target for these figures: 90% of the best carriable, or of the ceiling where lower. */
export function shareTarget(f: Pick<AgreementFigures, 'shareCeiling'>): number {
  return SHARE_TARGET * Math.min(1, f.shareCeiling);
}

/** A ceiling within half a point of 100% is printed as the plain target. */
export const CEILING_SHOWN = 0.005;

/** The joint-gain target as printed: "≥ 90%", or "≥ 59% (90% of the 66% ceiling ...)". */
export function shareTargetText(f: Pick<AgreementFigures, 'shareCeiling'>): string {
  if (f.shareCeiling >= 1 - CEILING_SHOWN) return `≥ ${pct(SHARE_TARGET)}`;
  return `≥ ${pct(shareTarget(f))} (${pct(SHARE_TARGET)} of ${pct(f.shareCeiling)}, the most the games allow while every party is at or above its BATNA in ≥ ${pct(EVERYONE_TARGET)} of them)`;
}

/** Prints the issue's agreement figures for a set of games with their targets (ok/MISS). */
export function agreementFigures(label: string, games: Played[]): void {
  const f = agreementFiguresOf(games);
  console.log(`  ${label}: ${f.games} all-adaptive games, ${f.withZone} with a zone of agreement`);
  console.log(`    a deal the rule passes: ${pct(f.passed)}   ${mark(meets.passed(f))} target ≥ 90%`);
  console.log(
    `      of which passed by silence (a vote its supporters alone would not carry): ${pct(f.bySilence)} (diagnostic)`,
  );
  console.log(
    `    a deal leaving every party at or above its BATNA: ${pct(f.everyone)}   ${mark(meets.everyone(f))} target ≥ 50%`,
  );
  console.log(
    `    joint gain of deals / best carriable: ${pct(f.share)}   ${mark(meets.share(f))} target ${shareTargetText(f)}`,
  );
  console.log(
    `      over every game with a zone, no deal counting 0: ${pct(f.shareOverZone)} (diagnostic: more deals at less than the mean lower the line above, never this one)`,
  );
  console.log(`    games with a walk-out: ${pct(f.walkOuts)} (diagnostic)`);
}

/**
 * The same three figures on held-out seeds, without a target: rules tuned on the bench's seeds must hold on
 * others (a Harborco-like tweak once gained a deal on seeds 1-100 and lost one on 101-200).
 */
export function heldOutLine(label: string, games: Played[]): void {
  const f = agreementFiguresOf(games);
  console.log(
    `    held out, ${label}: a deal ${pct(f.passed)}, every party at or above its BATNA ${pct(f.everyone)}, joint gain ${pct(f.share)} (${f.withZone} with a zone; diagnostic, no target)`,
  );
}

export interface ShareSpread {
  /** The line's mean over deals in games with a zone of agreement at the start only, and how many. */
  zoneMean: number | null;
  zoneDeals: number;
  /** The same with each deal's share clipped to [0, 1]. */
  clippedMean: number | null;
  /** Deals above the best carriable (a deal passed by silence, or in a game without a zone at the start), the largest. */
  above: number;
  most: number | null;
  /** Deals in games without a zone at the start (their best carriable, judged at the end, may be a point or two). */
  noZone: number;
  noZoneMean: number | null;
}

/**
 * How steady the joint-gain line is (diagnostic). Each deal's share of the best carriable joint gain is judged
 * at the end of its game, so a game whose best carriable package gains a point or two (a walk-out closed the
 * zone, or there was none at the start) weighs as much as any: on held-out seeds 1001-2000 six deals in games
 * without a zone at the start averaged 365% (one 1567%) and lifted the line from 87.8% to 90.3% while it counted
 * them (it counts only games with a zone now, `agreementFiguresOf`); a deal passed by silence may still pass 100%,
 * hence the clipped mean (a deal carried by a party exactly at its BATNA did too, up to 771%, until the best
 * carriable counted such a party as willing: src/analysis/zopa.ts `bestFeasibleJoint`).
 */
export function spreadOf(games: readonly Pick<Played, 'zone' | 'feasibleShare'>[]): ShareSpread {
  const deals = games.flatMap((g) => (g.feasibleShare === null ? [] : [{ zone: g.zone, share: g.feasibleShare }]));
  const inZone = deals.filter((d) => d.zone).map((d) => d.share);
  const outside = deals.filter((d) => !d.zone).map((d) => d.share);
  const above = deals.filter((d) => d.share > 1).map((d) => d.share);
  return {
    zoneMean: mean(inZone),
    zoneDeals: inZone.length,
    clippedMean: mean(inZone.map((x) => Math.min(1, Math.max(0, x)))),
    above: above.length,
    most: above.length === 0 ? null : Math.max(...above),
    noZone: outside.length,
    noZoneMean: mean(outside),
  };
}

export function spreadLine(label: string, games: readonly Pick<Played, 'zone' | 'feasibleShare'>[]): void {
  const f = spreadOf(games);
  console.log(
    `    ${label} (diagnostic): the ${f.zoneDeals} deals in games with a zone ${pct(f.zoneMean)}, each clipped to [0, 1] ${pct(f.clippedMean)}; ${f.above} deals above the best carriable (up to ${pct(f.most)}); not counted, ${f.noZone} deals in games without a zone at the start (mean ${pct(f.noZoneMean)})`,
  );
}

/** Generated research-like domains the Nash-share targets are judged on (see `generatedBench`). */
const RESEARCH_DOMAINS = 60;

/** Turn order starting at seat k. */
function rotated(scenario: Scenario, k: number): Scenario {
  const order = scenario.protocol.turnOrder;
  return { ...scenario, protocol: { ...scenario.protocol, turnOrder: [...order.slice(k), ...order.slice(0, k)] } };
}

export function generatedBench(count: number): void {
  console.log('\nGenerated negotiations (issue 15), all-adaptive tables');
  const harborco = Array.from({ length: count }, (_, s) => playAdaptive(harborcoLike(s + 1), s + 1));
  agreementFigures('Harborco-like (6–7 parties, 5–6 issues, n−1 of n with two required, narrow zone)', harborco);
  spreadLine('the joint-gain line', harborco);
  heldOutLine(
    `seeds ${count + 1}–${2 * count}`,
    Array.from({ length: count }, (_, s) => playAdaptive(harborcoLike(count + s + 1), count + s + 1)),
  );
  // Sixty domains. The issue measures ten research domains held out from us; the bench's first ten generated ones
  // stood in for them until 2026-12-07, and the rules had been tuned on them: opener rotated at 8 rounds 83.5%
  // there, 67.7% on domains 11-60 (50 rounds: 89.2% and 75.7%; agreement 90% and 96%). The targets are judged on
  // all sixty; the first ten's figures stay printed, as a diagnostic, beside the earlier runs'.
  const domains = Array.from({ length: RESEARCH_DOMAINS }, (_, s) => s + 1);
  const fixed8 = domains.map((s) => playAdaptive(researchLike(s, 8), s));
  agreementFigures(
    `research-like (2–8 parties, linear additive, every third with a single narrow zone), domains 1–${RESEARCH_DOMAINS}`,
    fixed8,
  );
  spreadLine('the joint-gain line', fixed8);
  // Each domain weighs the same (the mean over its rotations first), as in the fixed-opener figure:
  // pooling every rotation would weigh a domain by its number of parties, and the fixed-vs-rotated gap
  // would then measure which domains have many parties rather than who opens.
  const rotatedShares = (rounds: number) =>
    domains.map((s) => {
      const sc = researchLike(s, rounds);
      return mean(sc.protocol.turnOrder.map((_, k) => playAdaptive(rotated(sc, k), s).nashRatio ?? 0)) ?? 0;
    });
  const shares8 = rotatedShares(8);
  const shares50 = rotatedShares(50);
  const fixedShares = fixed8.map((g) => g.nashRatio ?? 0);
  const at8 = mean(shares8) ?? 0;
  const at50 = mean(shares50) ?? 0;
  const fixed = mean(fixedShares) ?? 0;
  console.log(
    `    Nash share, opener rotated (mean over the domains), 8 rounds: ${pct(at8)}   ${mark(at8 >= 0.65)} target ≥ 65%`,
  );
  console.log(
    `    Nash share, opener rotated, 50 rounds: ${pct(at50)}   ${mark(at50 >= at8)} target ≥ the 8-round figure`,
  );
  console.log(
    `    fixed opener ${pct(fixed)} vs rotated ${pct(at8)}: ${(100 * Math.abs(fixed - at8)).toFixed(1)} points   ${mark(Math.abs(fixed - at8) <= 0.05)} target ≤ 5 points`,
  );
  const first = (xs: number[]) => mean(xs.slice(0, 10)) ?? 0;
  console.log(
    `    domains 1–10 alone (the bench's sample before 2026-12-07): rotated ${pct(first(shares8))} at 8 rounds, ${pct(first(shares50))} at 50, fixed opener ${pct(first(fixedShares))} (diagnostic, no target)`,
  );
}

/** The agreed packages (`packageKey`) of `games` seeded all-adaptive games. */
export function agreedPackages(scenario: Scenario, games: number, difficulty: Difficulty = 'normal'): Set<string> {
  return varietyOf(scenario, games, difficulty).packages;
}

/** Distinct agreed packages in `games` seeded all-adaptive games (target ≥ 30 in 200). */
export function distinctDeals(scenario: Scenario, games: number, difficulty: Difficulty = 'normal'): number {
  return agreedPackages(scenario, games, difficulty).size;
}

/** Distinct packages a table could honestly agree on (src/bots/arena/goodPackages.ts). */
const VARIETY_TARGET = 30;
/** Distinct negotiations (main moves, src/bots/arena/variety.ts) in 200 seeded games, at every difficulty. */
const GAMES_TARGET = 150;

/**
 * The variety targets in `games` seeded all-adaptive games per difficulty: distinct negotiations
 * (the main moves; ≥ 150 in 200), beside the distinct transcripts (talk moves too) and first texts,
 * and distinct deals (≥ 30 in 200) next to how many good packages exist: where fewer than 30 do, the
 * deal target is impossible as written, and the honest one is that games reach min(30, that count)
 * of them. Each is printed with ok/MISS.
 */
export function varietyLine(scenario: Scenario, games: number): void {
  const good = goodPackages(scenario);
  const exist = good.keys?.size ?? null;
  // Fewer carriable packages than the target: not even deals of any quality could number 30 (Safe Harbor: 16; GDPR has 32).
  const impossible =
    good.carriable !== null && good.carriable < VARIETY_TARGET
      ? `: ≥ ${VARIETY_TARGET} distinct agreed packages is impossible as written, good or not`
      : exist !== null && exist < VARIETY_TARGET
        ? `: ≥ ${VARIETY_TARGET} distinct good deals is impossible as written`
        : '';
  console.log(
    `  good packages: ${exist ?? '—'} pass the rule, leave every party at or above its BATNA and reach ≥ 90% of the best carriable joint gain (${good.carriable ?? '—'} packages the rule can carry at all)${impossible}`,
  );
  const needs = games < 200 ? ' (needs 200 games)' : '';
  for (const difficulty of ['normal', 'easy', 'hard'] as const) {
    const v = varietyOf(scenario, games, difficulty);
    const n = v.packages.size;
    const scaled = Math.ceil((GAMES_TARGET * games) / 200);
    console.log(
      `  variety (${difficulty} bots, ${games} seeded all-adaptive games): ${v.negotiations} distinct negotiations (main moves; ${v.transcripts} transcripts with talk, ${v.texts} sequences of texts tabled, ${v.firstTexts} first texts)   ${mark(v.negotiations >= scaled)} target ≥ ${GAMES_TARGET} in 200${games < 200 ? ` (≥ ${scaled} in ${games})` : ''}`,
    );
    const reached = good.keys === null ? null : [...v.packages].filter((k) => good.keys?.has(k)).length;
    const honest = exist === null ? null : Math.min(VARIETY_TARGET, exist);
    console.log(
      `    ${n} distinct agreed packages (${pct(v.agreements / Math.max(1, games))} agreed)   ${mark(games >= 200 && n >= VARIETY_TARGET)} target ≥ ${VARIETY_TARGET} in 200${needs}`,
    );
    if (honest === null || reached === null) continue;
    console.log(
      honest === 0
        ? `    no good package exists, so no deal can be one (see the carriable count above)`
        : `    of the ${exist} good packages, the games reach ${reached}   ${mark(games >= 200 && reached >= honest)} target ≥ ${honest} (min(${VARIETY_TARGET}, good packages))`,
    );
  }
}
