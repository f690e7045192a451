/**
 * `replay` of files an older Accord wrote (test/fixtures/upgrade, commit d894d86): a class export or results
 * file whose recorded scores differ from what today's scenario file gives its moves says so, naming each
 * figure, instead of printing other figures as if they were the game's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const fixture = (name: string) => new URL(`../fixtures/upgrade/${name}`, import.meta.url).pathname;
const careData = new URL('../../scenarios/care-data.json', import.meta.url).pathname;

describe('replay: files written by an older Accord', () => {
  it('a class export whose scores the current scenario file changes is replayed with a sentence saying so', async () => {
    const r = await run('replay', careData, fixture('class-export-d894d86.json'), '--table', '1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/NHS England: final 64\.93\/100/);
    expect(r.err).toMatch(/recorded other scores than .*care-data\.json gives its moves/);
    expect(r.err).toMatch(/NHS England: BATNA 47 then, 43 now, surplus 1 then, 5 now\./);
    expect(r.err).toMatch(/another text of care-data 1\.0\.0/);
  });

  it('so does a results file of the debrief, in French too', async () => {
    const r = await run('replay', careData, fixture('results-d894d86.json'), '--lang', 'fr');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/NHS England\u202f: MESORE 47 alors, 43 maintenant/);
  });

  it('so does review, whose ratings use the current file’s figures', async () => {
    const r = await run(
      'review',
      careData,
      fixture('class-export-d894d86.json'),
      '--table',
      '1',
      '--party',
      'nhs-england',
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/NHS England: BATNA 47 then, 43 now, surplus 1 then, 5 now\./);
  });

  it('says nothing when the scores are the recorded ones (the scenario file the game was played on)', async () => {
    const scenario = JSON.parse(readFileSync(careData, 'utf8')) as {
      parties: { id: string; batna: { points: number } }[];
    };
    scenario.parties.find((p) => p.id === 'nhs-england')!.batna.points = 47;
    const old = join(tempDir('accord-upgrade-'), 'care-data.json');
    writeFileSync(old, JSON.stringify(scenario));
    const r = await run('replay', old, fixture('class-export-d894d86.json'), '--table', '1');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/BATNA 47; surplus \+1/);
  });
});
