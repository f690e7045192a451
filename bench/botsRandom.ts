/**
 * Issue 15's hostile shapes (`npm run bench -- bots`): all-adaptive tables at normal difficulty on
 * random scenarios as `randomScenario` writes them (test/support/negotiationGames.ts `randomTable`:
 * 2–8 parties, any agreement rule, vetoes and Track II parties, 1–4 issues, 2–8 rounds; red lines,
 * events and scoring rules stripped), in three shapes: every BATNA below every package (every deal beats
 * no deal); the same with one or two issues of two options (where "never the lowest" on a top issue
 * means never conceding it: src/bots/binaryStandoff.ts); and every BATNA at the median of the party's
 * own package points. These tables are nobody's scenario: short games with one carriable package among
 * hundreds are where the bots still miss.
 *
 * Each game is judged as the generated games are (bench/botsGenerated.ts `playAdaptive`, one reading for
 * both): the zone of agreement is the analysis' (some coalition the rule accepts carries a package beating
 * its members' disagreement points, i.e. BATNA plus the scenario's no-deal consequence, which random
 * scenarios often have), judged at the start. The targets are the issue's: a deal the rule passes in
 * ≥ 90% of the games with a zone, one leaving every party at or above its BATNA in ≥ 50%; beside them, as
 * a diagnostic, deals where some package beats every party's disagreement points (the narrower zone an
 * earlier version of this bench measured on the BATNAs alone, which counted tables whose no-deal
 * consequence closed the zone). The seeds missed are listed, to replay. The median shape is also played on
 * the next seeds (held out, no target), as the Harborco-like games are (bench/botsGenerated.ts `heldOutLine`).
 * BOTS_BENCH_RANDOM sets the seeds per shape (default 1,000; about 15 s each).
 */
import { randomTable } from '../test/support/negotiationGames.ts';
import { agreementFigures, heldOutLine, playAdaptive, spreadLine, type Played } from './botsGenerated.ts';

export type RandomShape = 'below' | 'binary' | 'median';

export interface RandomFigures {
  games: Played[];
  /** Seeds with a zone of agreement that ended without a deal. */
  missed: number[];
}

function tableOf(seed: number, shape: RandomShape) {
  return shape === 'binary'
    ? randomTable(seed, 'below', { issues: [1, 2], options: [2, 2] })
    : randomTable(seed, shape);
}

export function randomFigures(shape: RandomShape, seeds: number, first = 1): RandomFigures {
  const games: Played[] = [];
  const missed: number[] = [];
  for (let seed = first; seed < first + seeds; seed++) {
    const g = playAdaptive(tableOf(seed, shape), seed);
    games.push(g);
    if (g.zone && !g.passed) missed.push(seed);
  }
  return { games, missed };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A deal under this share of the best carriable joint gain is in the tail `shortfallOf` reports. */
const TAIL = 0.5;

export interface Shortfall {
  deals: number;
  /** Σ (1 − share) over the deals: what the mean misses of 100%, times the deals. */
  total: number;
  /** Deals under TAIL of the best carriable, and their part of `total`. */
  tail: { deals: number; part: number };
  /** Deals leaving some party under its BATNA, and their part of `total`. */
  boundUnder: { deals: number; part: number };
}

/**
 * Where the mean joint gain of deals falls short (issue 15, the median shape: 87.5% on seeds 1–1000): over
 * the deals, how much of the shortfall a few very poor deals carry, and how much the deals that bind a party
 * under its BATNA (a weighted majority passing over the parties it leaves out) carry.
 * The tail, read game by game (2026-12-07, all-adaptive, deals in games with a zone; seeds 1–1000 / held out
 * 1001–2000: 50 / 63 deals under 50%, 37.0 / 53.4 of the 81.9 / 85.0 share-points of shortfall): a minimal winning
 * coalition carrying a text that leaves seated parties under their BATNAs, no walk-out, 29 / 48 deals (23.7 / 41.9
 * points); every party at or above its BATNA but far from the best carriable, 14 / 8 (8.4 / 5.1; three of the 14
 * Pareto-dominated by a text tabled earlier in the game, two by the author's own earlier text); a walk-out
 * before the deal, 4 / 3 (2.8 / 2.2); a party that carries the rule alone taking its ideal, 3 / 4 (2.1 / 4.1). 30 / 39
 * passed before the last round (23.1 / 34.1 points), 9 / 15 in two-round games; in 27 / 35 a text the rule would
 * have carried with every party at or above its BATNA on the true sheets, 10 points or more nearer the best, had been
 * tabled. In the first group the party whose support closed the deal (seeds 1–1000, 29 games, 23 of them in the
 * end game) had a model putting a party truly under its BATNA under its estimated BATNA in 15 games (20 of the 55
 * such parties). Tried there and left out (seeds 1–1000 / 1001–2000, deals / every party at or above its BATNA /
 * joint gain; main 92.5 / 55.0 / 87.4 and 92.5 / 53.0 / 86.9): the closing party, a lap of turns left, first tables
 * the package that lifts a party its models put under and keeps the backers at their estimates of the table, at no
 * cost to itself: fires almost never, 87.4 / 86.9 unchanged; at up to 0.1 of its own range and 0.3 off each
 * backer's estimate, 92.3 / 55.5 / 88.0 and 92.5 / 53.5 / 87.1; any cost to the backers, 91.9 / 56.6 / 88.3 and
 * 91.8 / 54.9 / 87.1; in the last round too, 91.3 / 55.5 / 88.2 and 91.1 / 53.2 / 87.3; holding (passing) instead of
 * closing before the end game where no such package exists, 92.5 / 55.7 / 87.3 and 92.3 / 53.8 / 86.7. The held-out
 * line moves by 0.4 at most: the closer's models see too few of the parties left under.
 * By table shape (2026-12-07, a scratch script on `playAdaptive`; seeds 1–1000 / 1001–2000, 652 / 652 deals in games
 * with a zone, 81.6 / 84.9 share-points of shortfall; "wide" = 10 or more packages the rule carries with its
 * supporters each at or above its disagreement point, the analysis' zone counted package by package): the shortfall
 * sits in wide zones, 38.5 / 40.3% of the deals carrying 60.9 / 69.1% of it (joint gain 80.1 / 77.5%; narrow zones
 * 92.0 / 93.2%), above all under a majority or weighted majority with no required party: 18.9 / 20.5% of the deals,
 * 35.1 / 38.1% of the shortfall, joint gain 76.7 / 75.7%, every party at or above its BATNA in 28.6 / 39.9% of those
 * games, and the deals binding a party under carry 24.9 of its 28.6 / 25.7 of 32.4 points. Three or four issues:
 * 60.6 / 57.9% of the deals, 72.9 / 79.5% of the shortfall; two parties: 20.7 / 19.5%, 14.8 / 14.8%; unanimity
 * (required parties or not): 21.4 / 19.3%, 12.7 / 10.1%. The rounds do not hold from one seed range to the next:
 * two- and three-round games are 25.1 / 27.3% of the deals and 29.5 / 52.1% of the shortfall (joint gain 85.2 / 75.0%;
 * two-round games alone 84.6 / 77.3%), so a two-round rule tuned on one range would be tuned on noise.
 * A wide-zone game read move by move (seed 461: weighted majority, four parties, six rounds): the fourth opening is
 * the best carriable package, every party above; in round 2 two parties re-table their own openings and the third
 * party's support carries one at once (29% of the best carriable, one party 14 under) though its own opening,
 * 4 points better for it and above every BATNA, was on record. Tried (deals / every party at or above / joint gain,
 * both ranges; main 92.5 / 55.0 / 87.4 and 92.5 / 53.0 / 86.9): the same closer re-tabling, instead of carrying the
 * text before the end game, the text tabled earlier that gives it as much, that its models say leaves the others
 * less short of their estimated BATNAs and raises its estimated joint value by 0.1: 17 of the 19 games it changes
 * gain, 92.5 / 55.7 / 87.9 and 92.5 / 53.2 / 87.2; in the end game's first round too, 92.3 / 56.3 / 88.2 and
 * 92.5 / 53.5 / 87.4, and at a cost to it of up to 0.05 of its range 92.3 / 56.3 / 88.2 and 92.5 / 53.6 / 87.7; for any supporter, not only the closer, 92.6 / 56.0 / 87.9 and 92.3 / 53.0 / 87.7; both,
 * 91.1 / 55.7 / 88.1 and 91.9 / 53.8 / 89.2 (deals lost); before the last round at a cost to it of up to 0.15 of
 * its range, 92.3 / 56.6 / 88.5 and 92.5 / 53.8 / 88.0, the only variant a point up on both ranges (the full bots
 * bench agrees), but it moves the library and generated games too: Harborco-like joint gain 92.1 → 91.6%, the
 * generated domains' Nash share 83.5 → 81.5%, the variety's agreed packages 10 → 9, and eight pinned games in
 * test/bots and test/scenario (OCAP, Osaka, cyber attribution, the humanitarian lab, the unanimity table of
 * concession.test.ts). Left out: no variant is a point up on both ranges without costing another line. Joint-value
 * weights do not move the line (the opening's trade-off counting every party's estimate at weight 0.5 or 1, the
 * amendment pull 2 → 4, the counter's redraft weight 1 → 2, redrafting until 0.8 of the game: within ±0.5 both
 * ways, or worse held out; counter.ts `liftOver` lifting by own gain per point of the others' estimated loss, 87.9 /
 * 87.0), nor do the keeping rules (keepAboveBatnas.ts over the whole game, 87.3 / 86.6; not countering a text the
 * models say leaves every party above with one they say leaves some party under, supporting it, 86.9 / 87.0, or
 * holding, 86.1 / 87.6, deals 91.2–91.9).
 * That re-tabling (0.15 of its range, before the last round) also breaks the library in the full bench, all of it
 * under required parties: cyber attribution deals 100 → 3%, OCAP every party at or above 100 → 20%, Osaka joint gain
 * 92 → 84%, the humanitarian lab's deals 97 → 93%, library targets missed 2 → 9. Gates on it keyed on the view only,
 * same figures (2026-12-07): below unanimity, 92.3 / 56.6 / 88.5 and 92.5 / 53.9 / 88.0, the joint gain as ungated
 * (the Nash domains, unanimity, are kept; Harborco-like and the library are not); below unanimity with no required
 * party (the library, Harborco-like and the Nash domains untouched by construction), 92.3 / 56.0 / 88.2 and 92.5
 * / 53.2 / 87.4, at a cost up to 0.3 88.2 / 87.5, with a least joint rise of 0.03 88.3 / 87.4, for any supporter
 * there, not only the closer, 92.3 / 56.0 / 88.2 and 92.3 / 52.9 / 88.6; where the rule can leave out two seated
 * parties (`oneOutAtMost` false), 92.5 / 56.2 / 88.2 and 92.5 / 53.6 / 87.5; where the closer's models say the table
 * leaves a seated party under its estimated BATNA and the earlier text none, 92.3 / 55.3 / 87.6 and 92.5 / 53.8 / 87.5
 * (Harborco-like 92.1 → 91.9%); that condition where the rule leaves out one party at most, unconditioned elsewhere
 * below unanimity, 88.1 / 87.9 (91.9%); any supporter without a required party and, under required parties, only on
 * that condition, 92.3 / 56.5 / 88.3 and 92.3 / 53.5 / 89.0 (91.9%). Two-party tables hold 1 / 3 of the games the
 * ungated rule changes (+0.04 / +0.11): the Nash domains' are unanimity, so a party count adds nothing to the
 * unanimity gate. Seeds 1–1000 never pass 88.3 once a kind of table is cut: the rule changes 26 / 34 games, its gain
 * spread over every shape (no required party +0.6 / +0.5, required +0.3 / +0.6; by parties, rounds and issues alike),
 * so no gate keeps a point on both ranges and leaves Harborco-like and the library alone.
 */
export function shortfallOf(games: readonly Pick<Played, 'feasibleShare' | 'boundUnder'>[]): Shortfall {
  const deals = games.flatMap((g) =>
    g.feasibleShare === null ? [] : [{ share: g.feasibleShare, under: g.boundUnder }],
  );
  const missed = (xs: typeof deals) => xs.reduce((s, d) => s + (1 - d.share), 0);
  const total = missed(deals);
  const part = (xs: typeof deals) => ({ deals: xs.length, part: total > 0 ? missed(xs) / total : 0 });
  return {
    deals: deals.length,
    total,
    tail: part(deals.filter((d) => d.share < TAIL)),
    boundUnder: part(deals.filter((d) => d.under > 0)),
  };
}

export function randomBench(seeds: number): void {
  console.log(`\nRandom tables (test/support/negotiationGames.ts randomTable), ${seeds} seeds per shape, at normal`);
  for (const [shape, label] of [
    ['below', 'every BATNA below every package'],
    ['binary', 'the same, one or two two-option issues'],
    ['median', 'BATNAs at the median of each party’s packages'],
  ] as const) {
    const { games, missed } = randomFigures(shape, seeds);
    agreementFigures(label, games);
    // The median shape is where the bots still miss, and where rules were tuned: its next seeds too.
    if (shape === 'median') {
      spreadLine('the joint-gain line', games);
      const held = randomFigures(shape, seeds, seeds + 1).games;
      heldOutLine(`seeds ${seeds + 1}–${2 * seeds}`, held);
      spreadLine('  its joint gain', held);
      const f = shortfallOf(games);
      console.log(
        `    where the joint gain falls short (diagnostic): deals under ${pct(TAIL)} of the best carriable ${f.tail.deals} of ${f.deals}, ${pct(f.tail.part)} of the shortfall; deals leaving a party under its BATNA ${f.boundUnder.deals}, ${pct(f.boundUnder.part)}`,
      );
    }
    const everyoneZone = games.filter((g) => g.everyoneZone);
    const deals = everyoneZone.filter((g) => g.passed).length;
    console.log(
      `    where some package beats every party's BATNA (${everyoneZone.length} tables): deals in ${deals} (${pct(deals / Math.max(1, everyoneZone.length))}; diagnostic)`,
    );
    if (missed.length > 0)
      console.log(
        `    missed (a zone, no deal): seeds ${missed.slice(0, 12).join(', ')}${missed.length > 12 ? ', …' : ''}`,
      );
  }
}
