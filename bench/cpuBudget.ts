/**
 * A fixed CPU budget for a process, through a Linux control group of its own (cgroup v2 `cpu.max`,
 * or v1 `cpu.cfs_quota_us`). The classroom bench gives each server process the same budget, so that
 * "two processes carry 1.6× what one carries" is measured, not projected, on a machine whose cores
 * the bench's own clients also need: with half a core each, one process and two processes both run
 * at the budget, and the clients and Redis use the rest of the machine.
 *
 * Needs root (or a delegated cgroup); `cpuBudget` says why not otherwise, and the bench then runs
 * without budgets.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** CFS period: short, so a throttled process waits at most a few ms (the default 100 ms would show in p95). */
const PERIOD_US = 20_000;

export interface CpuBudget {
  /** Cores per process (0.5 = half a core). */
  cores: number;
  /** Puts `pid` (and its threads) in a group of its own limited to the budget; returns its release. */
  assign(pid: number): CpuGroup;
}

export interface CpuGroup {
  /** Times the kernel held the process back for its budget, so far (a budget that never bites measures nothing). */
  throttled(): number;
  /** Removes the group once its process has gone (the caller kills the process first). */
  release(): void;
}

type Layout = { kind: 'v2'; root: string } | { kind: 'v1'; root: string };

function layout(): Layout | string {
  if (existsSync('/sys/fs/cgroup/cgroup.controllers')) {
    const controllers = readFileSync('/sys/fs/cgroup/cgroup.subtree_control', 'utf8');
    if (!controllers.split(/\s+/).includes('cpu'))
      return 'cgroup v2 without the cpu controller enabled for child groups (/sys/fs/cgroup/cgroup.subtree_control)';
    return { kind: 'v2', root: '/sys/fs/cgroup' };
  }
  if (existsSync('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')) return { kind: 'v1', root: '/sys/fs/cgroup/cpu' };
  return 'no cgroup cpu controller under /sys/fs/cgroup';
}

let serial = 0;

/** A budget of `cores` per process, or the reason this machine cannot give one. */
export function cpuBudget(cores: number): CpuBudget | string {
  if (!(cores > 0)) return 'the CPU budget must be a positive number of cores';
  const where = layout();
  if (typeof where === 'string') return where;
  const quota = Math.round(cores * PERIOD_US);
  const make = (): string => {
    const dir = join(where.root, `accord-bench-${process.pid}-${++serial}`);
    mkdirSync(dir);
    if (where.kind === 'v2') writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
    else {
      writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
      writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(quota));
    }
    return dir;
  };
  // Try once now, so a machine that refuses says so before the bench starts.
  try {
    rmdirSync(make());
  } catch (e) {
    return `cannot create a control group (${(e as Error).message}); run as root`;
  }
  return {
    cores,
    assign(pid) {
      const dir = make();
      writeFileSync(join(dir, 'cgroup.procs'), String(pid));
      return {
        throttled: () => {
          const m = /nr_throttled (\d+)/.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'));
          return m ? Number(m[1]) : 0;
        },
        release: () => {
          // A killed process leaves its group a moment later: retry briefly, then leave it (harmless, empty).
          for (let i = 0; i < 50; i++) {
            try {
              rmdirSync(dir);
              return;
            } catch {
              Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
            }
          }
        },
      };
    },
  };
}
