/**
 * One frontier measurement in a process of its own (so that its peak memory is its own):
 * `tsx bench/frontierCase.ts <accord|reference> <shape index>` prints one JSON line with the
 * frontier's size, a checksum of its package indices, CPU and wall seconds, and peak RSS.
 */
import { paretoFrontier } from '../src/analysis/frontier.ts';
import { compileSpace } from '../src/analysis/space.ts';
import { BENCH_SHAPES, shapeDomain } from '../test/support/benchShapes.ts';
import { referenceFrontier } from './referenceFrontier.ts';

export interface FrontierRun {
  size: number;
  checksum: string;
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

const [method, which] = process.argv.slice(2);
const shape = BENCH_SHAPES[Number(which)];
if (!shape || (method !== 'accord' && method !== 'reference'))
  throw new RangeError(`usage: frontierCase.ts accord|reference <0..${BENCH_SHAPES.length - 1}>`);
const space = compileSpace(shapeDomain(shape));
const c0 = process.cpuUsage();
const t0 = performance.now();
const indices = method === 'accord' ? paretoFrontier(space).indices : referenceFrontier(space);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const sorted = Float64Array.from(indices).sort();
let h1 = 0;
let h2 = 0;
for (const x of sorted) {
  h1 = (Math.imul(h1, 31) + (x % 1_000_003)) | 0;
  h2 = (h2 + x) % 1_000_000_007;
}
const run: FrontierRun = {
  size: sorted.length,
  checksum: `${(h1 >>> 0).toString(16)}-${h2}`,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakMB: process.resourceUsage().maxRSS / 1024,
};
console.log(JSON.stringify(run));
