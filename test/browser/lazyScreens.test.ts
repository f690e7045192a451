/**
 * The classroom's screens load when they open (classroomApp.ts): the instructor's console and boards,
 * the projector. One whose code cannot be fetched (the Wi-Fi dropped) says so in a sentence, not in the
 * browser's words naming a file; so does a page whose own code cannot be (main.ts), instead of staying
 * blank.
 */
import { expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { sentenceFiles, useClassroomServer, watchErrors } from './harness.ts';

const classroom = useClassroomServer(1);
const PAGE_FAILED = 'Accord could not load this page (the network is down?): reload it once the network is back.';

/** A phone opening the join address while the files matching `blocked` cannot be fetched: the page says so. */
async function joinPageWithout(blocked: RegExp, options: BrowserContextOptions): Promise<Page> {
  const context = await classroom.browser().newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  await page.route(blocked, (route) => route.abort('internetdisconnected'));
  await page.goto(`${classroom.base()}/?join=ABCDEF`);
  await expect.poll(() => page.locator('#app').innerText()).toBe(PAGE_FAILED);
  return page;
}

it('the console whose code cannot be fetched says so, and opens once it can', async () => {
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const fetched = sentenceFiles(page);
  await page.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
  await page.locator('main').waitFor();
  await page.route(/\/assets\/instructorScreens-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${classroom.base()}/?console`);
  await expect
    .poll(() => page.locator('main').innerText())
    .toContain('This screen could not be loaded (the network is down?): reload the page once it is back.');
  expect(await page.locator('main').innerText()).not.toMatch(/dynamically imported|assets\//);
  await page.unroute(/\/assets\/instructorScreens-[\w-]+\.js$/);
  await page.reload();
  await page.getByRole('heading', { name: 'Instructor’s console' }).waitFor();
  // An instructor's screen takes every language at once: its tables may speak any (main.ts).
  expect(fetched()).toEqual(['fr']);
  expect(errors.filter((e) => !/instructorScreens|ERR_INTERNET_DISCONNECTED|dynamically imported/.test(e))).toEqual([]);
  await context.close();
});

it('a join page whose code cannot be fetched says so instead of staying blank', async () => {
  const page = await joinPageWithout(/\/assets\/classroomApp-[\w-]+\.js$/, { isMobile: true });
  await page.context().close();
});

it('a French phone whose French sentences cannot be fetched says so in English, which comes with the page', async () => {
  const page = await joinPageWithout(/\/assets\/fr-[\w-]+\.js$/, { locale: 'fr-FR' });
  await page.unroute(/\/assets\/fr-[\w-]+\.js$/);
  await page.reload();
  await expect.poll(() => page.locator('main').innerText()).toContain('Rejoindre une négociation');
  await page.context().close();
});
