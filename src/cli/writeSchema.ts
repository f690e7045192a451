/**
 * `npm run schema` writes scenarios/scenario.schema.json from the TypeBox schema;
 * `npm run schema:check` (part of `npm run build`) exits 1 if the committed file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));

/** Returns the exit code; `say` receives one line for the person at the terminal. */
export async function writeSchema(check: boolean, say: (line: string) => void): Promise<number> {
  const wanted = scenarioJsonSchemaText();
  let current: string | undefined;
  try {
    current = await readFile(SCHEMA_PATH, 'utf8');
  } catch {
    current = undefined;
  }
  if (check) {
    if (current === wanted) {
      say('scenarios/scenario.schema.json is up to date.');
      return 0;
    }
    say(
      current === undefined
        ? 'scenarios/scenario.schema.json is missing: run `npm run schema` and commit the file.'
        : 'scenarios/scenario.schema.json is out of date with src/scenario/schema.ts: run `npm run schema` and commit the file.',
    );
    return 1;
  }
  if (current === wanted) {
    say('scenarios/scenario.schema.json is already up to date.');
    return 0;
  }
  await writeFile(SCHEMA_PATH, wanted);
  say('Wrote scenarios/scenario.schema.json.');
  return 0;
}

// Run as a script (tsx src/cli/writeSchema.ts [--check]), not when imported by a test.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  process.exitCode = await writeSchema(check, (line) => console.log(line));
}
