/** `analyse <file>` prints the report, as text and as JSON. */
import { describe, expect, it } from 'vitest';
import { run as cli } from '../support/cli.ts';

const run = (argv: string[]) => cli(...argv);

describe('analyse verb', () => {
  it('prints sizes, reference points with option labels, zone and logrolls', async () => {
    const r = await run(['analyse', 'test/fixtures/minimal.json']);
    expect(r.code).toBe(0);
    for (const s of [
      'Outcome space:',
      'Pareto frontier:',
      'Nash bargaining point',
      'Kalai–Smorodinsky point',
      'Zone of possible agreement',
      'Logroll',
    ])
      expect(r.out).toContain(s);
  });
  it('--json gives a machine-readable report', async () => {
    const r = await run(['analyse', 'test/fixtures/minimal.json', '--json']);
    const report = JSON.parse(r.out) as {
      packages: number;
      frontier: { size: number };
      nash: { options: unknown[] } | null;
    };
    expect(report.packages).toBeGreaterThan(0);
    expect(report.frontier.size).toBeGreaterThan(0);
  });
  it('fails with exit 1 on a missing file and 2 without one', async () => {
    expect((await run(['analyse', 'no/such/file.json'])).code).toBe(1);
    expect((await run(['analyse'])).code).toBe(2);
  });
});
