/**
 * The classroom's screens load when they open (classroomApp.ts): the instructor's console and boards,
 * the projector. One whose code cannot be fetched (the Wi-Fi dropped) says so in a sentence, not in the
 * browser's words naming a file.
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
