// @ts-check
/**
 * `npm run scenario -- <verb> …`: runs the command-line tool from its bundle (scripts/build-cli.mjs),
 * rebuilding it first when a source file changed since it was built (about a second, once).
 */
import module from 'node:module';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildCli, staleReason } from './build-cli.mjs';

// V8 keeps the bundle's compiled code between runs (Node 22.1 and newer; a no-op before).
module.enableCompileCache?.();
const reason = staleReason();
if (reason !== null) {
  process.stderr.write(`(Building the scenario tool: ${reason}.)\n`);
  await buildCli();
}
await import(pathToFileURL(BUNDLE).href);
