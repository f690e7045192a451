/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (or those whose names contain the
 * arguments, e.g. `npm run bench -- engine`). Each bench file exports `default async function`
 * that prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// Options (`--processes 2`) are the benches' own: they read process.argv themselves.
const filters = process.argv.slice(2).filter((w, i, all) => !w.startsWith('--') && !all[i - 1]?.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) console.log('No benchmark matched.');
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<void> | void };
  await mod.default();
}
