/**
 * `npm run bench -- bots`: the computer negotiators against their targets, on each flagship.
 *
 * - speed: a move within 50 ms (mean and worst decide time); a 1,000-game tournament under 30 s;
 * - all-bot games end in agreement where a zone of agreement exists in at least 80% of games;
 * - the adaptive bot's mean score beats Boulware's and the conceder's in mixed tables;
 * - deals reached by all-adaptive tables reach at least 90% of the maximum joint gain on average.
 * Also printed, without a target: how well the opponent models know the others, and the ceiling (how
 * much of the maximum joint gain any deal the agreement rule could carry reaches).
 * BOTS_BENCH_GAMES=200 runs a shorter tournament (the targets need at least 200 games). The tournament
 * plays on every core, as the command-line tool does (BOTS_BENCH_THREADS=1: on one).
 * Issue 15's figures follow (bench/botsGenerated.ts): variety on each flagship (200 games, or
 * BOTS_BENCH_VARIETY), and agreement, BATNA, joint gain and Nash share on generated Harborco-like and
 * research-like games (BOTS_BENCH_GENERATED Harborco-like games, default 500), on random tables of hostile shapes
 * (bench/botsRandom.ts, BOTS_BENCH_RANDOM seeds per shape, default 1,000), then on every scenario of the library
 * (bench/botsLibrary.ts, BOTS_BENCH_LIBRARY games each, default 300), then the believable moves on
 * the library and the flagships' mixed tables (bench/botsBelievable.ts, BOTS_BENCH_BELIEVABLE games
 * each, default 200).
 *
 * The tournament runs twice: among the five established strategies (figures comparable with earlier
 * runs) and among every registered strategy (a new one changes who sits at the mixed tables). Then the
 * established strategies' mixed-table scores with the seats dealt at random (bench/botsSeating.ts,
 * BOTS_BENCH_SEATING games, default 500): the rotation's five mixed tables alone decide its comparison.
 */
import { readFileSync } from 'node:fs';
import { own } from '../src/bots/board.ts';
import { buildContext } from '../src/bots/context.ts';
import { decide } from '../src/bots/decide.ts';
import { estimate } from '../src/bots/opponentModel.ts';
import { seededRandom } from '../src/analysis/seededRandom.ts';
import { botConfigs, assignStrategies } from '../src/bots/arena/playGame.ts';
import type { TournamentResult } from '../src/bots/arena/tournament.ts';
import { defaultThreads, runTournamentParallel } from '../src/cli/parallelTournament.ts';
import { STRATEGIES, TOURNAMENT_STRATEGIES } from '../src/bots/strategies/index.ts';
import { apply, initialState, legalActions, viewFor } from '../src/engine/index.ts';
import { parseScenario } from '../src/scenario/index.ts';
import { generatedBench, shareTarget, shareTargetText, varietyLine, type AgreementFigures } from './botsGenerated.ts';
import { libraryBench, libraryFiguresOf } from './botsLibrary.ts';
import { believableBench } from './botsBelievable.ts';
import { randomBench } from './botsRandom.ts';
import { modelAccuracyBench } from './botsModelAccuracy.ts';
import { randomSeatingLine } from './botsSeating.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { randomScenario } from '../test/support/randomScenario.ts';

/**
 * Seeded games per library scenario. 100 until 2026-12-07, when seeds 101-200 showed two rows the rules had been
 * fitted to seeds 1-100: care.data's deals 92% -> 85%, the humanitarian lab's joint gain 90% -> 88.9% (seeds 1-300:
 * 90.0% and 89.8%, a miss). About 90 s for the library on one core, against 30 s.
 */
const LIBRARY_GAMES = Number(process.env.BOTS_BENCH_LIBRARY ?? 300);
/**
 * Harborco-like games judged against the targets (seeds 1..N), and as many again held out (N+1..2N). 100 until
 * 2026-12-07: the bot rules had been tuned on seeds 1-100 for many sessions, and their joint gain there (92.1%, ok)
 * was not the bots' (seeds 101-200 87.9%, 201-300 86.7%, 301-400 84.3%, 401-500 82.6%; 1-500 86.7%, 501-1000
 * 86.3%; figures of the best carriable before it counted a party at exactly its BATNA as willing: 84.6% on 1-500 and
 * 83.0% on 501-1000 since, src/analysis/zopa.ts `bestFeasibleJoint`). Five hundred games take about 15 s on one core.
 */
const GENERATED_GAMES = 500;
/**
 * Seeded games per scenario and mix for the believable moves, whose targets are counts of zero: 50 until 2026-12-07,
 * when 200 found the one walk-out that shrank a table (the humanitarian lab, seed 95: the NGO coalition left in the
 * last round, on the worst case that the refugee representatives might back the text, and its leaving passed it).
 * About 2 minutes on one core, against 30 s.
 */
const BELIEVABLE_GAMES = 200;
const FLAGSHIPS = ['scenarios/gdpr-research-exemption.json', 'scenarios/safe-harbor-revocation.json'];

function load(file: string): Scenario {
  const r = parseScenario(readFileSync(file), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

function decideTimes(scenario: Scenario, games: number): { mean: number; max: number; moves: number } {
  let total = 0;
  let max = 0;
  let moves = 0;
  for (let seed = 0; seed < games; seed++) {
    const strategies = assignStrategies(scenario, { strategies: [...STRATEGIES] });
    const configs = botConfigs(scenario, strategies, seed, 'hard');
    let state = initialState(scenario, {}, seed);
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const view = viewFor(state, p);
      const legal = legalActions(state, p);
      const t = performance.now();
      const action = decide(view, legal, configs[p]!);
      const dt = performance.now() - t;
      total += dt;
      max = Math.max(max, dt);
      moves++;
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
  }
  return { mean: total / moves, max, moves };
}

/**
 * How well the adaptive bots' opponent models know the others (the judge's view: it reads every
 * party's own utilities): at the start of rounds 3 and 6 of all-adaptive games, the correlation
 * between each model's estimate and the modelled party's true normalised utility, and the mean
 * absolute error, over random packages.
 */
function modelAccuracy(scenario: Scenario, games: number): { r: number; mae: number } {
  const random = seededRandom(7);
  let rSum = 0;
  let maeSum = 0;
  let n = 0;
  for (let seed = 1; seed <= games; seed++) {
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
    let state = initialState(scenario, {}, seed);
    const checked = new Set<number>();
    while (state.status === 'running' && state.active) {
      const p = state.active;
      if ((state.round === 3 || state.round === 6) && !checked.has(state.round)) {
        checked.add(state.round);
        const contexts = new Map(
          scenario.parties.map((q) => [q.id, buildContext(viewFor(state, q.id), configs[q.id]!)] as const),
        );
        const options = contexts.get(p)!.board.options;
        const packages = Array.from({ length: 300 }, () => options.map((row) => Math.floor(random() * row.length)));
        for (const ctx of contexts.values())
          for (const model of ctx.models()) {
            const truth = packages.map((c) => own(contexts.get(model.party)!.board, c));
            const guess = packages.map((c) => estimate(model, c));
            const mt = truth.reduce((a, b) => a + b, 0) / truth.length;
            const mg = guess.reduce((a, b) => a + b, 0) / guess.length;
            let sxy = 0;
            let sxx = 0;
            let syy = 0;
            let mae = 0;
            truth.forEach((t, k) => {
              const g = guess[k]!;
              sxy += (t - mt) * (g - mg);
              sxx += (t - mt) ** 2;
              syy += (g - mg) ** 2;
              mae += Math.abs(t - g);
            });
            rSum += sxy / Math.sqrt(sxx * syy + 1e-12);
            maeSum += mae / truth.length;
            n++;
          }
      }
      const r = apply(state, decide(viewFor(state, p), legalActions(state, p), configs[p]!));
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
  }
  return { r: rSum / n, mae: maeSum / n };
}

/**
 * Move time on the largest table the scenario format allows (limits.ts: 8 parties, 12 issues of 8 options;
 * random scenarios, every strategy, hard bots): an instructor may write one, and a slow move freezes the hot
 * seat's page. The flagships' line above is the target users meet today; this one is where it breaks first.
 */
export function largestTables(): void {
  let total = 0;
  let moves = 0;
  let max = 0;
  for (const seed of [1, 2]) {
    const t = decideTimes(randomScenario(seed, { parties: [8, 8], issues: [12, 12], options: [8, 8] }), 1);
    total += t.mean * t.moves;
    moves += t.moves;
    max = Math.max(max, t.max);
  }
  console.log(
    `\nLargest tables (8 parties, 12 issues of 8 options, 2 random scenarios): decide mean ${(total / moves).toFixed(2)} ms, worst ${max.toFixed(1)} ms over ${moves} moves (hard bots)   ${mark(max < 50)} target < 50 ms`,
  );
}

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);

/**
 * `ceiling`: the scenario's library figures, whose ceiling sets the joint-gain target as on its library row
 * (90% of the best carriable, or of what the everyone target leaves where that is lower: Safe Harbor).
 */
function report(
  file: string,
  r: TournamentResult,
  seconds: number,
  games: number,
  threads: number,
  ceiling: AgreementFigures,
): void {
  const row = (s: string) => r.strategies.find((x) => x.strategy === s);
  const adaptive = row('adaptive')?.meanScoreMixed ?? null;
  const boulware = row('boulware')?.meanScoreMixed ?? null;
  const conceder = row('conceder')?.meanScoreMixed ?? null;
  const adaptiveMix = r.mixes.find((m) => m.mix === 'adaptive');
  const perThousand = (seconds * 1000) / games;
  console.log(
    `  ${games} games in ${seconds.toFixed(1)} s on ${threads} thread${threads === 1 ? '' : 's'} (${perThousand.toFixed(1)} s per 1,000 games)       ${mark(perThousand < 30)} target < 30 s per 1,000`,
  );
  console.log(
    `  agreement where a ZOPA exists: ${pct(r.agreementRateWithZopa)}          ${mark((r.agreementRateWithZopa ?? 0) >= 0.8)} target ≥ 80%`,
  );
  console.log(
    `  mixed tables, mean final score ± standard error (seat effects removed): adaptive ${adaptive?.toFixed(1)} ± ${row('adaptive')?.meanScoreMixedSE?.toFixed(1)}, boulware ${boulware?.toFixed(1)} ± ${row('boulware')?.meanScoreMixedSE?.toFixed(1)}, conceder ${conceder?.toFixed(1)} ± ${row('conceder')?.meanScoreMixedSE?.toFixed(1)}   ${mark(adaptive !== null && boulware !== null && conceder !== null && adaptive > boulware && adaptive > conceder)} target adaptive highest of the three`,
  );
  // The joint-gain target is read against the best carriable joint gain (the next line): the maximum can
  // leave a party the rule needs under its BATNA, where no deal can reach it (the ceiling below).
  console.log(
    `  all-adaptive deals: ${pct(adaptiveMix?.meanShareOfMaxJointGainDeals)} of the analysis' maximum joint gain (agreement ${pct(adaptiveMix?.agreementRate)})   (diagnostic: the target is read against the best carriable, next line)`,
  );
  console.log(
    `  all-adaptive deals: ${pct(adaptiveMix?.meanShareOfFeasibleJointGainDeals)} of the best joint gain the agreement rule could carry   ${mark((adaptiveMix?.meanShareOfFeasibleJointGainDeals ?? 0) >= shareTarget(ceiling) - 1e-9)} target ${shareTargetText(ceiling)}`,
  );
  // Where the maximum-joint-gain package leaves a party the rule needs under its BATNA, no deal can
  // reach it: the ceiling says how much of it any carriable deal could have.
  const ceilings = r.results
    .filter((g) => g.mix === 'adaptive' && g.carriableCeiling !== null)
    .map((g) => g.carriableCeiling as number);
  if (ceilings.length > 0) {
    const lo = Math.min(...ceilings);
    const hi = Math.max(...ceilings);
    console.log(
      `  ceiling: the best deal the agreement rule could carry is ${pct(lo)}${hi - lo > 1e-3 ? `–${pct(hi)}` : ''} of the maximum joint gain (these games' end situations)`,
    );
  }
  console.log('  per strategy: score / mixed / agreement / distance to frontier / share of max joint gain');
  for (const s of r.strategies)
    console.log(
      `    ${s.strategy.padEnd(12)} ${s.meanScore.toFixed(1).padStart(5)} ${(s.meanScoreMixed?.toFixed(1) ?? '—').padStart(5)} ${pct(s.agreementRate).padStart(7)} ${(s.meanDistanceToFrontier?.toFixed(2) ?? '—').padStart(6)} ${pct(s.meanShareOfMaxJointGain).padStart(7)}`,
    );
  console.log('  per mix: agreement / with ZOPA / share of max joint gain (deals)');
  for (const m of r.mixes)
    console.log(
      `    ${m.mix.padEnd(12)} ${pct(m.agreementRate).padStart(7)} ${pct(m.agreementRateWithZopa).padStart(7)} ${pct(m.meanShareOfMaxJointGainDeals).padStart(7)}`,
    );
  void file;
}

export default async function bench(): Promise<void> {
  const games = Number(process.env.BOTS_BENCH_GAMES ?? 1000);
  const threads = Number(process.env.BOTS_BENCH_THREADS ?? defaultThreads());
  for (const file of FLAGSHIPS) {
    const scenario = load(file);
    console.log(`\n${scenario.title} (${file})`);
    const times = decideTimes(scenario, 5);
    console.log(
      `  decide: mean ${times.mean.toFixed(2)} ms, worst ${times.max.toFixed(1)} ms over ${times.moves} moves (hard bots)   ${mark(times.max < 50)} target < 50 ms`,
    );
    varietyLine(scenario, Number(process.env.BOTS_BENCH_VARIETY ?? 200));
    // The joint-gain target's ceiling, from the games the library's row plays (played once, shown there).
    const ceiling = libraryFiguresOf(scenario.id, scenario, LIBRARY_GAMES);
    const accuracy = modelAccuracy(scenario, 5);
    console.log(
      `  opponent models (all-adaptive, rounds 3 and 6): estimate vs true utility r = ${accuracy.r.toFixed(2)}, mean absolute error ${accuracy.mae.toFixed(3)} (diagnostic, no target)`,
    );
    for (const [label, strategies] of [
      ['the established strategies (the default mix)', TOURNAMENT_STRATEGIES],
      ['every registered strategy', STRATEGIES],
    ] as const) {
      console.log(`  — tournament among ${label} (${strategies.join(', ')})`);
      // As the command-line tool plays it: on every core (parallelTournament.ts).
      const start = performance.now();
      const result = await runTournamentParallel(scenario, { games, seed: 1, strategies, threads });
      report(file, result, (performance.now() - start) / 1000, games, threads, ceiling);
    }
    randomSeatingLine(scenario, Number(process.env.BOTS_BENCH_SEATING ?? 500));
  }
  largestTables();
  generatedBench(Number(process.env.BOTS_BENCH_GENERATED ?? GENERATED_GAMES));
  randomBench(Number(process.env.BOTS_BENCH_RANDOM ?? 1000));
  libraryBench(LIBRARY_GAMES);
  believableBench(Number(process.env.BOTS_BENCH_BELIEVABLE ?? BELIEVABLE_GAMES));
  modelAccuracyBench(Number(process.env.BOTS_BENCH_MODEL ?? 5));
}
