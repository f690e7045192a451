/** The published JSON Schema: up to date with schema.ts, and every reference resolvable by an editor. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIALECT, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';
import { writeSchema } from '../../src/cli/writeSchema.ts';

const committed = readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8');

function* walk(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* walk(n, `${path}/${i}`);
  else if (typeof node === 'object' && node !== null) {
    yield [path, node as Record<string, unknown>];
    for (const [k, v] of Object.entries(node)) yield* walk(v, `${path}/${k}`);
  }
}

function resolvePointer(root: unknown, ref: string): unknown {
  let node = root;
  for (const segment of ref.slice(2).split('/'))
    node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

describe('scenarios/scenario.schema.json', () => {
  it('is what the generator writes (run `npm run schema` after changing schema.ts)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('`writeSchema --check` agrees', async () => {
    const said: string[] = [];
    expect(await writeSchema(true, (l) => said.push(l))).toBe(0);
    expect(said.join()).toContain('up to date');
  });

  it('declares its dialect and one $id, at the root only', () => {
    const doc = scenarioJsonSchema();
    expect(doc['$schema']).toBe(SCHEMA_DIALECT);
    const ids = [...walk(doc, '')].filter(([, n]) => typeof n['$id'] === 'string').map(([p]) => p);
    expect(ids).toEqual(['']);
  });

  it('has every $ref as a local JSON pointer that resolves (Condition lives under $defs)', () => {
    const doc = scenarioJsonSchema();
    const refs = [...walk(doc, '')].map(([, n]) => n['$ref']).filter((r): r is string => r !== undefined);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref.startsWith('#/')).toBe(true);
      expect(resolvePointer(doc, ref)).toBeTypeOf('object');
    }
    const condition = resolvePointer(doc, '#/$defs/Condition') as { anyOf?: unknown[] };
    expect(condition.anyOf).toHaveLength(9);
  });

  it('lets scenario files point at it: the minimal fixture names it in "$schema"', () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8')) as {
      $schema: string;
    };
    expect(fixture.$schema).toBe('../../scenarios/scenario.schema.json');
  });
});
