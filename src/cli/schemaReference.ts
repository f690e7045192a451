import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios/scenario.schema.json');

/** The `$schema` value for a scenario written into `folder`: the published schema, relative to it. */
export function schemaReference(folder: string): string {
  const path = relative(folder, schemaFile).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
