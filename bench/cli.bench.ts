/**
 * Start-up of the scenario tool (issue 17): a verb (`help`) under 0.5 s and `validate` of a flagship
 * scenario under 1 s, from the bundle that `npm run scenario` runs (scripts/cli.mjs, built once by
 * scripts/build-cli.mjs), and the same through npm itself, whose own start-up comes on top.
 * Whole processes, median of 7 runs taken in turn: wall time (the verdict) and CPU time (user +
 * system of the process and its children, from the shell's `times`), which load from other work on
 * a shared machine stretches far less; the load average is printed too.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLAGSHIP = 'scenarios/gdpr-research-exemption.json';
const RUNS = 7;

interface Case {
  name: string;
  command: string;
  args: string[];
  target: number | null;
}

export default async function bench(): Promise<void> {
  const node = process.execPath;
  const cli = join(root, 'scripts', 'cli.mjs');
  // Build first if stale, so that no measured run includes a build.
  spawnSync(node, [cli, 'help'], { cwd: root });
  const cases: Case[] = [
    { name: 'help (node scripts/cli.mjs)', command: node, args: [cli, 'help'], target: 0.5 },
    { name: `validate ${FLAGSHIP}`, command: node, args: [cli, 'validate', FLAGSHIP], target: 1 },
    {
      name: 'npm run scenario -- help (npm included)',
      command: 'npm',
      args: ['run', '--silent', 'scenario', '--', 'help'],
      target: null,
    },
    { name: 'node -e 0 (Node alone, for scale)', command: node, args: ['-e', '0'], target: null },
  ];
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  for (let r = 0; r < RUNS; r++)
    cases.forEach((c, i) => {
      const line = [c.command, ...c.args].map(quote).join(' ');
      const t0 = performance.now();
      const run = spawnSync('sh', ['-c', `${line} >/dev/null 2>&1 || exit 9; times`], { cwd: root, encoding: 'utf8' });
      wall[i]!.push((performance.now() - t0) / 1000);
      if (run.status !== 0) throw new Error(`${c.name} failed (exit ${run.status}): ${run.stderr}`);
      // `times`: the shell's user and system time, then its children's ("0m0.040s 0m0.010s").
      const children =
        run.stdout
          .trim()
          .split('\n')
          .pop()!
          .match(/(\d+)m([\d.]+)s/g) ?? [];
      cpu[i]!.push(children.reduce((s, t) => s + Number(t.split('m')[0]) * 60 + parseFloat(t.split('m')[1]!), 0));
    });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `\nScenario tool start-up, median of ${RUNS} runs; load average ${loadavg()[0]!.toFixed(1)} on this machine`,
  );
  cases.forEach((c, i) => {
    const t = [...wall[i]!].sort((a, b) => a - b);
    const med = median(t);
    const verdict = c.target === null ? '' : ` (target < ${c.target} s: ${med < c.target ? 'met' : 'MISSED'})`;
    console.log(
      `  ${c.name}: ${med.toFixed(3)} s wall${verdict}, ${median(cpu[i]!).toFixed(3)} s CPU (wall ${t[0]!.toFixed(3)}–${t[t.length - 1]!.toFixed(3)})`,
    );
  });
}
