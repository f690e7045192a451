/**
 * Moves per second applied by random legal players (one core), on every scenarios/*.json, or on
 * random scenarios when none loads. Each move includes choosing it: legalActions for the active
 * party, filling in the template, then apply. Target: ≥ 100,000 moves per second.
 * Then the time score() takes on a finished game (exact normalisation and the collective part use
 * src/analysis; tournaments score every game): mean and slowest over 200 random games. Aim: < 5 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialState } from '../src/engine/index.ts';
import type { GameState } from '../src/engine/index.ts';
import { apply, score } from '../src/engine/index.ts';
import { parseScenario } from '../src/scenario/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { randomAction } from '../test/support/randomPlayer.ts';
import { randomScenario, seededRandom } from '../test/support/randomScenario.ts';

function loadScenarios(): { name: string; scenario: Scenario }[] {
  const dir = 'scenarios';
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
  } catch {
    return [];
  }
  const out: { name: string; scenario: Scenario }[] = [];
  for (const f of files.sort()) {
    const r = parseScenario(readFileSync(join(dir, f)), join(dir, f));
    if (r.ok) out.push({ name: f, scenario: r.scenario });
    else console.log(`${f}: does not load (${r.problems.length} problems), skipped`);
  }
  return out;
}

function measure(
  scenario: Scenario,
  seconds: number,
): { moves: number; games: number; perSecond: number; agreements: number } {
  const rand = seededRandom(42);
  let moves = 0;
  let games = 0;
  let agreements = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  let state: GameState = initialState(scenario, {}, games);
  while (performance.now() < until) {
    for (let i = 0; i < 1000; i++) {
      if (state.status !== 'running') {
        if (state.outcome?.kind === 'agreement') agreements++;
        games++;
        state = initialState(scenario, {}, games);
        continue;
      }
      const action = randomAction(state, rand);
      if (!action) break;
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
      moves++;
    }
  }
  const elapsed = (performance.now() - t0) / 1000;
  return { moves, games, agreements, perSecond: Math.round(moves / elapsed) };
}

function finishedGames(scenario: Scenario, n: number): GameState[] {
  const rand = seededRandom(7);
  const out: GameState[] = [];
  for (let g = 0; g < n; g++) {
    let state = initialState(scenario, {}, 1000 + g);
    while (state.status === 'running') {
      const action = randomAction(state, rand);
      if (!action) break;
      const r = apply(state, action);
      if (!r.ok) throw new Error(r.reason);
      state = r.state;
    }
    out.push(state);
  }
  return out;
}

/** Milliseconds per score() over distinct finished games of one scenario (caches start empty). */
function measureScoring(scenario: Scenario): { mean: number; median: number; games: number } {
  // A JSON copy of the scenario: nothing cached for it yet, as in a fresh tournament.
  const games = finishedGames(JSON.parse(JSON.stringify(scenario)) as Scenario, 200);
  finishedGames(scenario, 20).forEach((g) => score(g)); // warm-up (JIT) on the other copy
  const times: number[] = [];
  for (const g of games) {
    const t = performance.now();
    score(g);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // The median resists a busy machine's pauses; the mean is what a tournament pays.
  return {
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    median: times[times.length >> 1] ?? 0,
    games: games.length,
  };
}

export default async function run(): Promise<void> {
  let targets = loadScenarios();
  if (targets.length === 0) {
    console.log('No scenarios/*.json loads yet: measuring random scenarios instead.');
    targets = [1, 2, 3].map((seed) => ({
      name: `random(${seed}), 6–8 parties`,
      scenario: randomScenario(seed, { parties: [6, 8], issues: [4, 6] }),
    }));
  }
  for (const { name, scenario } of targets) {
    measure(scenario, 0.3); // warm-up
    const m = measure(scenario, 2);
    const mark = m.perSecond >= 100_000 ? 'meets' : 'BELOW';
    console.log(
      `${name}: ${m.perSecond.toLocaleString('en')} moves/s (${m.moves} moves, ${m.games} games, ${m.agreements} agreements) — ${mark} the 100,000 target`,
    );
  }
  for (const { name, scenario } of targets) {
    const sc = measureScoring(scenario);
    console.log(
      `${name}: score() ${sc.mean.toFixed(2)} ms mean, ${sc.median.toFixed(2)} ms median per finished game (${sc.games} games) — ${sc.mean < 5 ? 'meets' : 'ABOVE'} the 5 ms aim`,
    );
  }
}
