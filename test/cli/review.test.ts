/** `review <scenario> <log> --party <id> [--json]`: the game review on the command line. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GameReview } from '../../src/authoring/review/index.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const scenarioFile = new URL('../../scenarios/gdpr-research-exemption.json', import.meta.url).pathname;
const dir = tempDir('accord-review-');
const logFile = join(dir, 'game.json');

describe('review verb', () => {
  it('reviews the log that simulate --log writes, as text and as JSON, with the bots’ reasons', async () => {
    const sim = await run('simulate', scenarioFile, '--seed', '3', '--log', logFile);
    expect(sim.code).toBe(0);
    const text = await run('review', scenarioFile, logFile, '--party', 'council');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Game review: /);
    expect(text.out).toMatch(/Council of the EU/);
    expect(text.out).toMatch(/\n {4}(BEST|GOOD|INACCURACY|MISTAKE|BLUNDER): /);
    expect(text.out).toMatch(/Its reason: /);
    expect(text.out).toMatch(/Concession curve/);
    const json = await run('review', scenarioFile, logFile, '--party', 'council', '--json');
    expect(json.code).toBe(0);
    const review = JSON.parse(json.out) as GameReview;
    expect(review.parties.map((p) => p.party)).toEqual(['council']);
    const council = review.parties[0]!;
    expect(council.moves.length).toBeGreaterThan(3);
    expect(
      council.moves.every((m) => 'party' in m.action && m.action.party === 'council' && typeof m.reason === 'string'),
    ).toBe(true);
    expect(council.curve.points.length).toBeGreaterThan(1);
  });

  it('reads the debrief’s results export too', async () => {
    const log = JSON.parse(readFileSync(logFile, 'utf8')) as unknown;
    const results = join(dir, 'results.json');
    writeFileSync(results, JSON.stringify({ format: 'accord-results/1', log }));
    expect((await run('review', scenarioFile, results, '--party', 'industry')).code).toBe(0);
  });

  it('says what is wrong: an unknown party, a missing log, bad usage', async () => {
    const bad = await run('review', scenarioFile, logFile, '--party', 'nobody');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no party "nobody": use one of /);
    const missing = await run('review', scenarioFile, join(dir, 'none.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/there is no file at this path/);
    expect((await run('review', scenarioFile)).code).toBe(2);
  });
});
