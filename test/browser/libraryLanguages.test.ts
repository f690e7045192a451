/**
 * The single-device game's first page (the library) comes with English and the screens' language only
 * (src/main.ts): a game, whose scenario may be in any language, loads the others with the rules engine
 * (src/store/gameRules.ts), the instructor view with its screen. An English library never downloads
 * the French sentences (about 50 kB compressed of its first page); a French one takes them first.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sentenceFiles, useServedApp, watchErrors } from './harness.ts';

const app = useServedApp();

/** The library up in a browser of `locale`, with the page's errors and the sentence files it fetched. */
async function library(locale = 'en-GB'): Promise<{ page: Page; errors: string[]; fetched: () => string[] }> {
  const context = await app.browser().newContext({ viewport: { width: 1366, height: 768 }, locale });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const fetched = sentenceFiles(page);
  await page.goto(app.url());
  await page.locator('#app[data-ready="true"]').waitFor();
  return { page, errors, fetched };
}

/** The GDPR card's button named `name`. */
const gdprButton = (page: Page, name: RegExp) =>
  page.locator('article[data-scenario="gdpr-research-exemption"]').getByRole('button', { name });

it('an English library fetches no French until a game is set up; a French one fetches it first', async () => {
  const { page, errors, fetched } = await library();
  expect(fetched()).toEqual([]);
  await gdprButton(page, /Set up/).click();
  await page.getByRole('heading', { name: /^Set up:/ }).waitFor();
  await expect.poll(fetched).toEqual(['fr']);
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  expect(errors).toEqual([]);
  await page.context().close();

  const french = await library('fr-FR');
  expect(french.fetched()).toEqual(['fr']);
  await french.page.context().close();
});

it('the instructor view of a scenario takes every language with its screen', async () => {
  const { page, errors, fetched } = await library();
  await gdprButton(page, /^Instructor view of/).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Open the instructor view' }).click();
  await page.locator('#instructor-analysis[data-ready="true"]').waitFor({ timeout: 60_000 });
  expect(fetched()).toEqual(['fr']);
  expect(errors).toEqual([]);
  await page.context().close();
});
