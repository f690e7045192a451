/**
 * The instructor's screens offer the classroom server's scenarios, not the ones bundled into the page:
 * a server started on another folder (`npm start -- --scenarios DIR`), or given a file while it runs,
 * creates tables only from its own. Here the server's folder holds one scenario the page's bundle lacks
 * ("class-drill", a copy of care.data under another id); GDPR, bundled, is not on it until added.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureBuilt, launch, watchErrors } from './harness.ts';
import { startServer, type RunningServer } from '../../src/server/startServer.ts';
import { CATALOGS } from '../../src/i18n/index.ts';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
let browser: Browser;
let build: string;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  build = await ensureBuilt();
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  for (const f of cleanup.reverse()) await f();
});

/** A classroom server reading scenarios from a fresh folder that `fill` writes. */
async function serverOn(fill: (folder: string) => void): Promise<{ server: RunningServer; folder: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'accord-own-scenarios-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-own-data-'));
  fill(folder);
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, staticDir: build, scenariosDir: folder });
  cleanup.push(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { server, folder };
}

async function instructorPage(server: RunningServer, locale = 'en-GB'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`http://127.0.0.1:${server.port}/?instructor=${server.instructorKey}`);
  return { page, errors };
}

const options = (page: Page) =>
  page.locator('#class-scenario option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

it("offers the server's own scenarios on the board, the console and the create form", async () => {
  const { server, folder } = await serverOn((dir) => {
    const drill = JSON.parse(readFileSync(join(SCENARIOS, 'care-data.json'), 'utf8')) as Record<string, unknown>;
    delete drill.$schema;
    writeFileSync(join(dir, 'class-drill.json'), JSON.stringify({ ...drill, id: 'class-drill', title: 'Class drill' }));
  });
  const { page, errors } = await instructorPage(server);
  const base = `http://127.0.0.1:${server.port}`;

  // The board's "Start a new table" lists the server's scenario only.
  await page.locator('#new-table-title').waitFor();
  expect(await page.locator('#new-table-title ~ ul a').allInnerTexts()).toEqual(['Class drill']);

  // The console offers it, with its own parties.
  await page.goto(`${base}/?console`);
  await page.locator('#class-scenario').waitFor();
  expect(await options(page)).toEqual(['class-drill']);
  expect(await page.locator('#class-human input[value="nhs-england"]').count()).toBe(1);

  // Its create form opens and makes a table the server accepts.
  await page.goto(`${base}/?create=class-drill`);
  await page.locator('#create-table').click();
  await page.locator('#join-code-big').waitFor();

  // A bundled scenario the server lacks (the library card's "Play across devices…"): what to do.
  await page.goto(`${base}/?create=gdpr-research-exemption`);
  await expect.poll(() => page.locator('[role="alert"]').innerText()).toContain('“gdpr-research-exemption”');
  expect(await page.locator('[role="alert"]').innerText()).toContain('--scenarios');

  // A file added while the server runs is offered on the next visit, in the screens' language.
  copyFileSync(join(SCENARIOS, 'gdpr-research-exemption.json'), join(folder, 'gdpr.json'));
  await page.goto(`${base}/?console`);
  await page.locator('#class-scenario').waitFor();
  expect((await options(page)).sort()).toEqual(['class-drill', 'gdpr-research-exemption']);
  const french = await instructorPage(server, 'fr-FR');
  await french.page.goto(`${base}/?console`);
  await french.page.locator('#class-scenario').waitFor();
  expect(await french.page.locator('#class-scenario').innerText()).toContain('RGPD');
  expect([...errors, ...french.errors]).toEqual([]);
}, 60_000);

it('names the files in its folder that do not load, with their first problem, on the board and the console', async () => {
  const { server } = await serverOn((dir) => {
    copyFileSync(join(SCENARIOS, 'care-data.json'), join(dir, 'care-data.json'));
    writeFileSync(join(dir, 'half-copied.json'), readFileSync(join(SCENARIOS, 'care-data.json'), 'utf8').slice(0, 300));
  });
  const { page, errors } = await instructorPage(server);
  for (const route of ['?instructor', '?console']) {
    if (route !== '?instructor') await page.goto(`http://127.0.0.1:${server.port}/${route}`);
    await page.locator('#refused-files').waitFor();
    const note = await page.locator('#refused-files').innerText();
    expect(note).toContain('1 file in the server’s scenario folder does not load');
    expect(note).toMatch(/half-copied\.json, line \d+, column \d+: /);
  }
  expect(await options(page)).toEqual(['care-data']);
  expect(errors).toEqual([]);
}, 60_000);

it('says so where the server has no scenario at all', async () => {
  const { server } = await serverOn(() => undefined);
  const { page, errors } = await instructorPage(server);
  for (const route of ['?instructor', '?console']) {
    if (route !== '?instructor') await page.goto(`http://127.0.0.1:${server.port}/${route}`);
    await page.locator('#no-scenarios').waitFor();
    expect(await page.locator('#no-scenarios').innerText()).toBe(CATALOGS.en.uiConsole.noServerScenarios);
  }
  expect(errors).toEqual([]);
}, 60_000);
