import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schema next to the scenarios, found from this module upward (src/cli or the dist-cli bundle). */
function findSchemaFile(): string {
  const wanted = join('scenarios', 'scenario.schema.json');
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, wanted))) return join(dir, wanted);
    if (dirname(dir) === dir) throw new Error(`${wanted} was not found above ${fileURLToPath(import.meta.url)}.`);
  }
}

/** The `$schema` value for a scenario written into `folder`: the published schema, relative to it. */
export function schemaReference(folder: string): string {
  // Looked up when a verb writes a scenario, not at every start of the tool.
  const path = relative(folder, findSchemaFile()).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
