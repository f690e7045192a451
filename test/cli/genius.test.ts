/** `import genius` and `export genius` on the command line: files in, files out, refusals. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const HOLIDAY = ['domain', 'alice', 'bob'].map((f) => `test/fixtures/genius/holiday/holiday-${f}.xml`);
const WAGE = ['domain', 'employer', 'union'].map((f) => `test/fixtures/genius/wage/wage-${f}.xml`);
const temp = () => tempDir('accord-genius-');

describe('scenario import genius', () => {
  it('prints a scenario that validates, and notes what it scaled and dropped on standard error', async () => {
    const r = await run('import', 'genius', ...HOLIDAY);
    expect(r.code).toBe(0);
    const loaded = parseScenario(r.out, 'stdout');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scenario.parties.map((p) => p.name)).toEqual(['holiday-alice', 'holiday-bob']);
    expect(r.err).toMatch(/note: Points: GENIUS utility × 100 for every party/);
    expect(r.err).toMatch(/note: .*holiday-alice\.xml: the discount factor 0\.9 was dropped/);
  });

  it('writes --out with a $schema reference, then never overwrites it', async () => {
    const file = join(temp(), 'holiday.json');
    const r = await run('import', 'genius', ...HOLIDAY, '--out', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).$schema).toMatch(/scenarios\/scenario\.schema\.json$/);
    const validate = await run('validate', file);
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/authoring warning \[placeholder-text\]: 12 texts still say "\[to write\]"/);
    const again = await run('import', 'genius', ...HOLIDAY, '--out', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists: Accord never overwrites/);
  });

  it('refuses numeric issues without --discretise, naming file and line, and accepts them with it', async () => {
    const refused = await run('import', 'genius', ...WAGE);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(
      /wage-domain\.xml:4: error: Issue "Monthly salary": it is an integer issue with 3001 values/,
    );
    expect(refused.out).toBe('');
    const json = await run('import', 'genius', ...WAGE, '--json');
    expect(JSON.parse(json.out).problems).toHaveLength(2);
    const accepted = await run('import', 'genius', ...WAGE, '--discretise', '3');
    expect(accepted.code).toBe(0);
    expect(accepted.err).toMatch(/became 3 options: 2000, 3500, 5000/);
  });

  it('refuses a file that is too large, missing or not UTF-8, before parsing it', async () => {
    const dir = temp();
    const big = join(dir, 'big.xml');
    writeFileSync(big, `<negotiation_template>${' '.repeat(6 * 1024 * 1024)}</negotiation_template>`);
    const r = await run('import', 'genius', big, HOLIDAY[1]!, HOLIDAY[2]!);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/big\.xml: error: The file is 6\.0 MB/);
    const missing = await run('import', 'genius', join(dir, 'nope.xml'), HOLIDAY[1]!, HOLIDAY[2]!);
    expect(missing.err).toMatch(/nope\.xml: error: There is no file at this path/);
    const latin = join(dir, 'latin.xml');
    writeFileSync(latin, Buffer.from([0x3c, 0x61, 0xe9, 0x3e]));
    expect((await run('import', 'genius', latin, HOLIDAY[1]!, HOLIDAY[2]!)).err).toMatch(/is not UTF-8 text/);
  });

  it('explains bad usage (exit 2)', async () => {
    for (const argv of [
      ['import'],
      ['import', 'csv', 'a.csv'],
      ['import', 'genius', HOLIDAY[0]!],
      ['import', 'genius', ...HOLIDAY, '--discretise', '12'],
      ['import', 'genius', ...HOLIDAY, '--out', 'x.txt'],
      ['export', 'genius', 'scenarios/care-data.json'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage: npm run scenario -- (import|export) genius/);
    }
  });
});

describe('scenario export genius', () => {
  it('writes the domain and one profile per party, warns about what it leaves out, and imports back', async () => {
    const dir = join(temp(), 'out');
    const r = await run('export', 'genius', 'scenarios/care-data.json', dir);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('care-data-domain.xml');
    expect(files).toHaveLength(8); // the domain and 7 parties
    expect(r.err).toMatch(/scenarios\/care-data\.json: warning: .* events are not carried/);
    const profiles = files.filter((f) => f !== 'care-data-domain.xml').map((f) => join(dir, f));
    const back = await run('import', 'genius', join(dir, 'care-data-domain.xml'), ...profiles);
    expect(back.code).toBe(0);
    const loaded = parseScenario(back.out, 'back');
    expect(loaded.ok).toBe(true);
    const again = await run('export', 'genius', 'scenarios/care-data.json', dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exist: Accord never overwrites a file/);
  });

  it('refuses an invalid scenario and a folder that is a file', async () => {
    const dir = temp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "id": "x" }');
    const r = await run('export', 'genius', bad, join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json: invalid; fix the problems above before exporting it/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const notFolder = await run('export', 'genius', 'scenarios/care-data.json', bad);
    expect(notFolder.code).toBe(1);
    expect(notFolder.err).toMatch(/is a file, not a folder/);
    // A folder below a file cannot be made: the system's refusal in a sentence (exit 1), not "internal error".
    const below = await run('export', 'genius', 'scenarios/care-data.json', join(bad, 'sub'));
    expect([below.code, below.err]).toEqual([1, expect.stringMatching(/sub: cannot write it \(ENOTDIR/)]);
    expect(below.err).not.toMatch(/internal error/);
  });

  // Node's recursive mkdir loops forever on a folder that refuses an entry with ENOENT although it exists
  // (/proc on Linux): the verb spun until killed. In a child process, so that a hang fails the test.
  it.skipIf(!existsSync('/proc/self'))(
    'refuses a folder the system cannot create, quickly, in one line',
    () => {
      const root = resolve(import.meta.dirname, '../..');
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'export', 'genius', 'scenarios/care-data.json', '/proc/accord/out'],
        { cwd: root, encoding: 'utf8', timeout: 20_000 },
      );
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^\/proc\/accord\/out: cannot write it \(ENOENT: .*mkdir '\/proc\/accord'\)/),
      ]);
    },
    30_000,
  );
});
