/**
 * The classroom bench's CPU budget (bench/cpuBudget.ts): a process in its budget's group really gets
 * no more than its share, so the bench's "measured with half a core per process" is true. Skipped
 * where the machine gives no control group (not root, no cpu controller): the bench then refuses
 * the option with the reason, which the first test checks.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuBudget } from '../../bench/cpuBudget.ts';

const cpuMs = (pid: number): number => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

describe('cpuBudget', () => {
  it('refuses a budget that is not a positive number of cores', () => {
    expect(cpuBudget(0)).toMatch(/positive/);
    expect(cpuBudget(Number.NaN)).toMatch(/positive/);
  });

  const budget = cpuBudget(0.25);
  it.skipIf(typeof budget === 'string')('holds a busy process to its share of a core', async () => {
    if (typeof budget === 'string') return;
    const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    const group = budget.assign(child.pid!);
    try {
      const start = cpuMs(child.pid!);
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 1500));
      const used = (cpuMs(child.pid!) - start) / (performance.now() - t0);
      // A quarter of a core, with room for the 10 ms clock ticks; never the whole core it would take.
      expect(used).toBeLessThan(0.4);
      expect(group.throttled()).toBeGreaterThan(0);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      group.release();
    }
  });
});
