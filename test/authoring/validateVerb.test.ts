/** `validate` appends the authoring report: text after the summary, `report` in --json, exit code unchanged. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base, partyOf } from './build.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const tmp = tempDir('accord-authoring-');
const write = (name: string, data: unknown) => {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
};
const clean = write('clean.json', base());
const greedy = base();
partyOf(greedy, 'city').batna.points = 100;
const warned = write('warned.json', greedy);

describe('validate with the authoring report', () => {
  it('prints the warnings after the summary and still exits 0', async () => {
    const r = await run('validate', warned);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/: valid \(/);
    expect(lines[1]).toBe(`${warned}: authoring report: 2 warnings.`);
    expect(r.out).toContain(
      `${warned}: authoring warning [party-never-beats-batna]: City council (city) can do no better`,
    );
    expect(r.out).toContain('[no-zone-of-agreement]');
  });

  it('says nothing more about a clean scenario', async () => {
    const r = await run('validate', clean);
    expect(r.out).toBe(`${clean}: valid ("Authoring test": 2 parties, 2 issues).`);
  });

  it('gives the warnings as report: [...] in --json, and none for a file that does not load', async () => {
    const broken = write('broken.json', { ...base(), parties: [] });
    const r = await run('validate', warned, clean, broken, '--json');
    expect(r.code).toBe(1);
    const files = (
      JSON.parse(r.out) as {
        files: { file: string; report?: { code: string; ids: string[]; moment: string; message: string }[] }[];
      }
    ).files;
    expect(files[0]!.report!.map((w) => w.code).sort()).toEqual(['no-zone-of-agreement', 'party-never-beats-batna']);
    expect(files[0]!.report![0]).toEqual(
      expect.objectContaining({ ids: expect.any(Array), moment: 'start', message: expect.any(String) }),
    );
    expect(files[1]!.report).toEqual([]);
    expect(files[2]!.report).toBeUndefined();
  });

  it('--tournament N adds the bot tournament to the report (text and JSON)', async () => {
    const text = await run('validate', clean, '--tournament', '3');
    expect(text.code).toBe(0);
    // Six packages are too few to hide the Nash point from the bots: the tournament says so.
    expect(text.out).toContain(
      `${clean}: authoring warning [bots-agree-at-nash]: 100% of the bot agreements picked the Nash point`,
    );
    expect(text.out).toMatch(/Bot tournament: 3 games .*agreement in \d+% of games/);
    expect(text.out).toMatch(/Spread between the parties' mean scores: [\d.]+ points\./);
    const json = await run('validate', '--tournament', '2', clean, '--json');
    const t = (
      JSON.parse(json.out) as { files: { tournament?: { games: number; agreementRate: number; spread: number } }[] }
    ).files[0]!.tournament;
    expect(t?.games).toBe(2);
  });

  it('refuses a --tournament without a number of games', async () => {
    const r = await run('validate', clean, '--tournament', 'many');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--tournament takes a number of games/);
  });
});
