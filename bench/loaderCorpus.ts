/**
 * Hostile scenario files for the loader bench: each shape that once made loading slow (or might),
 * grown until the file reaches a given size (just under the 5 MB limit by default). Every file is a
 * small valid scenario with one part blown up, so the loader gets past the early checks and
 * reaches the expensive ones (schema, unknown fields, cross-references, text checks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A hostile shape: its name, and the file's text at about a given size. */
export interface HostileShape {
  name: string;
  make: (bytes: number) => string;
}

const MINIMAL_PATH = fileURLToPath(new URL('../test/fixtures/minimal.json', import.meta.url));

/** The minimal fixture as an object to modify. */
export function minimalScenario(): Record<string, unknown> {
  return JSON.parse(readFileSync(MINIMAL_PATH, 'utf8')) as Record<string, unknown>;
}

/** How many times `unit` (of `unitBytes`) fits in the budget left after the rest of the file. */
const fits = (bytes: number, unitBytes: number) => Math.max(1, Math.floor((bytes - 4000) / unitBytes));

/** `make(n)` with the largest n (found by proportion, then trimmed) whose text fits in `bytes`. */
function grow(bytes: number, make: (n: number) => string): string {
  const small = make(100).length;
  const perUnit = (make(1100).length - small) / 1000;
  let n = Math.max(1, Math.floor((bytes - small) / perUnit) + 100);
  let text = make(n);
  while (text.length > bytes && n > 1) {
    n = Math.max(1, Math.floor(n * Math.min(0.999, bytes / text.length)));
    text = make(n);
  }
  return text;
}

/** The minimal scenario with `key: [item × n]` where n fills the budget. */
function withList(bytes: number, key: string, item: unknown, extra: (s: Record<string, unknown>) => void = () => {}) {
  const s = minimalScenario();
  extra(s);
  return grow(bytes, (n) => {
    s[key] = Array.from({ length: n }, (_, i) =>
      typeof item === 'object' && item !== null && 'id' in item ? { ...item, id: `x${i}` } : item,
    );
    return JSON.stringify(s);
  });
}

/** The text of a JSON object holding `n` fields made by `field(i)`, spliced into the minimal scenario. */
function spliceFields(target: 'root' | 'party', count: number, field: (i: number) => string): string {
  const base = JSON.stringify(minimalScenario());
  const body = Array.from({ length: count }, (_, i) => field(i)).join(',');
  if (target === 'root') return `{${body},${base.slice(1)}`;
  const at = base.indexOf('"id":"city"');
  return base.slice(0, at) + body + ',' + base.slice(at);
}

/** As many fields as fit in `bytes`. */
const fieldsUpTo = (bytes: number, target: 'root' | 'party', field: (i: number) => string) =>
  grow(bytes, (n) => spliceFields(target, n, field));

const event = (i: number) => ({
  id: `e${i}`,
  title: 'An event',
  trigger: { round: 2 },
  announcement: 'Something happens.',
  effects: [{ type: 'change-legitimacy', issue: 'access', option: 'open-data', by: -1 }],
});

/** Every hostile shape (each file is made on demand: all of them at 5 MB would fill the memory). */
export function hostileShapes(): HostileShape[] {
  const shapes: HostileShape[] = [];
  const add = (name: string, make: (bytes: number) => string) => shapes.push({ name, make });

  const unknownKey = (i: number) => `"unknown-field-${i}":1`;
  add('unknown fields at the top', (bytes) => fieldsUpTo(bytes, 'root', unknownKey));
  add('unknown fields in one party', (bytes) => fieldsUpTo(bytes, 'party', unknownKey));
  add('unknown fields close to known names', (bytes) => fieldsUpTo(bytes, 'party', (i) => `"nam${i}":1`));
  add('duplicate keys', (bytes) => fieldsUpTo(bytes, 'party', () => `"name":"x"`));
  add('reserved keys', (bytes) => fieldsUpTo(bytes, 'party', () => `"constructor":1`));
  // Under the 1,000 entries a container may hold, spread over many containers.
  const spread = (bytes: number, fields: (i: number) => Record<string, unknown>) =>
    grow(bytes, (n) => {
      const s = minimalScenario();
      s['sources'] = Array.from({ length: Math.min(n, 999) }, (_, i) => ({ title: 'T', ...fields(i) }));
      return JSON.stringify(s);
    });
  add('unknown fields spread', (bytes) =>
    spread(bytes, () => Object.fromEntries(Array.from({ length: 900 }, (_, k) => [`nam${k}`, 1]))),
  );
  add('duplicate keys spread', (bytes) =>
    grow(bytes, (n) => {
      const s = JSON.stringify(minimalScenario());
      const dup = Array.from({ length: 900 }, () => '"title":"x"').join(',');
      const sources = Array.from({ length: Math.min(n, 999) }, () => `{${dup}}`).join(',');
      return s.replace('{', `{"sources":[${sources}],`);
    }),
  );
  add('wrong-typed entries nested', (bytes) =>
    grow(bytes, (n) => {
      const s = minimalScenario();
      s['events'] = Array.from({ length: Math.min(n, 999) }, (_, i) => ({
        ...event(i),
        effects: Array.from({ length: 999 }, () => 1),
      }));
      return JSON.stringify(s);
    }),
  );
  add('white space', (bytes) => JSON.stringify(minimalScenario()) + ' '.repeat(bytes - 5000));
  add('wrong-typed objectives', (bytes) => withList(bytes, 'objectives', 1));
  add('wrong-typed parties', (bytes) => withList(bytes, 'parties', 1));
  add('valid events', (bytes) => withList(bytes, 'events', event(0)));
  add('events naming unknown evidence', (bytes) =>
    withList(bytes, 'events', { ...event(0), effects: [{ type: 'withdraw-evidence', evidence: 'nope' }] }),
  );
  add('evidence naming unknown parties', (bytes) =>
    withList(bytes, 'evidence', {
      id: 'x',
      holder: 'nobody',
      title: 'T',
      summary: 'S',
      source: { title: 'S' },
      provenance: 'P',
      rigour: 'weak',
      argues: [{ issue: 'nope', option: 'nope', stance: 'for' }],
    }),
  );
  add('scoring rules with bad conditions', (bytes) =>
    withList(bytes, 'scoringRules', {
      id: 'x',
      description: 'D',
      parties: ['nobody'],
      points: 1,
      when: { issue: 'access', bogus: 1 },
    }),
  );
  add('empty objects as effects', (bytes) => withList(bytes, 'events', { ...event(0), effects: [{}, {}, {}, {}] }));
  add('many sources with bad URLs', (bytes) => withList(bytes, 'sources', { title: 'T', url: 'ftp://x' }));
  add('many themes', (bytes) => withList(bytes, 'themes', 'track-9'));
  add('html everywhere', (bytes) => withList(bytes, 'objectives', '<b>x</b>'));
  add('long text', (bytes) => {
    const s = minimalScenario();
    s['background'] = 'word '.repeat(fits(bytes, 5));
    return JSON.stringify(s);
  });
  add('long unknown key', (bytes) => spliceFields('party', 1, () => `"${'k'.repeat(bytes - 5000)}":1`));
  add('long id', (bytes) => {
    const s = minimalScenario();
    s['id'] = 'a'.repeat(bytes - 5000);
    return JSON.stringify(s);
  });
  add('deep nesting at the limit', (bytes) => {
    const s = minimalScenario();
    let when: unknown = { issue: 'access', is: 'open-data' };
    for (let i = 0; i < 55; i++) when = { not: when };
    return grow(bytes, (n) => {
      s['scoringRules'] = Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        description: 'D',
        parties: ['city'],
        points: 1,
        when,
      }));
      return JSON.stringify(s);
    });
  });
  add('deep wrong nesting', (bytes) => {
    const s = minimalScenario();
    let when: unknown = { issue: 'access', bogus: 1 };
    for (let i = 0; i < 27; i++) when = { any: [when] };
    return grow(bytes, (n) => {
      s['scoringRules'] = Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        description: 'D',
        parties: ['city'],
        points: 1,
        when,
      }));
      return JSON.stringify(s);
    });
  });
  add('wide wrong conditions', (bytes) => {
    // all: [20 × any: [20 × a wrong leaf]] in each rule (only the first 100 rules are checked).
    const s = minimalScenario();
    const leaf = { issue: 'access', bogus: 1 };
    const when = { all: Array.from({ length: 20 }, () => ({ any: Array.from({ length: 20 }, () => leaf) })) };
    return grow(bytes, (n) => {
      s['scoringRules'] = Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        description: 'D',
        parties: ['city'],
        points: 1,
        when,
      }));
      return JSON.stringify(s);
    });
  });
  add('everything at its limit, valid', (bytes) => maximalScenario(bytes));
  add('syntax errors', (bytes) => '{' + '"a" 1 '.repeat(fits(bytes, 6)) + '}');
  add('garbage', (bytes) => 'x'.repeat(bytes));
  add('nested lists at the limit', (bytes) => '['.repeat(60) + ']'.repeat(60) + ' '.repeat(bytes - 200));
  return shapes;
}

/**
 * A valid scenario with every list at its limit (8 parties, 12 issues of 8 options, 100 pieces of
 * evidence, 100 events of 30 effects, 100 scoring rules) and texts as long as fits in `bytes`.
 */
export function maximalScenario(bytes: number): string {
  const issues = Array.from({ length: 12 }, (_, i) => ({
    id: `issue-${i}`,
    title: `Issue ${i}`,
    options: Array.from({ length: 8 }, (_, j) => ({ id: `option-${j}`, label: `Option ${j}` })),
  }));
  const sheet = Object.fromEntries(
    issues.map((issue, i) => [issue.id, Object.fromEntries(issue.options.map((o, j) => [o.id, (i * 7 + j * 3) % 20]))]),
  );
  const make = (textLength: number) => {
    const text =
      'A sentence of the scenario. '
        .repeat(Math.ceil(textLength / 28))
        .slice(0, textLength)
        .trim() || 'Text.';
    const parties = Array.from({ length: 8 }, (_, i) => ({
      id: `party-${i}`,
      name: `Party ${i}`,
      kind: 'state',
      description: text.slice(0, 4000),
      brief: text.slice(0, 20000),
      batna: { points: 10, description: 'No deal.' },
      sheet,
    }));
    return JSON.stringify({
      ...minimalScenario(),
      background: text.slice(0, 20000),
      parties,
      issues,
      evidence: Array.from({ length: 100 }, (_, i) => ({
        id: `evidence-${i}`,
        holder: `party-${i % 8}`,
        title: `Evidence ${i}`,
        summary: text.slice(0, 4000),
        source: { title: 'A source', url: 'https://example.org/source' },
        provenance: text.slice(0, 2000),
        rigour: 'moderate',
        argues: Array.from({ length: 30 }, (_, k) => ({
          issue: `issue-${k % 12}`,
          option: `option-${k % 8}`,
          stance: k % 2 === 0 ? 'for' : 'against',
        })),
      })),
      events: Array.from({ length: 100 }, (_, i) => ({
        id: `event-${i}`,
        title: `Event ${i}`,
        trigger: { round: 1 + (i % 8) },
        announcement: text.slice(0, 4000),
        effects: Array.from({ length: 30 }, (_, k) => ({
          type: 'change-legitimacy',
          issue: `issue-${k % 12}`,
          option: `option-${k % 8}`,
          by: 1,
        })),
      })),
      scoringRules: Array.from({ length: 100 }, (_, i) => ({
        id: `rule-${i}`,
        description: text.slice(0, 2000),
        parties: ['party-0'],
        points: 1,
        when: { any: Array.from({ length: 20 }, (_, k) => ({ issue: `issue-${k % 12}`, is: `option-${k % 8}` })) },
      })),
    });
  };
  return grow(bytes, make);
}
