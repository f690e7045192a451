/**
 * What an operator watches: `GET /healthz` (is this process serving, and can it reach its store?)
 * and `GET /metrics` in Prometheus's text format, for this process:
 *
 *   accord_tables{phase}                      tables held here, by phase (broken ones included)
 *   accord_clients                            devices connected here (seats, projectors, consoles)
 *   accord_actions_total                      moves stored since start (people, computers, clocks)
 *   accord_actions_per_second                 moves stored per second over the last 10 seconds
 *   accord_action_to_view_seconds             histogram: a device's move received → every device's
 *                                             views sent (includes storing the move)
 *
 * Prometheus sums the processes (`sum(accord_clients)`); `rate(accord_actions_total[1m])` is the
 * usual way to read the counter.
 */
import { performance } from 'node:perf_hooks';
import express from 'express';
import type { Router } from 'express';
import { matchMaker } from '@colyseus/core';
import type { TablePhase } from '../protocol/index.ts';
import type { Classroom } from './classroom.ts';
import { withMethods, type ClassroomStore } from './classroomStore.ts';

/** Upper bounds of the latency histogram, in seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const RATE_WINDOW_MS = 10_000;
const PHASES: (TablePhase | 'broken')[] = ['waiting', 'playing', 'paused', 'finished', 'ended', 'broken'];

export class ServerMetrics {
  actions = 0;
  private readonly recent: number[] = [];
  private readonly buckets = LATENCY_BUCKETS.map(() => 0);
  private latencyCount = 0;
  private latencySum = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  actionStored(): void {
    this.actions++;
    const t = this.now();
    this.recent.push(t);
    this.trim(t);
  }

  /** A device's move was accepted and every device's views went out, `seconds` after it arrived. */
  actionToView(seconds: number): void {
    this.latencyCount++;
    this.latencySum += seconds;
    for (const [i, bound] of LATENCY_BUCKETS.entries()) if (seconds <= bound) this.buckets[i]!++;
  }

  actionsPerSecond(): number {
    this.trim(this.now());
    return this.recent.length / (RATE_WINDOW_MS / 1000);
  }

  private trim(t: number): void {
    while (this.recent.length > 0 && t - this.recent[0]! > RATE_WINDOW_MS) this.recent.shift();
  }

  /** The Prometheus text exposition (version 0.0.4). */
  text(classroom: Classroom): string {
    const phases = new Map<string, number>(PHASES.map((p) => [p, 0]));
    for (const t of classroom.summaries()) phases.set(t.phase, (phases.get(t.phase) ?? 0) + 1);
    const lines: string[] = [
      '# HELP accord_tables Tables held by this process, by phase.',
      '# TYPE accord_tables gauge',
      ...[...phases].map(([phase, n]) => `accord_tables{phase="${phase}"} ${n}`),
      '# HELP accord_clients Devices connected to this process.',
      '# TYPE accord_clients gauge',
      `accord_clients ${matchMaker.stats.local.ccu}`,
      '# HELP accord_actions_total Moves stored by this process since it started.',
      '# TYPE accord_actions_total counter',
      `accord_actions_total ${this.actions}`,
      '# HELP accord_actions_per_second Moves stored per second over the last 10 seconds.',
      '# TYPE accord_actions_per_second gauge',
      `accord_actions_per_second ${this.actionsPerSecond()}`,
      "# HELP accord_action_to_view_seconds From a device's move arriving to every device's views sent.",
      '# TYPE accord_action_to_view_seconds histogram',
    ];
    // Each bucket already counts every observation at or under its bound (cumulative, as Prometheus wants).
    for (const [i, bound] of LATENCY_BUCKETS.entries())
      lines.push(`accord_action_to_view_seconds_bucket{le="${bound}"} ${this.buckets[i]!}`);
    lines.push(
      `accord_action_to_view_seconds_bucket{le="+Inf"} ${this.latencyCount}`,
      `accord_action_to_view_seconds_sum ${this.latencySum}`,
      `accord_action_to_view_seconds_count ${this.latencyCount}`,
    );
    return lines.join('\n') + '\n';
  }
}

/**
 * The same store, counting the moves it stores (every kind: people, computers, clocks). Every other
 * property passes through unchanged, whatever the store adds later.
 */
export function countingStore<S extends ClassroomStore>(store: S, metrics: ServerMetrics): S {
  const appendAction: ClassroomStore['appendAction'] = (...args) => {
    store.appendAction(...args);
    metrics.actionStored();
  };
  return withMethods(store, new Map([['appendAction', appendAction]]));
}

/** How long the health check waits for Redis. */
const REDIS_CHECK_MS = 1000;

/**
 * `GET /healthz` and `GET /metrics`, at the root (where load balancers and Prometheus look). With
 * `sharedPresence` (several processes), the health check also asks Redis: a process that cannot
 * reach it cannot send devices to other processes' tables.
 */
export function operatorRoutes(
  classroom: Classroom,
  store: ClassroomStore,
  metrics: ServerMetrics,
  sharedPresence = false,
): Router {
  const routes = express.Router();
  routes.get('/healthz', async (_req, res) => {
    const problem = await healthProblem(store, sharedPresence);
    if (problem) {
      res.status(503).json({ ok: false, problem });
      return;
    }
    res.json({ ok: true, process: matchMaker.processId, tables: classroom.sessionsList().length });
  });
  routes.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metrics.text(classroom));
  });
  return routes;
}

async function healthProblem(store: ClassroomStore, sharedPresence: boolean): Promise<string | null> {
  try {
    store.check();
  } catch (e) {
    return `The store cannot be reached: ${(e as Error).message}`;
  }
  if (!sharedPresence) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_CHECK_MS} ms`)), REDIS_CHECK_MS);
  });
  try {
    await Promise.race([matchMaker.presence.exists('accord:healthz'), late]);
    return null;
  } catch (e) {
    return `Redis cannot be reached: ${(e as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
}
