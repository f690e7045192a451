/** Property-based: whatever bytes or text arrive (a trainee may drop any file), parseScenario answers with problems, never a throw. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import type { LoadResult } from '../../src/scenario/types.ts';

const minimalText = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');

/** A sound answer: a scenario, or problems that are all located sentences; no internal error. */
function expectSound(r: LoadResult): void {
  const list = r.ok ? r.warnings : r.problems;
  if (!r.ok) expect(list.some((p) => p.severity === 'error')).toBe(true);
  for (const p of list) {
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.message).not.toContain('internal error');
    expect(p.line).toBeGreaterThanOrEqual(0);
    expect(typeof p.pointer).toBe('string');
  }
}

// Property runs take a few seconds of CPU; the limit is for a machine shared with other work.
describe('parseScenario never throws', { timeout: 120_000 }, () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectSound(parseScenario(s, 'x.json'))),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => expectSound(parseScenario(b, 'x.json'))),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => expectSound(parseScenario(JSON.stringify(v), 'x.json'))),
      { numRuns: 300 },
    );
  });

  it('on the minimal scenario with random edits (insertions, deletions, replacements)', () => {
    const edit = fc.record({
      at: fc.nat({ max: minimalText.length }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom('{', '}', '[', ']', '"', ',', ':', 'null', '-1', '"__proto__":', '"constructor":'),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = minimalText;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        expectSound(parseScenario(text, 'x.json'));
      }),
      { numRuns: 400 },
    );
  });

  it('on the minimal scenario with values replaced by arbitrary JSON', () => {
    const base = JSON.parse(minimalText) as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }), (key, value) => {
        expectSound(parseScenario(JSON.stringify({ ...base, [key]: value }), 'x.json'));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves Object.prototype untouched', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
