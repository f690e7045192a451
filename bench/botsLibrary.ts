/**
 * Issue 15's figures on every scenario of the library (`npm run bench -- bots`): all-adaptive tables
 * under each scenario's own table rules (red lines, Track II, the rule counting every party), with
 * whether a zone of agreement exists at the start (the analysis' zone: a package some coalition the
 * rule accepts carries, beating each member's BATNA), the share of games with a zone ending on a deal
 * the rule passes (target ≥ 90%), on a deal leaving every party at or above its BATNA (≥ 50%), and
 * the mean joint gain of deals against the best carriable joint gain (≥ 90%, or 90% of the ceiling the
 * everyone target leaves where that is lower: Safe Harbor, the autonomous-vehicle data). Also printed: whether some
 * package beats every party's BATNA at once (the Nash point over every party exists), and how wide the
 * zone is: the packages the rule can carry at the start, of all the packages (a zone of one package in
 * a thousand, as care.data's or the data passport's, is one that tables without the others' sheets
 * rarely find).
 * BOTS_BENCH_LIBRARY sets the games per scenario (default 300: bots.bench.ts `LIBRARY_GAMES` says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenario } from '../src/scenario/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { goodPackages } from '../src/bots/arena/goodPackages.ts';
import { analysisOf } from '../src/engine/gameDomain.ts';
import { initialState } from '../src/engine/index.ts';
import {
  agreementFiguresOf,
  CEILING_SHOWN,
  meets,
  playAdaptive,
  shareTarget,
  type AgreementFigures,
} from './botsGenerated.ts';

const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(0)}%`);
const pct1 = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);

export function libraryScenarios(): { file: string; scenario: Scenario }[] {
  const dir = resolve(import.meta.dirname, '../scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
    .sort()
    .map((file) => {
      const r = parseScenario(readFileSync(resolve(dir, file), 'utf8'), file);
      if (!r.ok) throw new Error(`${file} does not load`);
      return { file, scenario: r.scenario };
    });
}

const played = new Map<string, AgreementFigures>();

/**
 * Issue 15's figures for one scenario: `games` seeded all-adaptive games (seeds 1..games), played once per
 * run (the flagships' tournament lines read their joint-gain target from them, as the library's rows do).
 */
export function libraryFiguresOf(id: string, scenario: Scenario, games: number): AgreementFigures {
  const key = `${id}\u0000${games}`;
  let f = played.get(key);
  if (!f) {
    f = agreementFiguresOf(Array.from({ length: games }, (_, s) => playAdaptive(scenario, s + 1)));
    played.set(key, f);
  }
  return f;
}

export function libraryBench(games: number): void {
  console.log(
    `\nThe library, all-adaptive tables under each scenario's table rules (${games} seeded games each): ` +
      'zone / a deal the rule passes (≥ 90%) / every party ≥ its BATNA (≥ 50%) / joint gain vs best carriable (≥ 90%; ' +
      'in brackets, over every game with a zone, no deal counting 0: diagnostic) / walk-outs',
  );
  let missed = 0;
  for (const { file, scenario } of libraryScenarios()) {
    const f = libraryFiguresOf(scenario.id, scenario, games);
    const zone = f.withZone === f.games ? 'yes' : f.withZone === 0 ? 'no ' : `${f.withZone}/${f.games}`;
    const cells =
      f.withZone === 0
        ? ['(no zone: no target)']
        : [
            `${pct(f.passed).padStart(4)} ${mark(meets.passed(f))}`,
            // Judged only where some package beats every party's BATNA at once.
            `${pct(f.everyone).padStart(4)} ${f.withEveryoneZone > 0 ? mark(meets.everyone(f)) : 'n/a '}`,
            // One decimal: a row missing its target by a fifth of a point read "90% MISS".
            `${pct1(f.share).padStart(6)} ${mark(meets.share(f))} (${pct(f.shareOverZone)} over all)`,
          ];
    // Where the only all-BATNA packages are far from the coalition's best, the joint-gain target is read
    // against the ceiling the everyone target leaves (bench/botsGenerated.ts jointGainCeiling).
    const ceiling =
      f.withZone > 0 && f.shareCeiling < 1 - CEILING_SHOWN
        ? `  (joint-gain target ${pct(shareTarget(f))}: 90% of the ${pct(f.shareCeiling)} ceiling that every party ≥ its BATNA in half the games leaves` +
          (f.everyoneDealsVsBest === null
            ? ')'
            : `; deals leaving every party ≥ its BATNA reach ${(100 * f.everyoneDealsVsBest).toFixed(1)}% of the best such package's joint gain, diagnostic)`)
        : '';
    if (f.withZone > 0)
      missed += [meets.passed(f), f.withEveryoneZone === 0 || meets.everyone(f), meets.share(f)].filter(
        (ok) => !ok,
      ).length;
    const all =
      f.withEveryoneZone === f.games ? 'yes' : f.withEveryoneZone === 0 ? 'no ' : `${f.withEveryoneZone}/${f.games}`;
    const size = analysisOf(initialState(scenario, {}, 1), 1).space?.size ?? null;
    const carriable = goodPackages(scenario).carriable;
    const width = size === null || carriable === null ? '' : ` carriable ${carriable} of ${size}`;
    console.log(
      `  ${file.replace('.json', '').padEnd(34)} zone ${zone} (all-BATNA package ${all}${width})  ${cells.join('  ')}  walk-outs ${pct(f.walkOuts)}${ceiling}`,
    );
  }
  console.log(`  library targets missed: ${missed}`);
}
