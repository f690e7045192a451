/**
 * The instructor's console says what went wrong in the screens' language: an address with a class
 * code that no class has (it said so in English whatever the language).
 */
import { expect, it } from 'vitest';
import { useClassroomServer, watchErrors } from './harness.ts';

const classroom = useClassroomServer(0.1);

it('an unknown class code in the console’s address is refused in French on a French browser', async () => {
  const context = await classroom.browser().newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${classroom.base()}/?instructor=${classroom.server().instructorKey}`);
  await page.locator('main').waitFor();
  await page.goto(`${classroom.base()}/?console=QQQQQQ`);
  await expect.poll(() => page.locator('main').innerText()).toContain('Aucune classe n’a le code QQQQQQ.');
  expect(await page.locator('main').innerText()).not.toContain('No class has the code');
  // The console looks the code up as the board does (GET /api/class/:code), whose 404 the browser logs.
  expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
  await context.close();
});
