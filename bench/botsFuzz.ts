/**
 * Deals every party wants that the bots still miss: all-adaptive normal tables on random scenarios
 * (test/support/randomScenario.ts: 2–8 parties, random agreement rules, Track II, vetoes and protocols)
 * with red lines, events and scoring rules stripped, in three shapes:
 * - `above`: 1–4 issues of 2–5 options, every BATNA at −50, below every package, so every deal beats no deal;
 * - `binary`: the same with one or two issues of two options (where "never the lowest" on a top issue
 *   means never conceding it: binaryStandoff.ts);
 * - `median`: 1–4 issues of 2–5 options, each BATNA at the median of the party's own package points; misses
 *   counted only where some package beats every BATNA.
 * Printed per shape: deals, tables where a package beats every BATNA, and those of them that ended with
 * no deal, by issue count. Diagnostic, no target. Run:
 * `npx tsx -e "import('./bench/botsFuzz.ts').then(m => m.fuzzBench(1000))"` (about 10 s per 1,000 tables).
 */
import { playGame } from '../src/bots/arena/playGame.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { randomScenario, seededRandom } from '../test/support/randomScenario.ts';

export type FuzzShape = 'above' | 'binary' | 'median';

type Package = Record<string, string>;

function packagesOf(sc: Scenario): Package[] {
  let out: Package[] = [{}];
  for (const issue of sc.issues) {
    const options = issue.options.filter((o) => o.available !== false).map((o) => o.id);
    out = out.flatMap((p) => options.map((o) => ({ ...p, [issue.id]: o })));
  }
  return out;
}

const pointsOf = (sheet: Record<string, Record<string, number>>, pkg: Package) =>
  Object.entries(pkg).reduce((s, [i, o]) => s + (sheet[i]?.[o] ?? 0), 0);

/** Seed `seed`'s table of the shape (the parties' count is drawn from the seed, as the issue's fuzz did). */
export function fuzzTable(seed: number, shape: FuzzShape): Scenario {
  const r = seededRandom(seed * 7919);
  const parties = 2 + Math.floor(r() * 7);
  const size =
    shape === 'binary'
      ? {
          parties: [parties, parties] as [number, number],
          issues: [1, 2] as [number, number],
          options: [2, 2] as [number, number],
        }
      : {
          parties: [parties, parties] as [number, number],
          issues: [1, 4] as [number, number],
          options: [2, 5] as [number, number],
        };
  const sc = structuredClone(randomScenario(seed, size));
  const packages = packagesOf(sc);
  for (const p of sc.parties) {
    p.redLines = [];
    if (shape === 'median') {
      const points = packages.map((k) => pointsOf(p.sheet, k)).sort((a, b) => a - b);
      p.batna.points = points[Math.floor((points.length - 1) / 2)] ?? 0;
    } else p.batna.points = -50;
  }
  return { ...sc, events: [], scoringRules: [] };
}

export interface FuzzFigures {
  tables: number;
  deals: number;
  /** Tables where some package beats every party's BATNA. */
  wanted: number;
  /** Of those, the seeds that ended with no deal. */
  missed: number[];
}

export function fuzzFigures(shape: FuzzShape, count: number, first = 1): FuzzFigures {
  const out: FuzzFigures = { tables: 0, deals: 0, wanted: 0, missed: [] };
  for (let seed = first; seed < first + count; seed++) {
    const sc = fuzzTable(seed, shape);
    const game = playGame(sc, { seed, strategies: ['adaptive'], difficulty: 'normal' });
    const deal = game.state.outcome?.kind === 'agreement';
    out.tables++;
    if (deal) out.deals++;
    const wanted = packagesOf(sc).some((k) => sc.parties.every((p) => pointsOf(p.sheet, k) > p.batna.points));
    if (!wanted) continue;
    out.wanted++;
    if (!deal) out.missed.push(seed);
  }
  return out;
}

export function fuzzBench(count: number, first = 1): void {
  console.log(
    `\nFuzzed tables (random scenarios, red lines, events and scoring rules stripped; all-adaptive, normal), seeds ${first}–${first + count - 1}: deals / tables where a package beats every BATNA / of those, no deal (diagnostic)`,
  );
  for (const shape of ['above', 'binary', 'median'] as const) {
    const f = fuzzFigures(shape, count, first);
    console.log(
      `  ${shape.padEnd(7)} deals ${f.deals} of ${f.tables}; a package above every BATNA in ${f.wanted}; missed ${f.missed.length}${f.missed.length > 0 ? ` (seeds ${f.missed.slice(0, 12).join(', ')}${f.missed.length > 12 ? ', …' : ''})` : ''}`,
    );
  }
}
