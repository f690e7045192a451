/**
 * The browser test files share a process, as the servers' and the pages' do (vite.config.ts SHARING): a fork
 * per file imported Vite, Playwright and the server again for each of 37 files, 2–4 s each on the loaded
 * two-core machine (the 12 smallest files: 58 s wall and 40 CPU s with a fork each, 37–42 s and 25–26 CPU s
 * sharing). A file that changes the process (here: mocks a module) keeps a fork of its own.
 */
import { expect, it } from 'vitest';
import config from '../../vite.config.ts';

const projects = (config.test?.projects ?? []) as { test: { name: string; include?: string[]; isolate?: boolean } }[];
const project = (name: string) => projects.find((p) => p.test.name === name)!.test;

it('runs the browser files in the shared process, except one that mocks a module', () => {
  const shared = project('shared');
  expect(shared.isolate).toBe(false);
  for (const file of [
    'test/browser/game.test.ts',
    'test/browser/classHour.test.ts',
    'test/browser/sharedProcess.test.ts',
  ])
    expect(shared.include, file).toContain(file);
  expect(shared.include).not.toContain('test/browser/globalSetup.test.ts');
});
