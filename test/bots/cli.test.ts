/** The `simulate` and `tournament` verbs, run in-process through runCli. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const MINIMAL = 'test/fixtures/minimal.json';

describe('simulate', () => {
  it('plays a game, prints the transcript and scores, and writes a log that replay reads', async () => {
    const dir = tempDir('accord-sim-');
    const log = join(dir, 'game.json');
    const r = await run('simulate', MINIMAL, '--seed', '4', '--bots', 'adaptive,boulware', '--log', log);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[round 1]');
    expect(r.out).toMatch(/City council.*adaptive/);
    expect(r.out).toMatch(/University.*boulware/);
    expect(JSON.parse(readFileSync(log, 'utf8')).format).toBe('accord-log/1');
    const replayed = await run('replay', MINIMAL, log);
    expect(replayed.code).toBe(0);
  });

  it('prints JSON with --json, identical for the same seed', async () => {
    const a = await run('simulate', MINIMAL, '--seed', '2', '--json');
    const b = await run('simulate', MINIMAL, '--seed=2', '--json');
    expect(a.code).toBe(0);
    const parsed = JSON.parse(a.out) as { transcript: unknown[]; scores: Record<string, { final: number }> };
    expect(parsed.transcript.length).toBeGreaterThan(0);
    expect(Object.keys(parsed.scores)).toEqual(['city', 'university']);
    expect(b.out).toEqual(a.out);
  });

  it('refuses bad usage with exit 2 and a sentence', async () => {
    expect((await run('simulate')).code).toBe(2);
    const bad = await run('simulate', MINIMAL, '--bots', 'adaptive,grumpy');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('grumpy');
    expect((await run('simulate', MINIMAL, '--seed', 'x')).code).toBe(2);
    expect((await run('simulate', MINIMAL, '--colour', 'red')).code).toBe(2);
  });

  it('reports a scenario that does not load with exit 1', async () => {
    const r = await run('simulate', 'no/such/file.json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no/such/file.json');
  });
});

describe('tournament', () => {
  it('prints a table per strategy and plain progress lines when stderr is not a terminal', async () => {
    const r = await run('tournament', MINIMAL, '--games', '10', '--seed', '3');
    expect(r.code).toBe(0);
    for (const s of ['adaptive', 'boulware', 'linear', 'conceder', 'tit-for-tat']) expect(r.out).toContain(s);
    expect(r.out).toContain('agreement');
    expect(r.err).toContain('10/10 games');
  });

  it('gives JSON with --json', async () => {
    const r = await run('tournament', MINIMAL, '--games', '5', '--bots', 'adaptive,conceder', '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { games: number; strategies: { strategy: string }[] };
    expect(parsed.games).toBe(5);
    expect(parsed.strategies.map((s) => s.strategy).sort()).toEqual(['adaptive', 'conceder']);
  });

  it('needs a positive number of games', async () => {
    expect((await run('tournament', MINIMAL, '--games', '0')).code).toBe(2);
  });
});
