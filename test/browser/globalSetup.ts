/**
 * Builds the production bundle and launches Chromium once before any browser test file starts, and hands
 * the folder and the browser's address to the test files (harness.ts `ensureBuilt` and `launch` read them
 * with `inject`); removes the folder and closes the browser when the run ends.
 * Enabled by one line in vite.config.ts: `test: { globalSetup: ['test/browser/globalSetup.ts'], … }`.
 * Without it the harness builds lazily under a lock, once per run all the same, and each file launches its own.
 */
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, buildApp, chromiumPath, pruneOldBuilds, runBuildDir } from './harness.ts';

/** What one run's browser files share: the build's folder and Chromium's address; `users`: the projects set up. */
interface Shared {
  dir: string;
  chromium: string;
  users: number;
  close(): Promise<void>;
}
const SHARED = Symbol.for('accord.browserRun');
const run = globalThis as { [SHARED]?: Promise<Shared> };

/**
 * Vitest runs a global setup once for each project of the run (vite.config.ts has three, and the root
 * counts too), one after the other, each in a module of its own: built each time, the app was built four
 * times before the first test. The first project's call builds and launches; the others reuse them, and
 * the last one's teardown removes them.
 */
async function start(): Promise<Shared> {
  pruneOldBuilds();
  const dir = runBuildDir(process.pid);
  // One Chromium for the run, launched while the app builds: each file connects to it (harness.ts `launch`).
  const [browser] = await Promise.all([
    chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true }),
    buildApp(dir),
  ]);
  return {
    dir,
    chromium: browser.wsEndpoint(),
    users: 0,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Only when browser tests may be part of this run: `vitest run test/engine` should not build.
  // (When unsure it skips, and the harness builds lazily if a browser test does run.)
  const paths = process.argv.slice(2).filter((a) => a.includes('/') || a === 'test');
  if (
    paths.length > 0 &&
    !paths.some((a) => a.includes('test/browser') || 'test/browser/'.startsWith(a.replace(/\/?$/, '/')))
  )
    return undefined;
  const shared = await (run[SHARED] ??= start());
  shared.users++;
  project.provide('accordBuild', shared.dir);
  project.provide('accordChromium', shared.chromium);
  return async () => {
    if (--shared.users > 0) return;
    delete run[SHARED];
    await shared.close();
  };
}
