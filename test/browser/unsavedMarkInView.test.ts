/**
 * The single-device game's "Not saved: storage is full" mark stays in view as the page scrolls: in the header
 * it scrolled away with the page, and on a phone (390×844) whose room is three screens long nothing said, by
 * the log, that the moves being played were not saved. In its own strip under the header, sticky: in the
 * page's flow at the top (it covers nothing there), at the top of the screen once the page scrolls.
 */
import { expect, it } from 'vitest';
import { freshPage, openSetup, useBrowserGame } from './gameFixture.ts';

useBrowserGame();

it('a phone scrolled down to the log still shows that the game is not saved', async () => {
  const { page, errors } = await freshPage(390, 844, { touch: true, locale: 'en-GB' });
  // The storage fills up once the test says so: IndexedDB refuses every write with the browsers' quota error.
  await page.context().addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as { storageFull?: boolean }).storageFull) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor();
  await openSetup(page);
  await page.getByRole('button', { name: /^Start the negotiation$/ }).click();
  await page.getByRole('button', { name: /^Continue$/ }).click();
  await page.getByRole('button', { name: /^I have read my brief$/ }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
  await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = true));
  // Moves until a save is refused; the notice is dismissed, the mark stays.
  for (let i = 0; i < 200 && !(await page.locator('.unsaved-mark').isVisible()); i++) {
    const next = page.locator('#act-pass:visible, #skip-ahead:visible').first();
    if (await next.isVisible()) await next.click({ timeout: 3000 }).catch(() => undefined);
    else await page.waitForTimeout(50);
  }
  await page.getByRole('button', { name: /^Dismiss$/ }).click();

  const seen = () =>
    page.evaluate(() => {
      const mark = document.querySelector('.unsaved-mark')!.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      const header = document.querySelector('header.bar')!.getBoundingClientRect();
      return {
        inView: mark.top >= 0 && mark.bottom <= innerHeight && mark.height > 0,
        // At the top of the page, above the screen, not over it.
        coversNothing: main.top >= mark.bottom - 0.5,
        headerInView: header.bottom > 0,
      };
    });
  // The clicks scrolled the page to the move buttons: back to its top first.
  await page.evaluate(() => scrollTo(0, 0));
  expect(await seen()).toEqual({ inView: true, coversNothing: true, headerInView: true });
  // Down to the end of the log: the header has scrolled away, the mark has not.
  await page
    .locator('.log')
    .first()
    .evaluate((log) => log.scrollIntoView({ block: 'end' }));
  expect(await seen()).toMatchObject({ inView: true, headerInView: false });
  expect(errors).toEqual([]);
  await page.context().close();
}, 60_000);
