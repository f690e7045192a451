/**
 * Tournaments on several threads (src/cli/parallelTournament.ts): the same result as on one thread,
 * progress for every game, and a worker's failure fails the run with its reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTournament } from '../../src/bots/arena/tournament.ts';
import type { StrategyName } from '../../src/bots/types.ts';
import { PARALLEL_FROM_GAMES, runTournamentParallel } from '../../src/cli/parallelTournament.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { run } from '../support/cli.ts';

const MINIMAL = 'test/fixtures/minimal.json';
const parsed = parseScenario(readFileSync(MINIMAL, 'utf8'), MINIMAL);
if (!parsed.ok) throw new Error('the minimal fixture does not load');
const scenario = parsed.scenario;
const games = PARALLEL_FROM_GAMES + 5;

describe('a tournament on several threads', () => {
  it('gives the result one thread gives, game by game and in order, with progress for every game', async () => {
    const options = { games, seed: 7, strategies: ['adaptive', 'boulware', 'conceder'] as StrategyName[] };
    const progress: number[] = [];
    const running = runTournamentParallel(scenario, {
      ...options,
      threads: 2,
      onProgress: (done, total) => {
        expect(total).toBe(games);
        progress.push(done);
      },
    });
    // Played off this thread: on it, every game would be done (and reported) before the call returned.
    expect(progress).toEqual([]);
    const parallel = await running;
    expect(parallel).toEqual(runTournament(scenario, options));
    expect(progress).toEqual(Array.from({ length: games }, (_, i) => i + 1));
  });

  it('fails with the reason when a worker fails, instead of summarising part of the games', async () => {
    await expect(
      runTournamentParallel(scenario, { games, threads: 2, strategies: ['grumpy' as StrategyName] }),
    ).rejects.toThrow(/grumpy/);
  });

  it('prints the same tables from the command line on one thread as on two', async () => {
    const args = ['tournament', MINIMAL, '--games', String(games), '--json'];
    const one = await run(...args, '--threads', '1');
    const two = await run(...args, '--threads', '2');
    expect(one.code).toBe(0);
    const strip = (out: string) => JSON.stringify({ ...JSON.parse(out), milliseconds: 0 });
    expect(strip(two.out)).toBe(strip(one.out));
    expect((await run('tournament', MINIMAL, '--threads', '0')).code).toBe(2);
  });
});
