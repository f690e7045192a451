/**
 * A tournament on every core. Each game of a tournament depends on its index alone
 * (bots/arena/tournament.ts `tournamentGame`), so worker threads play the games, a few at a time as
 * each asks for more, and the results are put back in order and summarised: the same result as
 * `runTournament` on one thread, in about 1/n of the time on n cores (1,000 Safe Harbor games
 * take about a minute on one core of the 2-core CI machine).
 *
 * Small tournaments stay on this thread: starting a worker (loading the bots) costs about as much as
 * a dozen games. A worker that fails (cannot start, throws) fails the whole run with its reason;
 * nothing is half-summarised.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../engine/index.ts';
import {
  runTournament,
  summarise,
  tournamentPlan,
  type GameResult,
  type TournamentOptions,
  type TournamentPlan,
  type TournamentResult,
} from '../bots/arena/tournament.ts';

/** Under this many games a tournament is played on the calling thread. */
export const PARALLEL_FROM_GAMES = 40;
/** More threads than this gain little and cost memory (each holds the bots and its caches). */
const MAX_THREADS = 8;

export interface ParallelTournamentOptions extends TournamentOptions {
  /** Threads to play on (default: the machine's cores, at most 8; never more than the cores); 1 plays on the calling thread. */
  threads?: number;
}

/** What the parent hands a worker at start. */
export interface WorkerSetup {
  scenario: Scenario;
  plan: TournamentPlan;
}

/** Parent → worker: the next game indices to play, or none left. */
export type ToWorker = { games: number[] } | { stop: true };
/** Worker → parent: a game played, or the chunk is done (ready for more). */
export type FromWorker = { k: number; result: GameResult } | { ready: true };

/** The worker's module: the bundled .js next to the bundle, or the .ts source under tsx and the tests. */
function workerEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { url: new URL('./tournamentWorker.js', here), execArgv: [] };
  // The source needs TypeScript compiled on the fly in the worker too: tsx's loader, found from here
  // (not from the working folder, which may be anywhere).
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return { url: new URL('./tournamentWorker.ts', here), execArgv: ['--import', tsx] };
}

export function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
}

export async function runTournamentParallel(
  scenario: Scenario,
  options: ParallelTournamentOptions,
): Promise<TournamentResult> {
  const games = options.games;
  // Never more threads than cores (a `--threads 1000` would only cost memory), nor than a tenth of the games.
  const threads = Math.min(options.threads ?? defaultThreads(), availableParallelism(), Math.ceil(games / 10));
  if (threads <= 1 || games < PARALLEL_FROM_GAMES) return runTournament(scenario, options);
  const plan = tournamentPlan(options);
  // Small chunks keep every thread busy to the end (games differ in length); not so small that the
  // messages cost more than the games.
  const chunk = Math.max(1, Math.min(20, Math.floor(games / (threads * 8))));
  let next = 0;
  let done = 0;
  const results: (GameResult | undefined)[] = Array.from({ length: games }, () => undefined);
  const { url, execArgv } = workerEntry();
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = threads;
      const fail = (e: unknown) => reject(e instanceof Error ? e : new Error(String(e)));
      for (let w = 0; w < threads; w++) {
        const setup: WorkerSetup = { scenario, plan };
        const worker = new Worker(url, { workerData: setup, execArgv });
        workers.push(worker);
        const send = (m: ToWorker) => worker.postMessage(m);
        worker.on('message', (m: FromWorker) => {
          if ('k' in m) {
            results[m.k] = m.result;
            done++;
            options.onProgress?.(done, games);
            return;
          }
          if (next < games) {
            const ks: number[] = [];
            for (let i = 0; i < chunk && next < games; i++) ks.push(next++);
            send({ games: ks });
          } else {
            send({ stop: true });
          }
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a tournament worker stopped with exit code ${code}`));
          else if (--running === 0) resolve();
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const missing = results.findIndex((r) => r === undefined);
  if (missing >= 0) throw new Error(`tournament game ${missing + 1} of ${games} was never played`);
  return summarise(scenario.id, results as GameResult[], plan.mixes, plan.seed, plan.difficulty);
}
