/**
 * What keeps loading linear in the file's size (the times are measured by `npm run bench -- loader`;
 * here, what the user reads): lists longer than the schema allows are refused with one sentence,
 * objects and lists of more than MAX_ENTRIES entries are refused before parsing, and the problem
 * list is capped with "…and N more".
 */
import { describe, expect, it } from 'vitest';
import { hostileShapes, maximalScenario } from '../../bench/loaderCorpus.ts';
import { MAX_ENTRIES, MAX_ITEMS, MAX_LISTED_PROBLEMS } from '../../src/scenario/limits.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { LoadResult, Problem } from '../../src/scenario/types.ts';
import { minimalFile } from './minimalFile.ts';

const problems = (r: LoadResult): Problem[] => (r.ok ? r.warnings : r.problems);
const load = (value: unknown) => parseScenario(JSON.stringify(value, null, 2), 'limits.json');

const event = (i: number) => ({
  id: `e${i}`,
  title: 'An event',
  trigger: { round: 2 },
  announcement: 'Something happens.',
});

describe('lists longer than the schema allows', () => {
  it('refuses 150 events with one sentence at the list, naming the limit', () => {
    const s = minimalFile();
    s['events'] = Array.from({ length: 150 }, (_, i) => event(i));
    const r = load(s);
    expect(r.ok).toBe(false);
    expect(problems(r)).toHaveLength(1);
    expect(problems(r)[0]).toMatchObject({ severity: 'error', pointer: '/events' });
    expect(problems(r)[0]?.message).toBe(
      `"events" has 150 entries; a scenario may have at most ${MAX_ITEMS.events} here: remove the extra ones (only the first ${MAX_ITEMS.events} were checked).`,
    );
  });

  it('checks only the first entries of a list that is too long', () => {
    const s = minimalFile();
    s['objectives'] = Array.from({ length: 500 }, () => 7);
    const r = load(s);
    const errors = problems(r).filter((p) => p.severity === 'error');
    // One for the length, one for each of the first 20 entries, none for the 480 others.
    expect(errors).toHaveLength(1 + MAX_ITEMS.objectives);
    expect(errors.some((p) => p.pointer === `/objectives/${MAX_ITEMS.objectives}`)).toBe(false);
  });

  it('refuses a sheet naming more issues than a scenario may have', () => {
    const s = minimalFile() as { parties: { sheet: Record<string, unknown> }[] };
    const sheet = s.parties[0]?.sheet ?? {};
    for (let i = 0; i < 20; i++) sheet[`issue-${i}`] = { a: 1 };
    const r = load(s);
    expect(problems(r).find((p) => p.pointer === '/parties/0/sheet')?.message).toContain(
      `has 22 entries; a scenario may have at most ${MAX_ITEMS.issues} here`,
    );
  });

  it('accepts a scenario with every list at its limit', () => {
    const r = parseScenario(maximalScenario(3_000_000), 'maximal.json');
    expect(r.ok, JSON.stringify(problems(r).slice(0, 3))).toBe(true);
  });
});

describe('objects and lists far too large for a scenario', () => {
  it('refuses 20,000 events before parsing, with a sentence at the list', () => {
    const s = minimalFile();
    s['events'] = Array.from({ length: 20000 }, (_, i) => event(i));
    const text = JSON.stringify(s, null, 2);
    const r = parseScenario(text, 'events.json');
    expect(problems(r)).toHaveLength(1);
    const p = problems(r)[0] as Problem;
    expect(p.message).toBe(
      `This list has more than 1,000 entries; no list in a scenario needs more than 100. Is this really a scenario file?`,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"events": [')) + 1;
    expect(p.line).toBe(line);
  });

  it(`refuses an object of more than ${MAX_ENTRIES} fields`, () => {
    const s = minimalFile();
    for (let i = 0; i < MAX_ENTRIES + 5; i++) s[`unknown-${i}`] = i;
    expect(problems(load(s))[0]?.message).toContain('This object has more than 1,000 entries');
  });
});

describe('the problem list is capped', () => {
  it(`lists ${MAX_LISTED_PROBLEMS} errors and counts the rest`, () => {
    const party = (minimalFile() as { parties: Record<string, unknown>[] }).parties[0];
    const dup = Array.from({ length: 600 }, () => '"name": "x"').join(', ');
    const text = JSON.stringify(minimalFile(), null, 2).replace('"id": "city",', `"id": "city", ${dup},`);
    expect(party).toBeDefined();
    const r = parseScenario(text, 'dup.json');
    expect(r.ok).toBe(false);
    const list = problems(r);
    expect(list).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(list[list.length - 1]?.message).toBe(
      '…and 500 more errors: fix the ones above first, then load the file again.',
    );
  });

  it(`lists ${MAX_LISTED_PROBLEMS} unknown fields, counts the rest, and still loads`, () => {
    const s = minimalFile() as { parties: Record<string, unknown>[] };
    for (const party of s.parties) for (let i = 0; i < 150; i++) party[`note-${i}`] = 'x';
    const r = load(s);
    expect(r.ok).toBe(true);
    const list = problems(r);
    expect(list).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(list.slice(0, -1).every((p) => p.message.startsWith('Unknown field "note-'))).toBe(true);
    expect(list[list.length - 1]).toMatchObject({ severity: 'warning', message: '…and 200 more warnings.' });
    if (r.ok) expect(Object.keys(r.scenario.parties[0] ?? {})).not.toContain('note-0');
  });

  it('cuts a long unknown key short in its warning', () => {
    const s = minimalFile();
    s['x'.repeat(100_000)] = 1;
    const r = load(s);
    expect(r.ok).toBe(true);
    const message = problems(r)[0]?.message ?? '';
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/^Unknown field "x+…" in the scenario: it is ignored\.$/);
  });
});

describe('every hostile shape of the bench corpus (at 300 KB)', () => {
  for (const shape of hostileShapes()) {
    it(`${shape.name}: answered with a short list of sentences`, () => {
      const r = parseScenario(shape.make(300_000), 'hostile.json');
      const list = problems(r);
      expect(list.length).toBeLessThanOrEqual(2 * MAX_LISTED_PROBLEMS + 2);
      for (const p of list) {
        expect(p.message).toMatch(/^[A-Z"…]/);
        expect(p.message.length).toBeLessThan(600);
        expect(p.message).not.toContain('internal error');
      }
    });
  }
});
