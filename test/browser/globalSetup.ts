/**
 * Builds the production bundle once before any browser test file starts, and hands its folder to
 * the test files (harness.ts `ensureBuilt` reads it with `inject`); removes it when the run ends.
 * Enabled by one line in vite.config.ts: `test: { globalSetup: ['test/browser/globalSetup.ts'], … }`.
 * Without it the harness builds lazily under a lock, once per run all the same.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildApp, pruneOldBuilds, runBuildDir } from './harness.ts';

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  // Only when browser tests may be part of this run: `vitest run test/engine` should not build.
  // (When unsure it skips, and the harness builds lazily if a browser test does run.)
  const paths = process.argv.slice(2).filter((a) => a.includes('/') || a === 'test');
  if (
    paths.length > 0 &&
    !paths.some((a) => a.includes('test/browser') || 'test/browser/'.startsWith(a.replace(/\/?$/, '/')))
  )
    return undefined;
  pruneOldBuilds();
  const dir = runBuildDir(process.pid);
  await buildApp(dir);
  project.provide('accordBuild', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
