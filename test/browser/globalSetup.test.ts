/**
 * The run's global setup (globalSetup.ts) with the build and Chromium stubbed: Vitest calls it once for each
 * project of the run (the root and vite.config.ts's three), one after the other. It built the app each time,
 * four builds of 4–8 s before the first test of `npm test`, and each browser file launched a Chromium of its
 * own. Now the first call builds and launches, every project gets the same folder and browser, and only
 * the last teardown closes them.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as fs from 'node:fs';
import type { TestProject } from 'vitest/node';

const calls = vi.hoisted(() => ({ builds: 0, launches: 0, closed: 0, removed: [] as string[] }));

vi.mock('./harness.ts', () => ({
  CHROMIUM_FLAGS: ['--headless'],
  chromiumPath: () => '/usr/bin/chromium',
  pruneOldBuilds: () => undefined,
  runBuildDir: (pid: number) => `/tmp/browser-dist-run-${pid}`,
  buildApp: async () => {
    calls.builds++;
  },
}));
vi.mock('playwright-core', () => ({
  chromium: {
    launchServer: async () => {
      calls.launches++;
      return {
        wsEndpoint: () => 'ws://127.0.0.1:1/chromium',
        close: async () => {
          calls.closed++;
        },
      };
    },
  },
}));
vi.mock('node:fs', async (actual) => ({
  ...(await actual<typeof fs>()),
  rmSync: (dir: string) => void calls.removed.push(dir),
}));

describe('the global setup of a run with four projects', () => {
  it('builds the app and launches Chromium once, gives both to every project, and closes them after the last', async () => {
    const { default: setup } = await import('./globalSetup.ts');
    const provided: Record<string, unknown>[] = [];
    const teardowns = [];
    for (let i = 0; i < 4; i++) {
      const given: Record<string, unknown> = {};
      provided.push(given);
      const project = { provide: (key: string, value: unknown) => void (given[key] = value) } as unknown as TestProject;
      teardowns.push(await setup(project));
    }
    expect(calls.builds).toBe(1);
    expect(calls.launches).toBe(1);
    for (const given of provided)
      expect(given).toEqual({
        accordBuild: `/tmp/browser-dist-run-${process.pid}`,
        accordChromium: 'ws://127.0.0.1:1/chromium',
      });
    for (const teardown of teardowns.slice(0, 3)) await teardown?.();
    expect(calls.closed).toBe(0);
    expect(calls.removed).toEqual([]);
    await teardowns[3]?.();
    expect(calls.closed).toBe(1);
    expect(calls.removed).toEqual([`/tmp/browser-dist-run-${process.pid}`]);
  });
});
