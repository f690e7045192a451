/** Loading scenario files: the edge cases of bytes and syntax, and the behaviours the format promises. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_NESTING } from '../../src/scenario/limits.ts';
import { parseScenario } from '../../src/scenario/parseScenario.ts';
import { domainFromScenario, packagePoints } from '../../src/analysis/domain.ts';
import type { LoadResult, Problem } from '../../src/scenario/types.ts';

const minimalText = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const minimal = () => JSON.parse(minimalText) as Record<string, unknown> & { parties: Record<string, unknown>[] };
const encode = (text: string) => new TextEncoder().encode(text);

const problems = (r: LoadResult): Problem[] => (r.ok ? r.warnings : r.problems);
const errors = (r: LoadResult) => problems(r).filter((p) => p.severity === 'error');
function onlyProblem(r: LoadResult): Problem {
  expect(r.ok).toBe(false);
  const list = problems(r);
  expect(list, JSON.stringify(list, null, 2)).toHaveLength(1);
  return list[0] as Problem;
}

describe('parseScenario: the minimal fixture', () => {
  it('loads with no problem at all, from bytes and from text', () => {
    for (const input of [encode(minimalText), minimalText]) {
      const r = parseScenario(input, 'minimal.json');
      expect(r.ok && r.warnings).toEqual([]);
    }
  });
});

describe('parseScenario: bytes, encoding and size', () => {
  it('refuses an empty or blank file with a sentence, at line 0', () => {
    for (const input of ['', '   \n\t  ', encode(''), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const p = onlyProblem(parseScenario(input, 'empty.json'));
      expect(p).toMatchObject({ severity: 'error', file: 'empty.json', line: 0, column: 0, pointer: '' });
      expect(p.message).toContain('The file is empty');
    }
  });

  it('accepts a byte-order mark in front of a valid file (bytes or text)', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(minimalText)]);
    expect(parseScenario(bom, 'bom.json')).toMatchObject({ ok: true, warnings: [] });
    expect(parseScenario('\ufeff' + minimalText, 'bom.json')).toMatchObject({ ok: true, warnings: [] });
  });

  it('keeps line:column right after a byte-order mark', () => {
    const text = minimalText.replace('"rule": "unanimity"', '"rule": "unanimous"');
    const line = text.split('\n').findIndex((l) => l.includes('unanimous')) + 1;
    const p = onlyProblem(parseScenario(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]), 'bom.json'));
    expect(p.line).toBe(line);
    expect(p.message).toContain(
      '"rule" in "agreement" must be one of "unanimity", "majority", "weighted-majority"; it is "unanimous"',
    );
  });

  it('counts lines the same with Windows line endings (CRLF)', () => {
    const text = minimalText.replace('"rule": "unanimity"', '"rule": "unanimous"');
    const lf = onlyProblem(parseScenario(text, 'lf.json'));
    const crlf = onlyProblem(parseScenario(text.replace(/\n/g, '\r\n'), 'crlf.json'));
    expect([crlf.line, crlf.column]).toEqual([lf.line, lf.column]);
  });

  it('refuses bytes that are not UTF-8 and says where the first bad byte is', () => {
    const text = minimalText.replace('"A minimal scenario"', '"Caf\u00e9 talks"');
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0)); // é as the single byte 0xE9
    const p = onlyProblem(parseScenario(latin1, 'latin1.json'));
    expect(p.message).toContain('not UTF-8');
    expect(p.line).toBe(4);
    expect(p.column).toBe(16); //   "title": "Caf|é
  });

  it('recognises UTF-16 and says to save as UTF-8', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(minimalText.slice(0, 200)).flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(onlyProblem(parseScenario(utf16, 'utf16.json')).message).toContain('UTF-16');
  });

  it('refuses a file over the size limit before parsing it, as bytes or as text', () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x20);
    const p = onlyProblem(parseScenario(big, 'big.json'));
    expect(p.message).toMatch(/The file is 6\.0 MB; a scenario may be at most 5\.0 MB/);
    expect(p.line).toBe(0);
    expect(onlyProblem(parseScenario(' '.repeat(MAX_FILE_BYTES + 1), 'big.json')).message).toContain('at most 5.0 MB');
    // Text whose UTF-8 encoding is over the limit although it has fewer characters.
    expect(onlyProblem(parseScenario('é'.repeat(MAX_FILE_BYTES / 2 + 10), 'big.json')).message).toContain(
      'at most 5.0 MB',
    );
  });
});

describe('parseScenario: nesting and syntax', () => {
  const deep = 100_000;
  it.each([
    ['lists', '['.repeat(deep) + ']'.repeat(deep)],
    ['objects', '{"a":'.repeat(deep) + '1' + '}'.repeat(deep)],
    ['unclosed lists', '['.repeat(deep)],
    ['lists after a comment holding a quote', '/* " */' + '['.repeat(deep)],
    ['lists inside a scenario', minimalText.replace('"objectives": [', '"objectives": ' + '['.repeat(deep))],
  ])('refuses %s nested 100,000 deep with a message, without overflowing the stack', (_, text) => {
    const p = onlyProblem(parseScenario(text, 'deep.json'));
    expect(p.message).toContain(`nested more than ${MAX_NESTING} levels deep`);
    expect(p.line).toBeGreaterThan(0);
  });

  it('accepts nesting up to the limit (then judges the content)', () => {
    const text = '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING);
    expect(onlyProblem(parseScenario(text, 'deep.json')).message).toContain('must be an object');
  });

  it('collects every syntax error at once, each with its position', () => {
    const text = '{\n  "id": "a",,\n  "title": \'x\',\n  "n": 01,\n  "o": [1, 2,],\n}\n';
    const r = parseScenario(text, 'syntax.json');
    const list = errors(r);
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(new Set(list.map((p) => p.line)).size).toBeGreaterThanOrEqual(4);
    expect(list.some((p) => p.message.includes('single quotes'))).toBe(true);
    expect(list.some((p) => p.message.includes('trailing comma') && p.line === 5)).toBe(true);
    expect(list.some((p) => p.message.includes('trailing comma') && p.line === 6)).toBe(true);
  });

  it('caps the list of syntax errors for garbage', () => {
    const r = parseScenario('{' + ' @'.repeat(5000), 'garbage.json');
    const list = errors(r);
    expect(list.length).toBeLessThanOrEqual(51);
    expect(list.at(-1)?.message).toMatch(/more syntax errors/);
  });

  it('refuses comments and trailing commas (strict JSON)', () => {
    expect(parseScenario(minimalText.replace('{', '{ // note'), 'c.json').ok).toBe(false);
    expect(parseScenario(minimalText.replace('"unanimity" }', '"unanimity", }'), 'c.json').ok).toBe(false);
  });
});

describe('parseScenario: safety', () => {
  it('never pollutes Object.prototype, whatever the keys', () => {
    const text = minimalText
      .replace(
        '"agreement": {',
        '"__proto__": { "polluted": 1 }, "agreement": { "__proto__": { "polluted": 2 }, "constructor": { "prototype": { "polluted": 3 } },',
      )
      .replace('"persona"', '"persona"');
    const r = parseScenario(text, 'proto.json');
    expect(r.ok).toBe(false);
    expect(errors(r).map((p) => p.pointer)).toEqual(
      expect.arrayContaining(['/__proto__', '/agreement/__proto__', '/agreement/constructor']),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps HTML in text verbatim, as text, with a warning', () => {
    const brief = 'Read this <script>alert("x")</script> and <b>this</b>.';
    const file = minimal();
    (file.parties[0] as Record<string, unknown>)['brief'] = brief;
    const r = parseScenario(JSON.stringify(file), 'html.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.parties[0]?.brief).toBe(brief);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.message).toContain('shown as text, not as HTML');
  });

  it('reports an internal failure as a problem, never as a throw', () => {
    // A Uint8Array subclass whose length getter throws stands for a bug anywhere in the pipeline.
    const hostile = new Uint8Array(4);
    Object.defineProperty(hostile, 'length', {
      get: () => {
        throw new Error('boom');
      },
    });
    const p = onlyProblem(parseScenario(hostile, 'x.json'));
    expect(p.message).toContain('internal error');
  });
});

describe('parseScenario: unknown fields', () => {
  it('warns, suggests the known name, strips the field and still loads', () => {
    const file = minimal();
    (file.parties[0] as Record<string, unknown>)['colour_hex'] = '#123456';
    file['futureField'] = { anything: true };
    const r = parseScenario(JSON.stringify(file, null, 2), 'unknown.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => [w.severity, w.pointer])).toEqual([
      ['warning', '/parties/0/colour_hex'],
      ['warning', '/futureField'],
    ]);
    expect(r.warnings[0]?.message).toBe(
      'Unknown field "colour_hex" in party "city": it is ignored (a typo of "colour"?).',
    );
    expect(r.scenario).not.toHaveProperty('futureField');
    expect(r.scenario.parties[0]).not.toHaveProperty('colour_hex');
  });

  it('warns about unknown fields inside conditions and effects too', () => {
    const file = minimal();
    file['scoringRules'] = [
      {
        id: 'r',
        description: 'd',
        parties: ['city'],
        points: 3,
        when: { issue: 'access', is: 'open-data', note: 'x' },
      },
    ];
    const r = parseScenario(JSON.stringify(file), 'u.json');
    expect(r.ok).toBe(true);
    expect(problems(r).map((p) => p.pointer)).toEqual(['/scoringRules/0/when/note']);
    if (r.ok) expect(r.scenario.scoringRules[0]?.when).toEqual({ issue: 'access', is: 'open-data' });
  });

  it('warns of a party a scoring rule names twice, and counts its points once everywhere', () => {
    const file = minimal();
    const rule = { id: 'r', description: 'd', parties: ['city', 'city'], points: 3 };
    file['scoringRules'] = [{ ...rule, when: { issue: 'access', is: 'open-data' } }];
    const r = parseScenario(JSON.stringify(file), 'u.json');
    expect(problems(r).map((p) => [p.severity, p.pointer, p.message])).toEqual([
      [
        'warning',
        '/scoringRules/0/parties/1',
        'Scoring rule "r" names party "city" twice: its points count once for each party.',
      ],
    ]);
    if (!r.ok) return;
    // Before, the analysis and the debrief's lines added the points once per listing, the engine's score range once.
    expect(r.scenario.scoringRules[0]?.parties).toEqual(['city']);
    const domain = domainFromScenario(r.scenario);
    const pkg = { access: 'open-data', retention: 'one-year' };
    const without = domainFromScenario({ ...r.scenario, scoringRules: [] });
    expect(packagePoints(domain, 0, pkg) - packagePoints(without, 0, pkg)).toBe(3);
  });
});

describe('parseScenario: every problem at once', () => {
  it('reports schema and cross-reference errors of one file together, in file order', () => {
    const file = minimal();
    const [city, university] = file.parties as [Record<string, unknown>, Record<string, unknown>];
    city['kind'] = 'stat';
    city['influence'] = -1;
    delete university['batna'];
    (university['sheet'] as Record<string, unknown>)['acces'] = {};
    file['protocol'] = { rounds: 99, turnOrder: ['city', 'citty'] };
    file['agreement'] = { rule: 'majority', required: ['univ'] };
    const r = parseScenario(JSON.stringify(file, null, 2), 'many.json');
    expect(r.ok).toBe(false);
    const list = errors(r);
    expect(list.map((p) => p.pointer)).toEqual(
      expect.arrayContaining([
        '/parties/0/kind',
        '/parties/0/influence',
        '/parties/1/batna',
        '/parties/1/sheet/acces',
        '/protocol/rounds',
        '/protocol/turnOrder/1',
        '/protocol/turnOrder',
        '/agreement/required/0',
      ]),
    );
    const lines = list.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const p of list) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.file).toBe('many.json');
    }
  });

  it('explains a wrong condition through the variant the author meant', () => {
    const file = minimal();
    file['events'] = [
      { id: 'e', title: 't', announcement: 'a', trigger: { when: { not: { legitimacy: { atLeast: 'high' } } } } },
      { id: 'f', title: 't', announcement: 'a', trigger: { round: 2, when: { partyLeft: 'city' } } },
      {
        id: 'g',
        title: 't',
        announcement: 'a',
        trigger: { round: 2 },
        effects: [{ type: 'change-batna', party: 'city', by: 'lots' }],
      },
    ];
    const r = parseScenario(JSON.stringify(file, null, 2), 'cond.json');
    const byPointer = Object.fromEntries(errors(r).map((p) => [p.pointer, p.message]));
    expect(byPointer['/events/0/trigger/when/not/legitimacy/atLeast']).toContain('must be a number; it is "high"');
    expect(byPointer['/events/1/trigger']).toContain('mixes "round" and "when"');
    expect(byPointer['/events/2/effects/0/by']).toContain(
      '"by" in effect 1 of event "g" must be a number between -1000 and 1000; it is "lots"',
    );
    for (const message of Object.values(byPointer)) expect(message).not.toMatch(/union/i);
  });
});

describe('parseScenario: an issue without options', () => {
  it('names that one cause, not every reference to its options as "not an option (its options are )"', () => {
    const file = minimal() as unknown as { issues: { options: unknown[] }[] };
    file.issues[0]!.options = [];
    const found = errors(parseScenario(JSON.stringify(file, null, 2), 'no-options.json'));
    expect(
      found.some((p) => /at least 2/.test(p.message)),
      found.map((p) => p.message).join('\n'),
    ).toBe(true);
    expect(found.filter((p) => /its options are/.test(p.message))).toEqual([]);
  });
});
