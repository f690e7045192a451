/**
 * The classroom's screens load when they open (classroomApp.ts): the instructor's console and boards,
 * the projector. One whose code cannot be fetched (the Wi-Fi dropped) says so in a sentence, not in the
 * browser's words naming a file; so does a page whose own code cannot be (main.ts), instead of staying
 * blank.
 */
import { expect, it } from 'vitest';
import { useClassroomServer, watchErrors } from './harness.ts';

const classroom = useClassroomServer(1);

it('the console whose code cannot be fetched says so, and opens once it can', async () => {
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
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
  expect(errors.filter((e) => !/instructorScreens|ERR_INTERNET_DISCONNECTED|dynamically imported/.test(e))).toEqual([]);
  await context.close();
});

it('a join page whose code cannot be fetched says so instead of staying blank', async () => {
  const context = await classroom.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  await page.route(/\/assets\/classroomApp-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${classroom.base()}/?join=ABCDEF`);
  await expect
    .poll(() => page.locator('#app').innerText())
    .toBe('Accord could not load this page (the network is down?): reload it once the network is back.');
  await context.close();
});

it('a French phone whose French sentences cannot be fetched says so in English, which comes with the page', async () => {
  const context = await classroom.browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.route(/\/assets\/fr-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${classroom.base()}/?join=ABCDEF`);
  await expect
    .poll(() => page.locator('#app').innerText())
    .toBe('Accord could not load this page (the network is down?): reload it once the network is back.');
  await page.unroute(/\/assets\/fr-[\w-]+\.js$/);
  await page.reload();
  await expect.poll(() => page.locator('main').innerText()).toContain('Rejoindre une négociation');
  await context.close();
});
