/**
 * The single-device game's first page (the library) comes with English and the screens' language only
 * (src/main.ts): a game, whose scenario may be in any language, loads the others with the rules engine
 * (src/store/gameRules.ts), the instructor view with its screen. An English library never downloads
 * the French sentences (about 50 kB compressed of its first page); a French one takes them first.
 */
import { expect, it } from 'vitest';
import { sentenceFiles, useServedApp, watchErrors } from './harness.ts';

const app = useServedApp();

it('an English library fetches no French until a game is set up; a French one fetches it first', async () => {
  const context = await app.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const fetched = sentenceFiles(page);
  await page.goto(app.url());
  await page.locator('#app[data-ready="true"]').waitFor();
  expect(fetched()).toEqual([]);
  await page
    .locator('article[data-scenario="gdpr-research-exemption"]')
    .getByRole('button', { name: /Set up/ })
    .click();
  await page.getByRole('heading', { name: /^Set up:/ }).waitFor();
  await expect.poll(fetched).toEqual(['fr']);
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  expect(errors).toEqual([]);
  await context.close();

  const french = await app.browser().newContext({ viewport: { width: 1366, height: 768 }, locale: 'fr-FR' });
  const fr = await french.newPage();
  const frFetched = sentenceFiles(fr);
  await fr.goto(app.url());
  await fr.locator('#app[data-ready="true"]').waitFor();
  expect(frFetched()).toEqual(['fr']);
  await french.close();
});
