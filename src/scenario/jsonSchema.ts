/**
 * The published JSON Schema (scenarios/scenario.schema.json), derived from the TypeBox `Scenario`.
 *
 * TypeBox's recursive `Condition` carries `$id: "Condition"` and refers to itself with
 * `$ref: "Condition"`, and it is embedded twice (scoring rules and event triggers). Editors resolve
 * such relative ids unreliably, so the published document holds Condition once, under `$defs`, and
 * every reference points at `#/$defs/Condition`: a plain JSON pointer every editor resolves.
 */
import { Scenario } from './schema.ts';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** A stable identifier, not a download address: editors find the schema through each file's "$schema". */
export const SCHEMA_ID = 'urn:accord:scenario-schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const CONDITION_REF = '#/$defs/Condition';

/** A JSON copy of a TypeBox schema (drops its symbol-keyed metadata) with Condition hoisted out. */
function rewrite(node: unknown, defs: Record<string, Json>): Json {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, defs));
  if (typeof node !== 'object' || node === null) return node as Json;
  const object = node as Record<string, unknown>;
  if (object['$id'] === 'Condition') {
    if (defs['Condition'] === undefined) {
      defs['Condition'] = {}; // placed first, filled below; a recursive visit stops here
      const { $id: _id, ...rest } = object;
      defs['Condition'] = rewrite(rest, defs);
    }
    return { $ref: CONDITION_REF };
  }
  if (object['$ref'] === 'Condition') return { $ref: CONDITION_REF };
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(object)) out[key] = rewrite(value, defs);
  return out;
}

/** The JSON Schema document as an object. */
export function scenarioJsonSchema(): { [key: string]: Json } {
  const defs: Record<string, Json> = {};
  const body = rewrite(Scenario, defs) as { [key: string]: Json };
  return { $schema: SCHEMA_DIALECT, $id: SCHEMA_ID, ...body, $defs: defs };
}

/** The file's exact text: two-space indentation and a final newline, stable across runs. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
