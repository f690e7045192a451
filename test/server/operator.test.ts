/**
 * What an operator watches (one process, the default SQLite store): `GET /healthz` answers while the
 * store answers, and `GET /metrics` counts tables by phase, connected devices, stored moves (of every
 * kind) and the action-to-view latency histogram. And the scale-out settings refuse each mistake
 * with a sentence before anything starts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestServer } from './harness.ts';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { LATENCY_BUCKETS, operatorRoutes, ServerMetrics } from '../../src/server/metrics.ts';
import type { ClassroomStore } from '../../src/server/classroomStore.ts';
import type { Classroom } from '../../src/server/classroom.ts';
import { checkScaleOut, scaleOutFromEnv, SINGLE_PROCESS } from '../../src/server/scaleOut.ts';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

function value(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(name + ' '));
  if (!line) throw new Error(`No ${name} in:\n${text}`);
  return Number(line.slice(name.length + 1));
}

it('serves /healthz and Prometheus /metrics that follow the play', async () => {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, tables: 0 });

  const t = await server.createTable({ scenario: 'ocap-research-agreement', parties: { council: { kind: 'human' } } });
  expect((await server.command(t.id, { command: 'start' })).status).toBe(200);
  const ana = await server.join(t.roomId, { role: 'seat', code: t.code, name: 'Ana', party: 'council' });
  const projector = await server.join(t.roomId, { role: 'projector', code: t.code });
  await ana.next('seat', (u) => u.table.active === 'council');
  ana.act({ type: 'pass', party: 'council' });
  await projector.next('public', (u) => u.table.moves === 1);

  const res = await fetch(`${server.url}/metrics`);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  expect(value(text, 'accord_tables{phase="playing"}')).toBe(1);
  expect(value(text, 'accord_tables{phase="broken"}')).toBe(0);
  expect(value(text, 'accord_clients')).toBe(2);
  expect(value(text, 'accord_actions_total')).toBe(1);
  expect(value(text, 'accord_actions_per_second')).toBeCloseTo(0.1);
  expect(value(text, 'accord_action_to_view_seconds_count')).toBe(1);
  expect(value(text, 'accord_action_to_view_seconds_bucket{le="+Inf"}')).toBe(1);
  expect(value(text, 'accord_action_to_view_seconds_sum')).toBeGreaterThan(0);
  await Promise.all([ana.leave(), projector.leave()]);
});

it('answers 503 with the reason when the store cannot be reached', async () => {
  const store = {
    check: () => {
      throw new Error('connection refused');
    },
  } as unknown as ClassroomStore;
  const app = express().use(operatorRoutes({} as Classroom, store, new ServerMetrics()));
  const http = app.listen(0, '127.0.0.1');
  await new Promise((r) => http.once('listening', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, problem: 'The store cannot be reached: connection refused' });
  } finally {
    http.close();
  }
});

it('keeps cumulative latency buckets and a 10-second action rate', () => {
  let now = 0;
  const m = new ServerMetrics(() => now);
  m.actionToView(0.003);
  m.actionToView(0.2);
  for (let i = 0; i < 30; i++) m.actionStored();
  expect(m.actionsPerSecond()).toBe(3);
  now = 10_001;
  expect(m.actionsPerSecond()).toBe(0);
  expect(m.actions).toBe(30);
  const fake = { summaries: () => [] } as unknown as Parameters<ServerMetrics['text']>[0];
  const text = m.text(fake);
  const bucket = (le: number) => value(text, `accord_action_to_view_seconds_bucket{le="${le}"}`);
  expect(LATENCY_BUCKETS.map(bucket)).toEqual(LATENCY_BUCKETS.map((b) => (b >= 0.25 ? 2 : b >= 0.005 ? 1 : 0)));
});

it('refuses scale-out settings that cannot work, each with a sentence', () => {
  expect(scaleOutFromEnv({})).toEqual(SINGLE_PROCESS);
  const ok = {
    ACCORD_REDIS_URL: 'redis://10.0.0.5:6379',
    ACCORD_PUBLIC_ADDRESS: 'accord-1.school.example:4173',
    ACCORD_INSTRUCTOR_KEY: 'a-long-shared-instructor-key',
    ACCORD_DATABASE_URL: 'postgres://accord:pw@10.0.0.6/accord',
  };
  expect(scaleOutFromEnv(ok)).toEqual({
    redisUrl: ok.ACCORD_REDIS_URL,
    publicAddress: ok.ACCORD_PUBLIC_ADDRESS,
    instructorKey: ok.ACCORD_INSTRUCTOR_KEY,
    databaseUrl: ok.ACCORD_DATABASE_URL,
  });
  expect(() => scaleOutFromEnv({ ...ok, ACCORD_REDIS_URL: 'localhost:6379' })).toThrow(/must be a Redis address/);
  expect(() => scaleOutFromEnv({ ...ok, ACCORD_PUBLIC_ADDRESS: '' })).toThrow(/its own ACCORD_PUBLIC_ADDRESS/);
  expect(() => scaleOutFromEnv({ ...ok, ACCORD_PUBLIC_ADDRESS: 'http://a:1' })).toThrow(/without a scheme/);
  expect(() => scaleOutFromEnv({ ...ok, ACCORD_INSTRUCTOR_KEY: ' ' })).toThrow(/same ACCORD_INSTRUCTOR_KEY/);
  expect(() => checkScaleOut({ ...SINGLE_PROCESS, instructorKey: 'short' })).toThrow(/16 to 200 letters/);
  expect(scaleOutFromEnv({ ...ok, ACCORD_CLAIM_EVERY_MS: '500' }).claimEveryMs).toBe(500);
  for (const bad of ['soon', '50', '2.5'])
    expect(() => scaleOutFromEnv({ ...ok, ACCORD_CLAIM_EVERY_MS: bad })).toThrow(/ACCORD_CLAIM_EVERY_MS must be/);
  expect(scaleOutFromEnv({ ...ok, ACCORD_REDIS_RETRIES: '2' }).redisRetries).toBe(2);
  expect(scaleOutFromEnv({ ...ok, ACCORD_REDIS_RETRIES: '0' }).redisRetries).toBe(0);
  for (const bad of ['never', '-1', '1.5', '1001'])
    expect(() => scaleOutFromEnv({ ...ok, ACCORD_REDIS_RETRIES: bad })).toThrow(/ACCORD_REDIS_RETRIES must be/);
});
