/**
 * Instructors' editors explain the format from the JSON Schema: every field must carry a
 * description and an example that the field accepts (editors offer it to paste), and the published
 * file must match src/scenario/schema.ts.
 */
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { Condition, Scenario } from '../../src/scenario/schema.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { minimalFile } from './minimalFile.ts';

type Json = { [k: string]: unknown };

/** Every (pointer, schema) for object properties, array items and union variants. */
function* fields(schema: Json, path: string): Generator<[string, Json]> {
  const props = schema.properties as Record<string, Json> | undefined;
  if (props)
    for (const [k, v] of Object.entries(props)) {
      yield [`${path}/${k}`, v];
      yield* fields(v, `${path}/${k}`);
    }
  if (schema.items && typeof schema.items === 'object') yield* fields(schema.items as Json, `${path}/*`);
  const pattern = schema.patternProperties as Record<string, Json> | undefined;
  if (pattern) for (const v of Object.values(pattern)) yield* fields(v, `${path}/{id}`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const variants = schema[key] as Json[] | undefined;
    if (variants) for (const [i, v] of variants.entries()) yield* fields(v, `${path}|${i}`);
  }
}

describe('the scenario schema documents itself', () => {
  const all = [...fields(Scenario as unknown as Json, '')];

  it('walks a reasonable number of fields', () => {
    expect(all.length).toBeGreaterThan(80);
  });

  it('gives every field a description', () => {
    const missing = all.filter(([, s]) => typeof s.description !== 'string' && !s.$ref).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('gives every field an example', () => {
    const missing = all
      .filter(([, s]) => !s.$ref && !(Array.isArray(s.examples) && s.examples.length > 0))
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('gives examples that the field accepts', () => {
    // The parties' example had one party (2 to 8) and the exit reflection's one question (3 to 5).
    const refused = [[``, Scenario as unknown as Json] as [string, Json], ...all]
      .flatMap(([path, schema]) =>
        ((schema.examples as unknown[] | undefined) ?? []).map((example) => [path, schema, example] as const),
      )
      .filter(([, schema, example]) => !Value.Check(schema as unknown as TSchema, [Condition], example))
      .map(([path]) => path);
    expect(refused).toEqual([]);
  });

  it('shows as each default what the loader fills in when the field is left out', () => {
    const defaults: [string[], unknown][] = [];
    const seen = new Set<unknown>();
    const walk = (schema: Json, path: string[]): void => {
      if (seen.has(schema)) return;
      seen.add(schema);
      if ('default' in schema) defaults.push([path, schema.default]);
      for (const [k, v] of Object.entries((schema.properties as Record<string, Json> | undefined) ?? {}))
        walk(v, [...path, k]);
      if (schema.items && typeof schema.items === 'object') walk(schema.items as Json, [...path, '0']);
      for (const v of [
        ...((schema.anyOf as Json[] | undefined) ?? []),
        ...((schema.oneOf as Json[] | undefined) ?? []),
      ])
        walk(v, path);
    };
    walk(Scenario as unknown as Json, []);
    expect(defaults.length).toBeGreaterThan(15);
    const file = minimalFile();
    file.evidence = [
      {
        id: 'survey',
        holder: 'city',
        title: 'A survey',
        summary: 'Residents fear tracking.',
        source: { title: 'Council survey' },
        provenance: 'Online poll.',
        rigour: 'weak',
        flaws: ['self-selected-sample'],
        argues: [{ issue: 'access', option: 'open-data', stance: 'against' }],
      },
    ];
    const loaded = parseScenario(JSON.stringify(file), 'minimal.json');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const filled = (path: string[]) =>
      path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], loaded.scenario);
    expect(defaults.filter(([path, value]) => filled(path) !== value).map(([path]) => path.join('/'))).toEqual([]);
  });
});
