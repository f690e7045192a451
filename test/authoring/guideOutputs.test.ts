/**
 * docs/authoring.md shows what the scenario tool prints for the guide's own scenario: `new`, `validate` before
 * and after the last two fixes (text and --json), `analyse`, `simulate --seed 7`, `tournament --games 50` and
 * `validate --tournament 50`. An instructor compares their screen with these blocks, so each is the tool's
 * output, run here on the guide's complete example (only the tournament's running time differs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLog, score, type ActionLog } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { run } from '../support/cli.ts';
import { tempDir } from '../support/tempDir.ts';

const guide = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
const DRAFT = 'drafts/city-health-data.json';

/** The first fenced block of `lang` after `from` in the guide. */
function blockAfter(from: string, lang: string): string {
  const at = guide.indexOf(from);
  expect(at, from).toBeGreaterThanOrEqual(0);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(guide.slice(at + from.length));
  expect(block, from).not.toBeNull();
  return block![1]!;
}
/** What the guide shows `npm run scenario -- <command>` print. */
const shown = (command: string) => blockAfter('```sh\nnpm run scenario -- ' + command + '\n```', 'text');

const complete = JSON.parse(blockAfter('## The complete example', 'json')) as {
  parties: { sheet: Record<string, Record<string, number>> }[];
};
const dir = tempDir('accord-guide-');
const file = join(dir, 'city-health-data.json');
writeFileSync(file, JSON.stringify(complete, null, 2));
/** The draft before the two last fixes, as the guide describes it. */
const before = structuredClone(complete);
before.parties[0]!.sheet['commercial-use']!.any = 10;
before.parties[1]!.sheet.oversight = { 'self-regulation': 15, 'independent-board': 15 };
const beforeDir = tempDir('accord-guide-');
const beforeFile = join(beforeDir, 'city-health-data.json');
writeFileSync(beforeFile, JSON.stringify(before, null, 2));

/** The tool's output with the temporary file named as the guide names it. */
const asInGuide = (text: string) => text.split(file).join(DRAFT).split(beforeFile).join(DRAFT);

describe('docs/authoring.md shows what the tool prints', () => {
  it('new', async () => {
    const fresh = join(tempDir('accord-guide-'), 'city-health-data.json');
    const r = await run('new', fresh);
    expect(r.code).toBe(0);
    expect(r.out.split(fresh).join(DRAFT)).toBe(blockAfter('npm run scenario -- new ' + DRAFT + '\n```', 'text'));
  });

  it('validate before the two last fixes, in text and in --json, and after them', async () => {
    const text = await run('validate', beforeFile);
    expect(text.code).toBe(0);
    expect(`${asInGuide(text.out)}\n$ echo $?\n0`).toBe(shown(`validate ${DRAFT}`));

    const json = await run('validate', beforeFile, '--json');
    const files = (JSON.parse(asInGuide(json.out)) as { files: { report: unknown[] }[] }).files;
    expect(files[0]!.report).toHaveLength(2);
    files[0]!.report = files[0]!.report.slice(0, 1);
    const doc = blockAfter('```sh\nnpm run scenario -- validate drafts/city-health-data.json --json\n```', 'json');
    expect(doc.endsWith('\n(the second warning left out)')).toBe(true);
    expect(JSON.parse(doc.replace('\n(the second warning left out)', ''))).toEqual({ files });

    const after = await run('validate', file);
    expect(asInGuide(after.out)).toBe(blockAfter('fixes both:', 'text'));
  });

  it('analyse', async () => {
    expect(asInGuide((await run('analyse', file)).out)).toBe(shown(`analyse ${DRAFT}`));
  });

  it('simulate --seed 7', async () => {
    expect(asInGuide((await run('simulate', file, '--seed', '7')).out)).toBe(shown(`simulate ${DRAFT} --seed 7`));
  });

  it('works out the health board’s outcome score in that game as the engine does', async () => {
    const log = join(dir, 'game.json');
    expect((await run('simulate', file, '--seed', '7', '--log', log)).code).toBe(0);
    const loaded = parseScenario(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error('the example does not load');
    const game = replayLog(loaded.scenario, JSON.parse(readFileSync(log, 'utf8')) as ActionLog);
    if (!game.ok) throw new Error(game.reason);
    const board = score(game.state).parties['health-board']!;
    expect(guide.replace(/\s+/g, ' ')).toContain(
      `the health board's ${board.points} points lie between ${board.worst} (its worst package on the table) ` +
        `and ${board.best} (its best): outcome ${board.outcome}.`,
    );
  });

  it('tournament --games 50 (but for its running time) and validate --tournament 50', async () => {
    const seconds = (text: string) => text.replace(/normal bots, [\d.]+ s\./, 'normal bots, … s.');
    const tournament = await run('tournament', file, '--games', '50', '--threads', '1');
    expect(seconds(tournament.out)).toBe(seconds(shown(`tournament ${DRAFT} --games 50`)));
    const validate = await run('validate', file, '--tournament', '50');
    expect(asInGuide(validate.out)).toBe(shown(`validate ${DRAFT} --tournament 50`));
  });
});
