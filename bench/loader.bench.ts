/**
 * The loader against hostile files: every shape of `loaderCorpus.ts` at 1/4, 1/2 and all of the
 * 5 MB limit. Target: any file under the limit refused or accepted in under 2 s on this machine.
 * Times are CPU time of this process (the best of two runs), so that other work on a shared
 * machine does not count; the growth column is the time at full size over the time at half size:
 * about 2 for a linear step, about 4 for a quadratic one.
 * `npm run bench -- loader` (add `full` for the full-size files only).
 */
import { MAX_FILE_BYTES } from '../src/scenario/limits.ts';
import { parseScenario } from '../src/scenario/parseScenario.ts';
import { hostileShapes } from './loaderCorpus.ts';

const TARGET_MS = 2000;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(text: string): { ms: number; verdict: string } {
  let best = Infinity;
  let verdict = '';
  for (let run = 0; run < 2; run++) {
    const t0 = cpuMs();
    const r = parseScenario(text, 'hostile.json');
    best = Math.min(best, cpuMs() - t0);
    verdict = r.ok ? `accepted, ${r.warnings.length} warnings` : `refused, ${r.problems.length} problems`;
  }
  return { ms: best, verdict };
}

export default function loaderBench(): void {
  const fractions = process.argv.includes('full') ? [1] : [1 / 4, 1 / 2, 1];
  // Just under the limit: the file must reach the parser, not be refused for its size.
  const budget = (f: number) => Math.floor(MAX_FILE_BYTES * f) - 1024;
  let worst = { name: '', ms: 0 };
  console.log(
    'file'.padEnd(42) +
      fractions.map((f) => `${(budget(f) / 1048576).toFixed(2)} MB`.padStart(10)).join('') +
      (fractions.length > 1 ? '  growth' : '') +
      '  at full size',
  );
  for (const shape of hostileShapes()) {
    const times: number[] = [];
    let verdict = '';
    for (const f of fractions) {
      const text = shape.make(budget(f));
      const r = time(text);
      times.push(r.ms);
      verdict = `${r.verdict} (${(text.length / 1048576).toFixed(2)} M chars)`;
    }
    const last = times[times.length - 1] ?? 0;
    const half = times[times.length - 2];
    if (last > worst.ms) worst = { name: shape.name, ms: last };
    const growth = half === undefined ? '' : half < 10 ? '       -' : (last / half).toFixed(1).padStart(8);
    console.log(
      shape.name.padEnd(42) + times.map((t) => `${t.toFixed(0)} ms`.padStart(10)).join('') + growth + `  ${verdict}`,
    );
  }
  const ok = worst.ms < TARGET_MS;
  console.log(
    `\nWorst case: ${worst.name}, ${worst.ms.toFixed(0)} ms of CPU (target < ${TARGET_MS} ms): ${ok ? 'met' : 'NOT MET'}.`,
  );
}
