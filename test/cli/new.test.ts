import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { run as cli } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const run = (argv: string[]) => cli(...argv);

describe('scenario new', () => {
  it('writes a small scenario that loads without a problem', async () => {
    const dir = tempDir('accord-new-');
    const file = join(dir, 'My First Case.json');
    const r = await run(['new', file]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const loaded = parseScenario(text, file);
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings).toEqual([]);
    expect(loaded.scenario.id).toBe('my-first-case');
    expect(loaded.scenario.parties).toHaveLength(2);
    expect(loaded.scenario.issues).toHaveLength(2);
    expect(JSON.parse(text).$schema).toMatch(/scenarios\/scenario\.schema\.json$/);
    // Its instructions are marked to write: the authoring report lists them until they are (it validated clean).
    const validated = await run(['validate', file]);
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(
      /authoring warning \[placeholder-text\]: 15 texts still say "\[to write\]" \(\/title, \/summary,/,
    );
  });

  it('never overwrites an existing file', async () => {
    const dir = tempDir('accord-new-');
    const file = join(dir, 'taken.json');
    writeFileSync(file, 'precious');
    const r = await run(['new', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('explains bad usage', async () => {
    expect((await run(['new'])).code).toBe(2);
    expect((await run(['new', 'x.txt'])).err).toMatch(/\.json/);
    const missing = await run(['new', join(tmpdir(), 'no-such-folder-accord', 'a.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
  });
});

describe('scenario validate with a glob', () => {
  it('skips the schema file that scenarios/*.json also matches', async () => {
    const r = await run(['validate', 'scenarios/scenario.schema.json', 'scenarios/gdpr-research-exemption.json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/skipped/);
  });
});
