/**
 * Analysis speed on random domains (targets from issues 4 and 17, one core):
 *  - the exact frontier on the shapes of test/support/benchShapes.ts (whole points 0..1000 and
 *    continuous values, random and opposed preferences, 6 and 8 parties, 10^6 and 10^7 packages),
 *    each run in a process of its own (bench/frontierCase.ts) for its own peak memory, alternating
 *    with a plain divide-and-conquer reference (bench/referenceFrontier.ts) whose frontier must be
 *    the same; targets at 10^7: < 1 s under 30,000 frontier packages, < 2 s under 100,000, peak
 *    < 500 MB; above that, microseconds per frontier package. Medians of BENCH_REPS runs (default 3);
 *    the verdict is on CPU seconds (user + system), which other engineers' load on the machine
 *    inflates far less than wall time.
 *  - enumeration rate and the frontier on the old whole-points 0..20 domains;
 *  - Nash, Kalai–Smorodinsky and "does anything dominate this deal?" at 10^10 packages (< 1 s).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kalaiSmorodinsky, nashPoint } from '../src/analysis/bargaining.ts';
import { findDominating } from '../src/analysis/deal.ts';
import { enumerateOutcomes } from '../src/analysis/enumerate.ts';
import { paretoFrontier } from '../src/analysis/frontier.ts';
import { randomDomain, seededRandom } from '../test/support/randomDomain.ts';
import { compileSpace, pointsOfIndex } from '../src/analysis/space.ts';
import { BENCH_SHAPES } from '../test/support/benchShapes.ts';
import type { FrontierRun } from './frontierCase.ts';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, (performance.now() - t0) / 1000];
}
const verdict = (s: number, target: number) =>
  `${s.toFixed(3)} s (target < ${target} s: ${s < target ? 'met' : 'MISSED'})`;

const here = dirname(fileURLToPath(import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
/** Beyond this many frontier packages the reference's plain window (quadratic) is not run (BENCH_REFERENCE_LIMIT). */
const REFERENCE_LIMIT = Number(process.env.BENCH_REFERENCE_LIMIT ?? 70_000);

function runCase(method: 'accord' | 'reference', shape: number): FrontierRun {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'frontierCase.ts'), method, String(shape)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as FrontierRun;
}

function frontierShapes(): void {
  const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 3));
  console.log(
    `\nExact frontier, ${reps} runs each (median CPU s [wall s]), a process per run; reference: plain divide and conquer`,
  );
  BENCH_SHAPES.forEach((shape, i) => {
    const ours: FrontierRun[] = [];
    const ref: FrontierRun[] = [];
    for (let r = 0; r < reps; r++) {
      ours.push(runCase('accord', i));
      if (ours[0]!.size < REFERENCE_LIMIT && (r === 0 || ours[0]!.size < 30_000)) ref.push(runCase('reference', i));
    }
    const size = ours[0]!.size;
    const cpu = median(ours.map((x) => x.cpuSeconds));
    const wall = median(ours.map((x) => x.seconds));
    const peak = Math.max(...ours.map((x) => x.peakMB));
    const target = size < 30_000 ? 1 : size < 100_000 ? 2 : null;
    const at10to7 = shape.packages >= 1e7;
    const verdict = target === null || !at10to7 ? '' : ` (target < ${target} s: ${cpu < target ? 'met' : 'MISSED'})`;
    const same = ours.every((x) => x.checksum === ours[0]!.checksum);
    let vs = `reference not run (its window is quadratic beyond ${REFERENCE_LIMIT.toLocaleString('en')} packages)`;
    if (ref.length > 0) {
      const agree = ref.every((x) => x.checksum === ours[0]!.checksum && x.size === size);
      const refCpu = median(ref.map((x) => x.cpuSeconds));
      vs = `reference ${refCpu.toFixed(3)} s (${ref.length} run${ref.length > 1 ? 's' : ''}), ${(refCpu / cpu).toFixed(1)}× ours, ${agree ? 'same frontier' : 'DIFFERENT FRONTIER'}`;
    }
    console.log(
      `  ${shape.name}: ${size.toLocaleString('en')} frontier packages in ${cpu.toFixed(3)} s [${wall.toFixed(3)} s]${verdict}; ` +
        `${((cpu / size) * 1e6).toFixed(1)} µs per frontier package; peak ${peak.toFixed(0)} MB (target < 500 MB: ${peak < 500 ? 'met' : 'MISSED'})` +
        `${same ? '' : '; RUNS DISAGREE'}\n      ${vs}`,
    );
  });
}

export default async function bench(): Promise<void> {
  frontierShapes();
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const cases: [string, number[], number | null][] = [
    ['10^4', [10, 10, 10, 10], null],
    ['10^6', [10, 10, 10, 10, 10, 10], 1],
    ['10^7', [10, 10, 10, 10, 10, 10, 10], 5],
  ];
  for (const opposition of [0, 0.5]) {
    console.log(
      `\nRandom domains, 6 parties, opposition ${opposition} (0: independent sheets; 0.5: half shared, half zero-sum pairs)`,
    );
    for (const [name, options, target] of cases) {
      const space = compileSpace(randomDomain(7, { parties: 6, options, opposition }));
      peak = 0;
      let checksum = 0;
      const [, te] = time(() => enumerateOutcomes(space, (_f, count, pts) => (checksum += pts[count * 6 - 1]!)));
      const [f, tf] = time(() => paretoFrontier(space));
      sample();
      console.log(
        `  ${name}: enumerate ${(space.size / te / 1e6).toFixed(1)} M packages/s; frontier ${f.size} packages in ` +
          `${target === null ? `${tf.toFixed(3)} s` : verdict(tf, target)}${f.exact ? '' : ' (approximate)'}; peak RSS ${mb(peak)}, heap ${mb(process.memoryUsage().heapUsed)}`,
      );
    }
  }

  console.log('\n10^10 packages (10 issues of 10 options), 6 parties, branch and bound:');
  for (const seed of [1, 2, 3]) {
    const domain = randomDomain(seed, { parties: 6, options: new Array(10).fill(10), opposition: 0.3 });
    const space = compileSpace(domain);
    const [nash, tn] = time(() => nashPoint(space));
    const [ks, tk] = time(() => kalaiSmorodinsky(space));
    const rnd = seededRandom(seed);
    const randomDeal = Math.floor(rnd() * space.size);
    const [dom1, td1] = time(() => findDominating(space, pointsOfIndex(space, randomDeal)));
    const efficient = nash.index ?? randomDeal;
    const [dom2, td2] = time(() => findDominating(space, pointsOfIndex(space, efficient)));
    console.log(`  seed ${seed}: Nash ${verdict(tn, 1)} (${nash.nodes} nodes${nash.index === null ? ', none' : ''})`);
    console.log(`          Kalai–Smorodinsky ${verdict(tk, 1)} (${ks.nodes} nodes)`);
    console.log(`          dominates a random deal? ${dom1 ? 'yes' : 'no'} in ${verdict(td1, 1)}`);
    console.log(`          dominates the Nash point? ${dom2 ? 'yes' : 'no'} in ${verdict(td2, 1)}`);
  }
  clearInterval(timer);
}
