// @ts-check
/**
 * Builds the command-line tool once into one file, dist-cli/main.js (esbuild: TypeScript stripped,
 * every import bundled), with the tournament's worker thread beside it (dist-cli/tournamentWorker.js),
 * so that `npm run scenario` starts a verb without compiling TypeScript.
 * Run at install (`prepare`) and by scripts/cli.mjs whenever the bundle is missing or older than
 * one of the files it was built from (listed next to it in dist-cli/inputs.json).
 * `node scripts/build-cli.mjs` builds it by hand.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist-cli', 'main.js');
const INPUTS = join(ROOT, 'dist-cli', 'inputs.json');
/** Besides the sources: a change of dependency versions or of this script also calls for a rebuild. */
const ALWAYS = ['package-lock.json', 'scripts/build-cli.mjs'];

/** The reason the bundle must be (re)built, or null when it is up to date. */
export function staleReason() {
  if (!existsSync(BUNDLE) || !existsSync(INPUTS)) return 'no bundle yet';
  const built = statSync(BUNDLE).mtimeMs;
  /** @type {string[]} */
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  for (const file of [...inputs, ...ALWAYS]) {
    const path = join(ROOT, file);
    if (!existsSync(path)) return `${file} is gone`;
    if (statSync(path).mtimeMs > built) return `${file} changed`;
  }
  return null;
}

export async function buildCli() {
  const esbuild = await import('esbuild');
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    // The tournament's worker threads load their own entry, built next to the bundle (parallelTournament.ts).
    entryPoints: ['src/cli/main.ts', 'src/cli/tournamentWorker.ts'],
    outdir: dirname(BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    // ES module builds first: jsonc-parser's CommonJS entry is a UMD wrapper that esbuild cannot follow.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    // Bundled CommonJS packages may call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __accordRequire } from 'node:module'; const require = __accordRequire(import.meta.url);",
    },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  writeFileSync(INPUTS, JSON.stringify(inputs, null, 1) + '\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
