import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The page's build reads src/i18n/catalogs/onDemand.ts for bundled.ts: the page then fetches each
 * language's sentences as it needs them (src/i18n/load.ts), a file per language, instead of carrying
 * every language in its first download. Build only (`apply`), and the page only: `plugins` do not reach
 * the workers' bundles (`worker.plugins`), which keep every catalog, nor Vitest.
 */
function catalogsOnDemand(): Plugin {
  const onDemand = resolve(import.meta.dirname, 'src/i18n/catalogs/onDemand.ts');
  return {
    name: 'accord-catalogs-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './catalogs/bundled.ts' && importer && /[\\/]src[\\/]i18n[\\/]translate\.ts$/.test(importer))
        return onDemand;
      return null;
    },
  };
}

/**
 * What a test file does that lasts past its end in the process it runs in: a module mocked, a global or an
 * environment variable stubbed, timers faked, a method spied on, the module cache reset, a global assigned.
 * The screens' language is not in it: a file that switches it (setLocale, initLocale in French) shares the
 * process if it switches back to English by its end, which test/setup/englishBetweenFiles.ts checks after each
 * shared file (a shared file that ended in French made a later file's English sentences French). The 22 files
 * of test/game, test/store and test/classHour that switch it and change nothing else took 27-29 CPU s (22-35 s
 * wall) with a fork each, 11-12 CPU s (7-13 s wall) sharing, three runs each, alternated (2026-12-07, two cores
 * loaded by others); the shared project passed in three shuffled orders of files with them.
 */
const CHANGES_THE_PROCESS =
  /vi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn|resetModules)\(|process\.env\.\w+\s*=[^=]|globalThis(\s+as\s+[^)]*\))?\.\w+\s*=[^=]/;

/**
 * The other folders' test files (servers, stores, the pages' logic, the CLI, the class hour, the browser's)
 * share a process too, except those that change it (CHANGES_THE_PROCESS, read from each file here). Measured
 * on two cores (2026-12-06): the folders' 103 files took 105-112 s run alone with a fork each; the 89 that share,
 * 70-80 s, every test passing in the usual order and in 3 shuffled orders of files (their tests stay in order:
 * some build on the one before). In the whole run, where the browser tests hold both cores, the gain is within
 * the spread between runs (vitest 621 and 682 s in two clean-clone runs of this configuration).
 * A file that checks a module's first state (no French catalog loaded yet, say) without changing the process
 * itself would need its own too: test/store/remoteLanguage.test.ts does, and mocks the loader, so it has.
 * The browser's files joined them later (2026-12-06): a fork each imported Vite, Playwright and the server again,
 * 2-4 s a file on the loaded machine; the 12 smallest took 58 s wall and 40 CPU s with a fork each, 37-42 s and
 * 25-26 CPU s sharing. Their pages run in Chromium, not in the process; each file closes its servers after it.
 */
/** The test files of these folders that leave the process as they found it (not CHANGES_THE_PROCESS). */
const sharingFilesIn = (folders: readonly string[]): string[] =>
  folders.flatMap((dir) =>
    readdirSync(resolve(import.meta.dirname, 'test', dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `test/${dir}/${file.split(sep).join('/')}`)
      .filter((file) => !CHANGES_THE_PROCESS.test(readFileSync(resolve(import.meta.dirname, file), 'utf8'))),
  );

/**
 * Test files of the pure layers: no server, store, DOM, locale switch or stubbed global. They share a process, so
 * one that mocks a module (a spy counting a function's calls, say) runs with a fork of its own (io) like the other
 * folders' such files: shared, its mock came too late for a module another file had already loaded (the count 0).
 */
const PURE = sharingFilesIn(['engine', 'analysis', 'scenario', 'bots', 'i18n', 'protocol', 'authoring']);

const SHARING = sharingFilesIn(['game', 'store', 'server', 'cli', 'classHour', 'browser']);

export default defineConfig({
  base: './',
  plugins: [catalogsOnDemand()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is ~1.4 MB raw: keep it in its own chunk so the library page can load without it.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // The pure layers' files share a process (PURE): a fresh fork per file cost 30 s of a 4.5-minute
    // run here. So do the other folders' files that leave the process as they found it (SHARING). The rest
    // (those that change the process) keeps a fork per file.
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, isolate: false } },
      {
        extends: true,
        test: {
          name: 'shared',
          include: SHARING,
          isolate: false,
          // Added to the root's setupFiles (extends), after fastCheck.ts.
          setupFiles: ['test/setup/englishBetweenFiles.ts'],
        },
      },
      { extends: true, test: { name: 'io', include: ['test/**/*.test.ts'], exclude: [...PURE, ...SHARING] } },
    ],
    // Builds the production bundle once for all browser test files.
    globalSetup: ['test/browser/globalSetup.ts'],
    // tempDirs.ts removes the temporary folders each file made (test/support/tempDir.ts) when it ends.
    setupFiles: ['test/setup/fastCheck.ts', 'test/setup/tempDirs.ts'],
    environment: 'node',
    testTimeout: 20000,
    // expect.poll's default of one second is how long a page that connects to the classroom server and
    // draws its canvas may take on a loaded two-core machine: a projector page polled for its eight seats
    // failed there beside gameSizes (14:21 on 2026-12-05) and passed alone. A poll ends as soon as it
    // holds, so a longer bound costs nothing when the page is quick.
    expect: { poll: { timeout: 10_000 } },
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: a single worker on a 2-core
    // machine. Browser tests spend most of their time waiting on Chromium, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
