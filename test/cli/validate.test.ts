/** `validate` through runCli (no process spawned): output format, --json, exit codes; and readScenarioFile's refusals. */
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/cli/readScenarioFile.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const minimal = new URL('../fixtures/minimal.json', import.meta.url).pathname;
const bad = (name: string) => new URL(`../scenario/bad/${name}`, import.meta.url).pathname;

const tmp = tempDir('accord-validate-');

describe('validate', () => {
  it('exits 0 and says "valid" for a valid file', async () => {
    const r = await run('validate', minimal);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${minimal}: valid ("A minimal scenario": 2 parties, 2 issues).`);
  });

  it('prints file:line:column: severity: message (at pointer) and exits 1 for an invalid file', async () => {
    const file = bad('missing-batna.json');
    const r = await run('validate', file);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      `${file}:33:5: error: Party "university" has no "batna": add "batna": { "points": …, "description": "…" }. (at /parties/1/batna)`,
    );
    expect(lines.at(-1)).toBe(`${file}: invalid: 1 error.`);
  });

  it('exits 0 when the only problems are warnings, and prints them', async () => {
    const file = bad('unknown-field.json');
    const r = await run('validate', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/:32:7: warning: Unknown field "colour_hex"/);
    expect(r.out).toMatch(/: valid \(.*; 1 warning\)\.$/);
  });

  it('checks several files, exits 1 if any is invalid, and sums up', async () => {
    const r = await run('validate', minimal, bad('rounds-zero.json'), join(tmp, 'nowhere.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(tmp, 'nowhere.json')}: error: There is no file at this path`);
    expect(r.out.split('\n').at(-1)).toBe('3 files checked: 1 valid, 2 invalid.');
  });

  it('--json prints one document with every file and its problems', async () => {
    const r = await run('validate', '--json', minimal, bad('sheet-missing-option.json'));
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as {
      files: { file: string; valid: boolean; problems: { pointer: string; line: number; severity: string }[] }[];
    };
    expect(doc.files.map((f) => [f.file, f.valid])).toEqual([
      [minimal, true],
      [bad('sheet-missing-option.json'), false],
    ]);
    expect(doc.files[1]?.problems[0]).toMatchObject({
      severity: 'error',
      pointer: '/parties/0/sheet/access',
      line: 23,
      column: 19,
    });
  });

  it('exits 2 with a usage message when no file is given', async () => {
    const r = await run('validate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Give at least one scenario file');
    expect(r.err).toContain('validate <file.json>');
  });

  it('prints no stack trace for a folder or a binary file', async () => {
    const binary = join(tmp, 'image.json');
    writeFileSync(binary, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
    const r = await run('validate', tmp, binary);
    expect(r.code).toBe(1);
    expect(r.out).toContain('This is a folder, not a file');
    expect(r.out).toContain('not UTF-8');
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });
});

describe('readScenarioFile', () => {
  it('loads a file', async () => {
    expect((await readScenarioFile(minimal)).ok).toBe(true);
  });

  it.each([
    ['a missing path', () => join(tmp, 'missing.json'), 'There is no file at this path'],
    ['a path through a file', () => join(minimal, 'x.json'), 'is a file, not a folder'],
    [
      'a folder',
      () => {
        const d = join(tmp, 'folder.json');
        mkdirSync(d, { recursive: true });
        return d;
      },
      'This is a folder, not a file',
    ],
    [
      'a file over 5 MB (checked with stat, not read)',
      () => {
        const f = join(tmp, 'huge.json');
        writeFileSync(f, '');
        truncateSync(f, 6 * 1024 * 1024);
        return f;
      },
      'The file is 6.0 MB',
    ],
  ])('refuses %s with a problem at line 0', async (_, makePath, message) => {
    const path = makePath();
    const r = await readScenarioFile(path);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', file: path, line: 0, column: 0, pointer: '' });
    expect(r.problems[0]?.message).toContain(message);
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const f = join(tmp, 'bom.json');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(minimal)]));
    expect((await readScenarioFile(f)).ok).toBe(true);
  });
});
