/**
 * docs/authoring.md stays true: its complete example loads with a clean authoring report, every JSON
 * snippet of its steps is part of that example, every field or value it names in backquotes exists in
 * the format, and its table explains every warning code the report can give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringReport, WARNING_CODES } from '../../src/authoring/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { Scenario } from '../../src/scenario/schema.ts';
import { verbs } from '../../src/cli/verbs/index.ts';
import {
  CONTESTED_COST,
  EXPOSED_COST,
  LEGITIMACY_STEP,
  PERSUASION_STEP,
  RIGOUR_FACTOR,
  UPHELD_COST,
} from '../../src/engine/evidence.ts';
import { INITIAL_CREDIBILITY } from '../../src/engine/initialState.ts';

const guide = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
const end = guide.indexOf('## The complete example');
const complete = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(guide.slice(end))![1]!) as Record<string, unknown>;

/**
 * Whether a snippet's value is the example's: the same JSON, except that "..." in a snippet's string stands for
 * any text (the guide shortens long texts).
 */
function sameAs(snippet: unknown, full: unknown): boolean {
  if (typeof snippet === 'string' && snippet.includes('...')) {
    const parts = snippet.split('...').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return typeof full === 'string' && new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(full);
  }
  if (Array.isArray(snippet))
    return Array.isArray(full) && snippet.length === full.length && snippet.every((x, i) => sameAs(x, full[i]));
  if (snippet !== null && typeof snippet === 'object') {
    if (full === null || typeof full !== 'object' || Array.isArray(full)) return false;
    const a = snippet as Record<string, unknown>;
    const b = full as Record<string, unknown>;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameAs(a[k], b[k]));
  }
  return snippet === full;
}

/** Every property name and string constant of the scenario schema. */
function schemaWords(schema: unknown, words = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return words;
  seen.add(schema);
  const s = schema as Record<string, unknown>;
  if (s.properties) for (const k of Object.keys(s.properties)) words.add(k);
  if (typeof s.const === 'string') words.add(s.const);
  for (const v of Object.values(s)) schemaWords(v, words, seen);
  return words;
}

describe('docs/authoring.md', () => {
  it('ends with a complete example that loads and has no authoring warning', () => {
    const tail = guide.slice(guide.indexOf('## The complete example'));
    const json = /```json\n([\s\S]*?)\n```/.exec(tail)?.[1];
    expect(json).toBeDefined();
    const result = parseScenario(json!, 'docs/authoring.md');
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.pointer}: ${p.message}`).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(authoringReport(result.scenario)).toEqual([]);
  });

  it('shows in each step JSON that is part of the complete example', () => {
    const snippets = [...guide.slice(0, end).matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    // The validate --json output is checked with the tool's output (guideOutputs.test.ts).
    const steps = snippets.filter((s) => !s.startsWith('{\n  "files"'));
    expect(steps.length).toBeGreaterThan(10);
    const elided: string[] = [];
    for (const snippet of steps) {
      let value: unknown;
      try {
        value = JSON.parse(snippet.trimStart().startsWith('"') ? `{${snippet}}` : snippet);
      } catch {
        // A snippet with parts left out ("...") names only ids of the example.
        expect(snippet, snippet).toMatch(/\s\.\.\.(\s|,)/);
        for (const [, id] of snippet.matchAll(/"id": "([^"]+)"/g))
          expect(JSON.stringify(complete)).toContain(`"${id}"`);
        elided.push(snippet);
        continue;
      }
      const fields = value as Record<string, unknown>;
      const parties = complete.parties as { id: string }[];
      if ('id' in fields && 'sheet' in fields)
        expect(
          sameAs(
            fields,
            parties.find((p) => p.id === fields.id),
          ),
          snippet,
        ).toBe(true);
      else for (const [k, v] of Object.entries(fields)) expect(sameAs(v, complete[k]), `${k} in ${snippet}`).toBe(true);
    }
    expect(elided).toHaveLength(2);
  });

  it('names in backquotes only fields and values of the format, warning codes, verbs and the example’s ids', () => {
    const known = new Set([
      ...schemaWords(Scenario),
      ...WARNING_CODES,
      ...verbs.map((v) => v.name),
      ...JSON.stringify(complete).match(/[a-z][a-z0-9-]*/g)!,
      // validate --json's report, a target's verdict, the id the guide warns against
      ...['code', 'ids', 'moment', 'message', 'ok', 'p2'],
      // GENIUS's attributes (and an ftype GENIUS reads), and those Accord's export adds (src/authoring/genius/exportGenius.ts)
      ...['parameter0', 'parameter1', 'offset', 'slope', 'lowerbound', 'upperbound', 'ftype', 'index'],
      ...['etype', 'vtype', 'constant'],
      ...['accord-scale', 'accord-offset', 'accord-party', 'accord-id', 'accord-points', 'accord-version'],
    ]);
    const named = [...guide.matchAll(/`([a-z][A-Za-z0-9-]*)`/g)].map((m) => m[1]!);
    expect(named.filter((word) => !known.has(word))).toEqual([]);
  });

  it('gives the engine’s figures for evidence and credibility', () => {
    const flat = guide.replace(/\s+/g, ' ');
    const { weak, moderate, strong } = RIGOUR_FACTOR;
    for (const figure of [
      `scaled by its \`rigour\` (weak ${weak}, moderate ${moderate}, strong ${strong})`,
      `by strength × ${LEGITIMACY_STEP} × rigour × the presenter's credibility / 100`,
      `by strength × ${PERSUASION_STEP} × rigour × their trust in the presenter / 100`,
      `fails and costs the challenger ${UPHELD_COST} credibility`,
      `the presenter loses ${EXPOSED_COST} credibility and everyone's trust, and half its effect is undone`,
      `the presenter loses ${CONTESTED_COST} and a quarter of the effect is undone`,
      `every party starts at ${INITIAL_CREDIBILITY};`,
    ])
      expect(flat).toContain(figure);
  });

  it('explains every warning code', () => {
    for (const code of WARNING_CODES) expect(guide).toContain(`| \`${code}\` |`);
  });

  it('gives each warning a moment that --json can say (start, after-events, both or always)', () => {
    const rows = [...guide.matchAll(/^\| `([a-z-]+)` \| .* \| ([^|]+) \|$/gm)].filter(([, code]) =>
      (WARNING_CODES as readonly string[]).includes(code!),
    );
    expect(rows).toHaveLength(WARNING_CODES.length);
    const moments = /^(start \/ after events|start|after events( \(start, when no round event fires\))?|always)$/;
    expect(rows.filter(([, , moment]) => !moments.test(moment!)).map(([, code]) => code)).toEqual([]);
  });
});
