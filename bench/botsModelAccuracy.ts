/**
 * How well the adaptive bots' opponent models know the others (`npm run bench -- bots`; a diagnostic,
 * no target), on every scenario of the library and on generated Harborco-like games: at the start of
 * rounds 3 and 6 of all-adaptive games, for every bot's model of every other party, the correlation
 * between the model's estimate and the modelled party's true normalised utility (the judge's view: it
 * reads that party's own board; its points, sheet and scoring rules, between its worst and best, with no
 * red-line penalty: the bots' own `own` puts red-line options far under 0, which swamped the error) over random packages, and the mean absolute error. Printed per scenario
 * and round, with the means over the library, and the share of models that are flat (a party that has
 * backed no text leaves its model flat, r 0: where many parties stay silent, as on the pathogen, Safe
 * Harbor and GDPR tables, that share drags the correlation down). BOTS_BENCH_MODEL sets the games per scenario (default 5; four times as many generated games).
 *
 * Beside them, how well the models place each party's BATNA ("batna off"): the share of the random packages a
 * model puts on the other side of its estimated BATNA (othersAcceptance.ts `estimatedBatna`) than the party's true
 * worth puts them of its true BATNA (the judge's view again, rules included). That is what the end game and the
 * redrafts read when they ask whether a party can live with a text; on the random median tables it is printed
 * too, where half of each party's packages fall under its BATNA.
 */
import { assignStrategies, botConfigs } from '../src/bots/arena/playGame.ts';
import { normalise, ownPoints, type Choice } from '../src/bots/board.ts';
import { buildContext, type Context } from '../src/bots/context.ts';
import { decide } from '../src/bots/decide.ts';
import { estimate } from '../src/bots/opponentModel.ts';
import { estimatedBatna } from '../src/bots/othersAcceptance.ts';
import { seededRandom } from '../src/analysis/seededRandom.ts';
import { apply, initialState, legalActions, viewFor } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { harborcoLike, randomTable } from '../test/support/negotiationGames.ts';
import { libraryScenarios } from './botsLibrary.ts';

/** The rounds at whose start the models are judged. */
export const ACCURACY_ROUNDS = [3, 6] as const;
/** Random packages each model is judged on. */
const PACKAGES = 300;

export interface Accuracy {
  /** Mean correlation (estimate vs truth) over the models judged, or null when none was. */
  r: number | null;
  /** Mean absolute error of the estimate, 0..1. */
  mae: number | null;
  models: number;
  /** Share of the models judged that are flat (every package estimated alike: a party that backed nothing). */
  flat: number | null;
  /** Mean share of the packages a model puts on the wrong side of the party's BATNA (`estimatedBatna` vs the truth). */
  batnaOff: number | null;
}

interface Sums {
  r: number;
  mae: number;
  n: number;
  flat: number;
  batnaOff: number;
}

/** Correlation and mean absolute error of `guess` against `truth` (r 0 when either is flat). */
export function agreementOf(truth: readonly number[], guess: readonly number[]): { r: number; mae: number } {
  const n = Math.max(1, truth.length);
  const mt = truth.reduce((a, b) => a + b, 0) / n;
  const mg = guess.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  let mae = 0;
  truth.forEach((t, k) => {
    const g = guess[k] ?? 0;
    sxy += (t - mt) * (g - mg);
    sxx += (t - mt) ** 2;
    syy += (g - mg) ** 2;
    mae += Math.abs(t - g);
  });
  return { r: sxx * syy > 1e-12 ? sxy / Math.sqrt(sxx * syy) : 0, mae: mae / n };
}

/** Every seated bot's models of the others, judged on random packages. */
function judge(contexts: Map<string, Context>, packages: readonly Choice[], into: Sums): void {
  for (const ctx of contexts.values())
    for (const model of ctx.models()) {
      const board = contexts.get(model.party)?.board;
      if (!board) continue;
      const truth = packages.map((c) => normalise(board, ownPoints(board, c)));
      const guess = packages.map((c) => estimate(model, c));
      const { r, mae } = agreementOf(truth, guess);
      const level = estimatedBatna(model);
      into.batnaOff +=
        truth.filter((t, k) => (guess[k] ?? 0) >= level !== t >= board.batnaNorm).length / Math.max(1, truth.length);
      into.r += r;
      into.mae += mae;
      into.n++;
      if (model.values.every((row) => row.every((v) => Math.abs(v - (row[0] ?? 0)) < 1e-9))) into.flat++;
    }
}

/** The adaptive models' accuracy at the start of each of ACCURACY_ROUNDS, over `games` seeded all-adaptive games. */
export function modelAccuracy(scenario: Scenario, games: number, firstSeed = 1): Map<number, Accuracy> {
  const random = seededRandom(7);
  const sums = new Map<number, Sums>(ACCURACY_ROUNDS.map((r) => [r, { r: 0, mae: 0, n: 0, flat: 0, batnaOff: 0 }]));
  for (let seed = firstSeed; seed < firstSeed + games; seed++) {
    const configs = botConfigs(scenario, assignStrategies(scenario, { strategies: ['adaptive'] }), seed, 'normal');
    let state = initialState(scenario, {}, seed);
    const checked = new Set<number>();
    while (state.status === 'running' && state.active) {
      const p = state.active;
      const into = sums.get(state.round);
      if (into && !checked.has(state.round)) {
        checked.add(state.round);
        const seated = scenario.parties.map((q) => q.id).filter((q) => !state.left.includes(q));
        const contexts = new Map(seated.map((q) => [q, buildContext(viewFor(state, q), configs[q]!)] as const));
        const options = contexts.get(p)?.board.options ?? [];
        const packages = Array.from({ length: PACKAGES }, () =>
          options.map((row) => Math.floor(random() * row.length)),
        );
        judge(contexts, packages, into);
      }
      const r = apply(state, decide(viewFor(state, p), legalActions(state, p), configs[p]!));
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
  }
  return new Map(
    [...sums].map(([round, s]) => [
      round,
      {
        r: s.n > 0 ? s.r / s.n : null,
        mae: s.n > 0 ? s.mae / s.n : null,
        models: s.n,
        flat: s.n > 0 ? s.flat / s.n : null,
        batnaOff: s.n > 0 ? s.batnaOff / s.n : null,
      },
    ]),
  );
}

const fmt = (a: Accuracy | undefined) =>
  a?.r === null || a?.r === undefined || a.mae === null
    ? '—'
    : `r ${a.r.toFixed(2).padStart(5)} mae ${a.mae.toFixed(3)} flat ${(100 * (a.flat ?? 0)).toFixed(0).padStart(3)}% batna off ${(a.batnaOff ?? 0).toFixed(3)}`;

function line(label: string, acc: Map<number, Accuracy>): void {
  console.log(`  ${label.padEnd(36)} ${ACCURACY_ROUNDS.map((r) => `round ${r}: ${fmt(acc.get(r))}`).join('   ')}`);
}

/** Mean of per-scenario figures, each scenario weighing the same. */
function meanOf(all: Map<number, Accuracy>[]): Map<number, Accuracy> {
  return new Map(
    ACCURACY_ROUNDS.map((round) => {
      const xs = all.map((m) => m.get(round)).filter((a): a is Accuracy => a?.r !== null && a?.r !== undefined);
      const mean = (f: (a: Accuracy) => number) =>
        xs.length === 0 ? null : xs.reduce((s, a) => s + f(a), 0) / xs.length;
      return [
        round,
        {
          r: mean((a) => a.r ?? 0),
          mae: mean((a) => a.mae ?? 0),
          models: xs.reduce((s, a) => s + a.models, 0),
          flat: mean((a) => a.flat ?? 0),
          batnaOff: mean((a) => a.batnaOff ?? 0),
        },
      ];
    }),
  );
}

export function modelAccuracyBench(games: number): void {
  console.log(
    `\nOpponent models (all-adaptive, ${games} seeded games each): estimate vs true normalised utility at the start of rounds ${ACCURACY_ROUNDS.join(' and ')}, correlation r and mean absolute error; batna off: share of packages put on the wrong side of the party's BATNA (diagnostic, no target)`,
  );
  const library = libraryScenarios().map(({ file, scenario }) => {
    const acc = modelAccuracy(scenario, games);
    line(file.replace('.json', ''), acc);
    return acc;
  });
  line('library mean', meanOf(library));
  // Each generated game is its own scenario: more of them, one seed each.
  const count = 4 * games;
  const generated = Array.from({ length: count }, (_, s) => modelAccuracy(harborcoLike(s + 1), 1, s + 1));
  line(`Harborco-like (${count} generated games)`, meanOf(generated));
  const median = Array.from({ length: count }, (_, s) => modelAccuracy(randomTable(s + 1, 'median'), 1, s + 1));
  line(`random median (${count} tables)`, meanOf(median));
}
