/**
 * The classroom server's computer timer (src/server/tableSession.ts) waits the table's pace before each computer
 * move, and none between a computer's word in the tour de table and the move it says it with
 * (src/bots/pace.ts `paceBefore`). Every computer timer the table sets is recorded with the table's state at that
 * moment, so no figure depends on the machine's speed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TestServer, tempDir } from './harness.ts';
import { TWO_ROUND_ID, twoRoundScenarioText } from '../support/twoRoundScenario.ts';

// Long enough that the table is paused before its first computer moves (every timer after the pause is recorded).
const PACE = 150;
let server: TestServer;

beforeAll(async () => {
  const dir = tempDir('accord-pace-scenarios-');
  writeFileSync(join(dir, `${TWO_ROUND_ID}.json`), twoRoundScenarioText());
  server = await TestServer.start({ scenariosDir: dir, timeScale: 1 });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

it(
  'a computer’s word and its move come together; every other computer move waits the pace',
  { timeout: 20_000 },
  async () => {
    const computer = { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' } as const;
    const table = await server.createTable({
      scenario: TWO_ROUND_ID,
      parties: { city: computer, university: computer, region: computer },
      pace: PACE,
      seed: 1,
    });
    // Paused while the recorder is installed: its first timer is the one the resume sets.
    expect((await server.command(table.id, { command: 'pause' })).status).toBe(200);
    const session = server.server.classroom.session(table.id)!;
    /** Each computer timer's wait, and whether the party to move had just said its word. */
    const timers: [number, boolean][] = [];
    const setTimer = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((f: () => void, ms?: number, ...rest: unknown[]) => {
      if (String(f).includes('computerTurn')) {
        const last = session.state.log[session.state.log.length - 1];
        timers.push([ms ?? 0, last?.kind === 'live-with' && last.party === session.state.active]);
      }
      return setTimer(f, ms, ...rest);
    }) as typeof setTimeout);
    expect((await server.command(table.id, { command: 'resume' })).status).toBe(200);
    await vi.waitFor(() => expect(session.state.status).toBe('finished'), { timeout: 10_000, interval: 20 });
    vi.restoreAllMocks();

    const words = session.state.log.filter((e) => e.kind === 'live-with').length;
    expect(words).toBeGreaterThanOrEqual(2);
    expect(timers.filter(([, afterWord]) => afterWord)).toHaveLength(words);
    expect(timers).toEqual(timers.map(([, afterWord]) => [afterWord ? 0 : PACE, afterWord]));
  },
);
